package dev.factx.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quotes scored as the Gender Gap Tracker does, at several overlap thresholds.
 *
 * @param byThreshold keyed by the threshold as written ("0.3", "0.8"), in ascending order
 * @param problems    the errors at the lowest threshold
 */
public record QuoteScore(Map<String, Level> byThreshold, List<Problem> problems) {
    public QuoteScore {
        byThreshold = Collections.unmodifiableMap(new LinkedHashMap<>(byThreshold));
        problems = List.copyOf(problems);
    }

    /**
     * The scores at one threshold.
     *
     * @param speaker speaker accuracy over matched quotes
     * @param kind    kind accuracy over matched quotes whose gold has a kind
     * @param byKind  per gold kind: a pair counts as correct when it matches and the kinds agree
     */
    public record Level(Prf prf, Ratio speaker, Ratio kind, Map<String, Prf> byKind) {
        public Level {
            byKind = Map.copyOf(byKind);
        }
    }
}
