package dev.factx.extract.dates;

import dev.factx.extract.dates.TimexValue.Granularity;
import dev.factx.facts.DateFact;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "That year", "later that year", "the same day", "the following month" refer back to the date
 * the story gave last: TimeML gives them its year, month or day (one unit on for "the following
 * month", one back for "the previous day"), where SUTime reads a length of one unit or counts
 * from the document date.
 */
final class AnaphoricDates {
    private static final Pattern ANAPHOR = Pattern.compile(
            "(?i)\\b(?:(?:later|earlier)\\s+)?(?:(that|the\\s+same|that\\s+same)|the\\s+(following|previous|prior))"
                    + "\\s+(year|month|day)$");
    /** How far before SUTime's "year" the phrase may begin: it often finds the unit alone. */
    private static final int LOOK_BEHIND = 30;

    private AnaphoricDates() {
    }

    /** {@code dates}, in text order, with the anaphoric ones given the date they refer to. */
    static List<DateFact> apply(String text, List<DateFact> dates) {
        List<DateFact> result = new ArrayList<>(dates.size());
        for (DateFact d : dates) {
            int end = d.text().endsWith(".") ? d.end() - 1 : d.end();
            int from = Math.max(0, Math.min(d.start(), end - LOOK_BEHIND));
            Matcher m = ANAPHOR.matcher(text).region(from, end);
            Optional<String> value = Optional.empty();
            if (m.find() && m.start() <= d.start()) {
                Granularity unit = Granularity.valueOf(m.group(3).toUpperCase(Locale.ROOT));
                int offset = m.group(2) == null ? 0 : m.group(2).equalsIgnoreCase("following") ? 1 : -1;
                value = latest(result, unit).map(v -> shifted(v, unit, offset));
            }
            int start = value.isPresent() ? m.start() : d.start();
            result.add(value.map(v -> new DateFact(text.substring(start, end), start, end, "DATE", v, d.modifier(),
                    false, null, null)).orElse(d));
        }
        return result;
    }

    /** The value {@code offset} units from {@code value}'s first day, in that unit. */
    private static String shifted(TimexValue value, Granularity unit, int offset) {
        ChronoUnit step = switch (unit) {
            case YEAR -> ChronoUnit.YEARS;
            case MONTH -> ChronoUnit.MONTHS;
            default -> ChronoUnit.DAYS;
        };
        return TimexValue.parse(value.first().plus(offset, step).toString()).orElseThrow().in(unit);
    }

    /** The latest date before, at least as fine as {@code unit}. */
    private static Optional<TimexValue> latest(List<DateFact> before, Granularity unit) {
        for (int i = before.size() - 1; i >= 0; i--) {
            DateFact d = before.get(i);
            Optional<TimexValue> v = "DATE".equals(d.type()) || "TIME".equals(d.type())
                    ? TimexValue.parse(d.value()) : Optional.empty();
            if (v.isPresent() && v.get().granularity().compareTo(unit) >= 0) {
                return v;
            }
        }
        return Optional.empty();
    }
}
