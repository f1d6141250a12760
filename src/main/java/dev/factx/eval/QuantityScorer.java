package dev.factx.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Quantities: relaxed span match one to one, then value (relative difference at most 1e-6) and
 * unit (equal symbols) over the matches whose gold has them. Only predictions of a kind that the
 * gold set uses are scored; on a document whose gold list is empty, any prediction is false.
 */
final class QuantityScorer {
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-6");

    private QuantityScorer() {
    }

    static QuantityScore score(List<DocPair<QuantitySpan>> docs) {
        Set<String> kinds = goldKinds(docs);
        Prf span = new Prf(0, 0, 0);
        Ratio value = Ratio.NONE;
        Ratio unit = Ratio.NONE;
        int negatives = 0;
        int negativesWithPredictions = 0;
        List<Problem> problems = new ArrayList<>();
        for (DocPair<QuantitySpan> d : docs) {
            List<QuantitySpan> gold = d.gold();
            List<QuantitySpan> predicted = d.predicted().stream()
                    .filter(p -> kinds == null || kinds.contains(p.kind())).toList();
            if (gold.isEmpty()) {
                negatives++;
                negativesWithPredictions += predicted.isEmpty() ? 0 : 1;
            }
            // Most overlap first; the same value breaks ties, which pairs the two endpoints of a
            // predicted range (same span, values min and max) with the gold's two numbers.
            List<Matching.Pair> matched = Matching.match(gold, predicted,
                    (g, p) -> g.overlap(p) == 0 ? 0 : g.overlap(p) + (sameValue(g.value(), p.value()) ? 0.5 : 0));
            span = span.plus(new Prf(gold.size(), predicted.size(), matched.size()));
            for (Matching.Pair m : matched) {
                QuantitySpan g = gold.get(m.gold());
                QuantitySpan p = predicted.get(m.predicted());
                boolean valueRight = sameValue(g.value(), p.value());
                boolean unitRight = Objects.equals(g.unit(), p.unit());
                value = value.plus(g.value() != null, valueRight);
                unit = unit.plus(g.unit() != null, unitRight);
                if (g.value() != null && !valueRight) {
                    problems.add(Problem.of("wrong-value", d.id(), d.text(), g, plain(g.value()), describe(p)));
                }
                if (g.unit() != null && !unitRight) {
                    problems.add(Problem.of("wrong-unit", d.id(), d.text(), g, g.unit(), describe(p)));
                }
            }
            for (int g : Matching.unmatchedGold(matched, gold.size())) {
                problems.add(Problem.of(Problem.FALSE_NEGATIVE, d.id(), d.text(), gold.get(g), describe(gold.get(g)), null));
            }
            for (int p : Matching.unmatchedPredicted(matched, predicted.size())) {
                problems.add(Problem.of(Problem.FALSE_POSITIVE, d.id(), d.text(), predicted.get(p), null,
                        describe(predicted.get(p))));
            }
        }
        return new QuantityScore(span, value, unit, negatives, negativesWithPredictions, problems);
    }

    /**
     * The kinds the gold set uses, or null (score every kind) when some gold record has none or
     * the set holds only negatives: then it says nothing about kinds.
     */
    private static Set<String> goldKinds(List<DocPair<QuantitySpan>> docs) {
        Set<String> kinds = new HashSet<>();
        for (DocPair<QuantitySpan> d : docs) {
            for (QuantitySpan g : d.gold()) {
                if (g.kind() == null) {
                    return null;
                }
                kinds.add(g.kind());
            }
        }
        return kinds.isEmpty() ? null : kinds;
    }

    static boolean sameValue(BigDecimal gold, BigDecimal predicted) {
        if (gold == null || predicted == null) {
            return false;
        }
        if (gold.signum() == 0) {
            return predicted.signum() == 0;
        }
        BigDecimal relative = gold.subtract(predicted).abs().divide(gold.abs(), MathContext.DECIMAL64);
        return relative.compareTo(TOLERANCE) <= 0;
    }

    private static String describe(QuantitySpan q) {
        return q.kind() + " " + plain(q.value()) + (q.unit() == null ? "" : " " + q.unit());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }
}
