package dev.factx.nlp;

import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeExpression;

/**
 * What SUTime knows of an expression beyond its TIMEX3 value: its modifier ("late June" is
 * LATE) and, for a range ("from 1987 to 2002"), the values of its two ends.
 */
record TimexRange(String modifier, String begin, String until) {

    static TimexRange of(TimeExpression expression) {
        if (expression == null || expression.getTemporal() == null) {
            return new TimexRange(null, null, null);
        }
        SUTime.Temporal temporal = expression.getTemporal();
        String mod = temporal.getMod();
        if (temporal instanceof SUTime.Range range && range.beginTime() != null && range.endTime() != null) {
            return new TimexRange(mod, range.beginTime().getTimexValue(), range.endTime().getTimexValue());
        }
        return new TimexRange(mod, null, null);
    }
}
