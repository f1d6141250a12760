package dev.factx.extract;

import dev.factx.facts.DateFact;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranges as one fact in the granularity the text gives. SUTime reads "from 1987 to 2002" as the
 * ends 1987-01-01 and 2002 and a length of 131,496 hours, where news means 1987, 2002 and
 * fifteen years; and it gives "between March and May" as two dates.
 */
final class DateRanges {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d\\d");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final Pattern HOURS = Pattern.compile("PT\\d+H");
    /** "between" goes with "and", "from" with "to", "until" or "through". */
    private static final Pattern OPENING = Pattern.compile("(?i)\\b(between|from)\\s+$");
    private static final Pattern JOINING = Pattern.compile("(?i)\\s+(and|to|until|through)\\s+");

    private DateRanges() {
    }

    /** A range SUTime found, with its ends and length at the coarser of the ends' granularities. */
    static DateFact tidy(DateFact d) {
        if (d.begin() == null || d.until() == null) {
            return d;
        }
        Range range = Range.of(d.begin(), d.until());
        if (range == null) {
            return d;
        }
        String length = range.length();
        String value = length != null && "DURATION".equals(d.type()) && HOURS.matcher(d.value()).matches()
                ? length : d.value();
        return new DateFact(d.text(), d.start(), d.end(), d.type(), value, d.modifier(), d.resolved(),
                range.begin(), range.until());
    }

    /** Two dates of one granularity that "between ... and" or "from ... to" join become one range. */
    static List<DateFact> join(String text, List<DateFact> dates) {
        List<DateFact> joined = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            DateFact first = dates.get(i);
            DateFact range = i + 1 < dates.size() ? joined(text, first, dates.get(i + 1)) : null;
            if (range != null) {
                joined.add(range);
                i++;
            } else {
                joined.add(first);
            }
        }
        return joined;
    }

    private static DateFact joined(String text, DateFact first, DateFact second) {
        if (!isDate(first) || !isDate(second) || second.start() < first.end()) {
            return null;
        }
        Matcher opening = OPENING.matcher(text.substring(Math.max(0, first.start() - 10), first.start()));
        Matcher joining = JOINING.matcher(text.substring(first.end(), second.start()));
        if (!opening.find() || !joining.matches()
                || opening.group(1).equalsIgnoreCase("between") != joining.group(1).equalsIgnoreCase("and")) {
            return null;
        }
        int granularity = Range.granularity(first.value());
        if (granularity == 0 || granularity != Range.granularity(second.value())) {
            return null;
        }
        Range range = new Range(first.value(), second.value(), granularity);
        String length = range.length();
        if (length == null) {
            return null;
        }
        int start = first.start() - opening.group().length();
        return new DateFact(text.substring(start, second.end()), start, second.end(), "DURATION", length, null,
                first.resolved() || second.resolved(), range.begin(), range.until());
    }

    private static boolean isDate(DateFact d) {
        return "DATE".equals(d.type()) && d.begin() == null && d.modifier() == null;
    }

    /**
     * Two ends at the coarser of their granularities (1 a year, 2 a month, 3 a day).
     */
    private record Range(String begin, String until, int granularity) {

        /** Null when an end is no plain date, or finer than the other and not the first of its period. */
        static Range of(String begin, String until) {
            int granularity = Math.min(granularity(begin), granularity(until));
            if (granularity == 0) {
                return null;
            }
            String b = coarsened(begin, granularity);
            String u = coarsened(until, granularity);
            return b == null || u == null ? null : new Range(b, u, granularity);
        }

        /** The whole units from begin to until ("P15Y"), or null when they run backwards or are no dates. */
        String length() {
            long units;
            try {
                units = switch (granularity) {
                    case 1 -> Integer.parseInt(until) - Integer.parseInt(begin);
                    case 2 -> ChronoUnit.MONTHS.between(YearMonth.parse(begin), YearMonth.parse(until));
                    default -> ChronoUnit.DAYS.between(LocalDate.parse(begin), LocalDate.parse(until));
                };
            } catch (DateTimeException e) {
                return null;
            }
            return units < 0 ? null : "P" + units + "YMD".charAt(granularity - 1);
        }

        /** 1 a year, 2 a month, 3 a day; 0 anything else. */
        static int granularity(String value) {
            return YEAR.matcher(value).matches() ? 1 : MONTH.matcher(value).matches() ? 2
                    : DAY.matcher(value).matches() ? 3 : 0;
        }

        private static String coarsened(String value, int granularity) {
            String kept = value.substring(0, granularity == 1 ? 4 : granularity == 2 ? 7 : 10);
            String dropped = value.substring(kept.length());
            return dropped.isEmpty() || dropped.equals("-01") || dropped.equals("-01-01") ? kept : null;
        }
    }
}
