package dev.factx.extract.dates;

import dev.factx.extract.dates.TenseResolution.Tense;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day of the month with a time of day ("the night of Oct. 23", "noon on Nov. 6") takes its
 * year as the day alone would: SUTime puts it on the closest Oct. 23, a year ahead for a
 * shooting reported in May.
 */
final class DaysWithATimeOfDay {
    private static final Pattern DAY_AND_TIME = Pattern.compile("(XXXX-\\d\\d-\\d\\d)(T.+)");
    private static final Pattern RESOLVED_DAY_AND_TIME = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)(T.+)");

    private DaysWithATimeOfDay() {
    }

    /** Like {@link TenseResolution#resolve}, for a day of the month with or without a time of day. */
    static String resolve(String value, String unresolved, LocalDate documentDate, Tense tense) {
        Matcher day = unresolved == null ? null : DAY_AND_TIME.matcher(unresolved);
        Matcher resolved = RESOLVED_DAY_AND_TIME.matcher(value);
        if (day == null || !day.matches() || !resolved.matches() || !day.group(2).equals(resolved.group(2))) {
            return TenseResolution.resolve(value, unresolved, documentDate, tense);
        }
        return TenseResolution.resolve(resolved.group(1), day.group(1), documentDate, tense) + day.group(2);
    }
}
