package dev.factx.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The Gender Gap Tracker's quote evaluation: a prediction matches a gold quote when their
 * overlap, divided by the gold span's length, exceeds a threshold; greedily (largest share
 * first), one to one.
 */
final class QuoteScorer {
    static final List<Double> THRESHOLDS = List.of(0.3, 0.8);

    private QuoteScorer() {
    }

    static QuoteScore score(List<DocPair<QuoteSpan>> docs) {
        Map<String, QuoteScore.Level> levels = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (double threshold : THRESHOLDS) {
            levels.put(String.valueOf(threshold), level(docs, threshold, threshold == THRESHOLDS.get(0) ? problems : null));
        }
        return new QuoteScore(levels, problems);
    }

    /** Scores at one threshold; adds the problems found to {@code problems} unless it is null. */
    private static QuoteScore.Level level(List<DocPair<QuoteSpan>> docs, double threshold, List<Problem> problems) {
        Prf prf = new Prf(0, 0, 0);
        Ratio speaker = Ratio.NONE;
        Ratio kind = Ratio.NONE;
        Map<String, int[]> byKind = new HashMap<>();
        TreeSet<String> goldKinds = new TreeSet<>();
        for (DocPair<QuoteSpan> d : docs) {
            List<QuoteSpan> gold = d.gold();
            List<QuoteSpan> predicted = d.predicted();
            List<Matching.Pair> matched = Matching.match(gold, predicted, (g, p) -> {
                double share = g.end() == g.start() ? 0 : (double) g.overlap(p) / (g.end() - g.start());
                return share > threshold ? share : 0;
            });
            prf = prf.plus(new Prf(gold.size(), predicted.size(), matched.size()));
            gold.stream().map(QuoteSpan::kind).filter(Objects::nonNull).forEach(goldKinds::add);
            gold.forEach(g -> count(byKind, g.kind())[0]++);
            predicted.forEach(p -> count(byKind, p.kind())[1]++);
            for (Matching.Pair m : matched) {
                QuoteSpan g = gold.get(m.gold());
                QuoteSpan p = predicted.get(m.predicted());
                boolean speakerRight = speakerRight(g, p);
                boolean kindRight = Objects.equals(g.kind(), p.kind());
                speaker = speaker.plus(true, speakerRight);
                kind = kind.plus(g.kind() != null, kindRight);
                if (kindRight) {
                    count(byKind, g.kind())[2]++;
                }
                if (problems != null && !speakerRight) {
                    problems.add(Problem.of("wrong-speaker", d.id(), d.text(), g, speaker(g), speaker(p)));
                }
                if (problems != null && g.kind() != null && !kindRight) {
                    problems.add(Problem.of("wrong-kind", d.id(), d.text(), g, g.kind(), p.kind()));
                }
            }
            if (problems != null) {
                for (int g : Matching.unmatchedGold(matched, gold.size())) {
                    problems.add(Problem.of(Problem.FALSE_NEGATIVE, d.id(), d.text(), gold.get(g),
                            gold.get(g).kind() + ", " + speaker(gold.get(g)), null));
                }
                for (int p : Matching.unmatchedPredicted(matched, predicted.size())) {
                    problems.add(Problem.of(Problem.FALSE_POSITIVE, d.id(), d.text(), predicted.get(p), null,
                            predicted.get(p).kind() + ", " + speaker(predicted.get(p))));
                }
            }
        }
        Map<String, Prf> kinds = new LinkedHashMap<>();
        for (String k : goldKinds) {
            int[] c = count(byKind, k);
            kinds.put(k, new Prf(c[0], c[1], c[2]));
        }
        return new QuoteScore.Level(prf, speaker, kind, kinds);
    }

    /**
     * The predicted speaker mention overlaps the gold one; where the gold names no speaker in the
     * text, the predicted name equals the gold's full name, or, with no full name either, the
     * prediction names no one.
     */
    static boolean speakerRight(QuoteSpan gold, QuoteSpan predicted) {
        if (gold.speaker() != null) {
            return predicted.speaker() != null && gold.speaker().overlap(predicted.speaker()) > 0;
        }
        if (gold.speakerName() != null) {
            return predicted.speakerName() != null
                    && gold.speakerName().toLowerCase(Locale.ROOT).equals(predicted.speakerName().toLowerCase(Locale.ROOT));
        }
        return predicted.speaker() == null && predicted.speakerName() == null;
    }

    private static String speaker(QuoteSpan q) {
        if (q.speaker() != null) {
            return "speaker \"" + q.speaker().text() + "\"";
        }
        return q.speakerName() != null ? "speaker " + q.speakerName() : "no speaker";
    }

    private static int[] count(Map<String, int[]> counts, String kind) {
        return counts.computeIfAbsent(String.valueOf(kind), k -> new int[3]);
    }
}
