package dev.factx.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Picks the problems worth showing: the first few of each kind. */
final class Problems {
    private Problems() {
    }

    /** The first {@code n} problems of each kind, grouped by kind (alphabetically), each group in document order. */
    static List<Problem> firstOfEachKind(List<Problem> problems, int n) {
        Map<String, Integer> shown = new HashMap<>();
        List<Problem> kept = new ArrayList<>();
        for (Problem p : problems) {
            if (shown.merge(p.kind(), 1, Integer::sum) <= n) {
                kept.add(p);
            }
        }
        kept.sort(Comparator.comparing(Problem::kind));
        return kept;
    }
}
