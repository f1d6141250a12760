package dev.factx.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One-to-one greedy matching of gold and predicted spans: best-scoring pairs first. */
final class Matching {
    /** A candidate pair of gold index and predicted index; a higher score is a better pair. */
    record Pair(int gold, int predicted, double score) {
    }

    private Matching() {
    }

    /**
     * Takes pairs best first, skipping any whose gold or prediction is already taken. Ties go to
     * the earlier gold, then the earlier prediction, so results do not depend on hash order.
     */
    static List<Pair> greedy(List<Pair> candidates, int goldCount, int predictedCount) {
        List<Pair> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble((Pair p) -> -p.score())
                .thenComparingInt(Pair::gold).thenComparingInt(Pair::predicted));
        boolean[] goldTaken = new boolean[goldCount];
        boolean[] predictedTaken = new boolean[predictedCount];
        List<Pair> matched = new ArrayList<>();
        for (Pair p : sorted) {
            if (!goldTaken[p.gold()] && !predictedTaken[p.predicted()]) {
                goldTaken[p.gold()] = true;
                predictedTaken[p.predicted()] = true;
                matched.add(p);
            }
        }
        matched.sort(Comparator.comparingInt(Pair::gold));
        return matched;
    }

    /** Every pair the predicate accepts, scored; what {@link #greedy} chooses from. */
    static <G, P> List<Pair> candidates(List<G> gold, List<P> predicted, Scorer<G, P> scorer) {
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                double score = scorer.score(gold.get(g), predicted.get(p));
                if (score > 0) {
                    pairs.add(new Pair(g, p, score));
                }
            }
        }
        return pairs;
    }

    /** How well a prediction fits a gold span: 0 or less means they cannot be paired. */
    interface Scorer<G, P> {
        double score(G gold, P predicted);
    }

    static <G, P> List<Pair> match(List<G> gold, List<P> predicted, Scorer<G, P> scorer) {
        return greedy(candidates(gold, predicted, scorer), gold.size(), predicted.size());
    }

    /** Indices of the gold spans no pair took, in order. */
    static List<Integer> unmatchedGold(List<Pair> matched, int goldCount) {
        boolean[] taken = new boolean[goldCount];
        matched.forEach(m -> taken[m.gold()] = true);
        return untaken(taken);
    }

    /** Indices of the predictions no pair took, in order. */
    static List<Integer> unmatchedPredicted(List<Pair> matched, int predictedCount) {
        boolean[] taken = new boolean[predictedCount];
        matched.forEach(m -> taken[m.predicted()] = true);
        return untaken(taken);
    }

    private static List<Integer> untaken(boolean[] taken) {
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < taken.length; i++) {
            if (!taken[i]) {
                free.add(i);
            }
        }
        return free;
    }
}
