package dev.factx.nlp;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.Locale;
import java.util.Set;

/**
 * Which tokens may be part of a temporal expression: every SUTime expression has a digit or
 * one of these words (a month, a weekday, a unit of time, a deictic such as "now"). Erring on
 * the side of yes only costs time; a no wrongly given would lose a date.
 */
final class TemporalCues {
    private static final Set<String> WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "weekday", "weekdays",
            "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
            "day", "days", "week", "weeks", "weekend", "weekends", "fortnight", "fortnights", "month", "months",
            "quarter", "quarters", "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries",
            "millennium", "millennia", "era", "season", "seasons", "semester",
            "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights",
            "tonight", "noon", "midnight", "midday", "dawn", "dusk", "sunrise", "sunset", "daytime",
            "nighttime", "overnight", "lunchtime", "teatime", "a.m.", "p.m.", "am", "pm", "o'clock",
            "today", "tomorrow", "yesterday", "now", "nowadays", "currently", "current", "present",
            "presently", "past", "recently", "recent", "lately", "future", "ago", "soon", "moment",
            "previously", "formerly", "once", "twice", "daily", "weekly", "monthly", "annually", "annual",
            "yearly", "hourly", "nightly", "quarterly", "biweekly", "bimonthly", "biannual", "semiannual",
            "spring", "summer", "fall", "autumn", "winter", "springtime", "summertime", "wintertime",
            "christmas", "xmas", "easter", "thanksgiving", "halloween", "hanukkah", "chanukah", "ramadan",
            "passover", "diwali", "kwanzaa", "valentine", "lent", "advent", "eve", "pentecost", "yom",
            "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
            "hundreds", "midweek", "midyear", "yearend", "year-end", "mid-year", "time");

    private TemporalCues() {
    }

    /** Whether a temporal expression may hold this token. */
    static boolean isCue(CoreLabel token) {
        String word = token.word();
        return word.chars().anyMatch(Character::isDigit) || WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
