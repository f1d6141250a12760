package dev.factx.nlp;

import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeExpression;

import java.util.Set;

/**
 * What SUTime knows of an expression beyond its TIMEX3 value: its modifier ("late June" is
 * LATE) and, for a range ("from 1987 to 2002"), the values of its two ends. A duration that
 * only counts ("the past 20 years") has ends SUTime calls UNKNOWN and REF: no range to users.
 */
record TimexRange(String modifier, String begin, String until) {
    private static final Set<String> PLACEHOLDERS = Set.of("UNKNOWN", "REF");

    static TimexRange of(TimeExpression expression) {
        if (expression == null || expression.getTemporal() == null) {
            return new TimexRange(null, null, null);
        }
        SUTime.Temporal temporal = expression.getTemporal();
        String mod = temporal.getMod();
        if (temporal instanceof SUTime.Range range && range.beginTime() != null && range.endTime() != null) {
            String begin = range.beginTime().getTimexValue();
            String until = range.endTime().getTimexValue();
            if (isValue(begin) && isValue(until)) {
                return new TimexRange(mod, begin, until);
            }
        }
        return new TimexRange(mod, null, null);
    }

    private static boolean isValue(String timex) {
        return timex != null && !PLACEHOLDERS.contains(timex);
    }
}
