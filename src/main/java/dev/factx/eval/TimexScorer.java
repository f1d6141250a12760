package dev.factx.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * TempEval-3 Task A: a prediction matches a gold timex when the spans overlap (relaxed) or are
 * equal (strict), one to one; value and type are judged on the relaxed matches.
 */
final class TimexScorer {
    /** A week number of one digit, which some annotations write for ISO 8601's two ("2000-W7"). */
    private static final Pattern SHORT_WEEK = Pattern.compile("(?<=\\d{4}-W)(\\d)(?!\\d)");

    private TimexScorer() {
    }

    static TimexScore score(List<DocPair<TimexSpan>> docs) {
        Prf relaxed = new Prf(0, 0, 0);
        Prf strict = new Prf(0, 0, 0);
        Ratio value = Ratio.NONE;
        Ratio type = Ratio.NONE;
        List<Problem> problems = new ArrayList<>();
        for (DocPair<TimexSpan> d : docs) {
            List<TimexSpan> gold = d.gold();
            List<TimexSpan> predicted = d.predicted();
            // Most overlap first; an equal start breaks ties, so "Friday" pairs with "Friday", then
            // an equal value, which pairs the two ends of a range (one span) with the gold's two dates.
            List<Matching.Pair> matched = Matching.match(gold, predicted, (g, p) -> g.overlap(p) == 0 ? 0
                    : g.overlap(p) + (g.start() == p.start() ? 0.5 : 0) + (sameValue(g.value(), p.value()) ? 0.25 : 0));
            List<Matching.Pair> exact = Matching.match(gold, predicted, (g, p) -> g.sameSpan(p) ? 1 : 0);
            relaxed = relaxed.plus(new Prf(gold.size(), predicted.size(), matched.size()));
            strict = strict.plus(new Prf(gold.size(), predicted.size(), exact.size()));
            for (Matching.Pair m : matched) {
                TimexSpan g = gold.get(m.gold());
                TimexSpan p = predicted.get(m.predicted());
                boolean valueRight = sameValue(g.value(), p.value());
                boolean typeRight = Objects.equals(g.type(), p.type());
                value = value.plus(g.value() != null, valueRight);
                type = type.plus(g.type() != null, typeRight);
                if (g.value() != null && !valueRight) {
                    problems.add(Problem.of("wrong-value", d.id(), d.text(), g, g.value(), describe(p, g)));
                }
                if (g.type() != null && !typeRight) {
                    problems.add(Problem.of("wrong-type", d.id(), d.text(), g, g.type(), describe(p, g)));
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
        return new TimexScore(relaxed, strict, value, type, problems);
    }

    /** Values are equal in ISO 8601's form: "2000-W7" is the week "2000-W07". */
    static boolean sameValue(String gold, String predicted) {
        return Objects.equals(iso(gold), iso(predicted));
    }

    private static String iso(String value) {
        return value == null ? null : SHORT_WEEK.matcher(value).replaceFirst("0$1");
    }

    private static String describe(TimexSpan t) {
        return t.type() + " " + t.value();
    }

    /** The prediction, with its text when its span differs from the gold's. */
    private static String describe(TimexSpan p, TimexSpan g) {
        return describe(p) + (p.sameSpan(g) ? "" : " on \"" + p.text() + "\"");
    }
}
