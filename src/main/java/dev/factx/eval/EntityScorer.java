package dev.factx.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * CoNLL scoring (conlleval): a prediction is right when its span and type equal a gold
 * entity's. Predictions of a type the gold set never uses are not scored: a set that
 * annotates only people says nothing of organisations.
 */
final class EntityScorer {
    private EntityScorer() {
    }

    static EntityScore score(List<DocPair<EntitySpan>> docs) {
        Set<String> goldTypes = new LinkedHashSet<>();
        docs.forEach(d -> d.gold().stream().map(EntitySpan::type).filter(Objects::nonNull).forEach(goldTypes::add));
        Map<String, int[]> counts = new HashMap<>();
        Prf all = new Prf(0, 0, 0);
        List<Problem> problems = new ArrayList<>();
        for (DocPair<EntitySpan> d : docs) {
            // A mention predicted twice is one prediction: conlleval sees each token once.
            List<EntitySpan> predicted = d.predicted().stream()
                    .filter(p -> goldTypes.isEmpty() || goldTypes.contains(p.type()))
                    .distinct().toList();
            List<Matching.Pair> matched = Matching.match(d.gold(), predicted,
                    (g, p) -> g.sameSpan(p) && (g.type() == null || g.type().equals(p.type())) ? 1 : 0);
            all = all.plus(new Prf(d.gold().size(), predicted.size(), matched.size()));
            d.gold().forEach(g -> count(counts, g.type())[0]++);
            predicted.forEach(p -> count(counts, p.type())[1]++);
            matched.forEach(m -> count(counts, d.gold().get(m.gold()).type())[2]++);
            problems.addAll(problems(d, predicted, matched));
        }
        Map<String, Prf> byType = new TreeMap<>();
        for (String type : goldTypes) {
            int[] c = count(counts, type);
            byType.put(type, new Prf(c[0], c[1], c[2]));
        }
        return new EntityScore(all, byType, problems);
    }

    private static int[] count(Map<String, int[]> counts, String type) {
        return counts.computeIfAbsent(String.valueOf(type), t -> new int[3]);
    }

    /** Misses and false alarms; a right span with the wrong type is shown once, as wrong-type. */
    private static List<Problem> problems(DocPair<EntitySpan> d, List<EntitySpan> predicted, List<Matching.Pair> matched) {
        boolean[] goldMatched = new boolean[d.gold().size()];
        boolean[] predictedMatched = new boolean[predicted.size()];
        matched.forEach(m -> {
            goldMatched[m.gold()] = true;
            predictedMatched[m.predicted()] = true;
        });
        List<Problem> problems = new ArrayList<>();
        for (int g = 0; g < goldMatched.length; g++) {
            if (goldMatched[g]) {
                continue;
            }
            EntitySpan gold = d.gold().get(g);
            EntitySpan sameSpan = null;
            for (int p = 0; p < predictedMatched.length && sameSpan == null; p++) {
                if (!predictedMatched[p] && predicted.get(p).sameSpan(gold)) {
                    predictedMatched[p] = true;
                    sameSpan = predicted.get(p);
                }
            }
            problems.add(sameSpan != null
                    ? Problem.of("wrong-type", d.id(), d.text(), gold, gold.type(), sameSpan.type())
                    : Problem.of(Problem.FALSE_NEGATIVE, d.id(), d.text(), gold, gold.type(), null));
        }
        for (int p = 0; p < predictedMatched.length; p++) {
            if (!predictedMatched[p]) {
                EntitySpan pred = predicted.get(p);
                problems.add(Problem.of(Problem.FALSE_POSITIVE, d.id(), d.text(), pred, null, pred.type()));
            }
        }
        return problems;
    }
}
