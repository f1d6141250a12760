package dev.factx.extract.dates;

import dev.factx.facts.DateFact;

import dev.factx.extract.dates.TimexValue.Granularity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranges as one fact in the granularity the text gives. SUTime reads "from 1987 to 2002" as the
 * ends 1987-01-01 and 2002 and a length of 131,496 hours, where news means 1987, 2002 and
 * fifteen years; and it gives "between March and May" as two dates.
 */
final class DateRanges {
    /** The granularities a range's ends are counted in, coarsest first. */
    private static final List<Granularity> UNITS = List.of(Granularity.YEAR, Granularity.MONTH, Granularity.DAY);
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
        Optional<Granularity> granularity = Range.granularity(first.value());
        if (granularity.isEmpty() || !granularity.equals(Range.granularity(second.value()))) {
            return null;
        }
        Range range = new Range(first.value(), second.value(), granularity.get());
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

    /** Two ends at the coarser of their granularities: a year, a month or a day. */
    private record Range(String begin, String until, Granularity granularity) {

        /** Null when an end is no plain date, or finer than the other and not the first of its period. */
        static Range of(String begin, String until) {
            Optional<Granularity> b = granularity(begin);
            Optional<Granularity> u = granularity(until);
            if (b.isEmpty() || u.isEmpty()) {
                return null;
            }
            Granularity coarser = b.get().compareTo(u.get()) <= 0 ? b.get() : u.get();
            String coarseBegin = coarsened(begin, coarser);
            String coarseUntil = coarsened(until, coarser);
            return coarseBegin == null || coarseUntil == null ? null : new Range(coarseBegin, coarseUntil, coarser);
        }

        /** The whole units from begin to until ("P15Y"), or null when they run backwards. */
        String length() {
            LocalDate from = TimexValue.parse(begin).orElseThrow().first();
            LocalDate to = TimexValue.parse(until).orElseThrow().first();
            long units = switch (granularity) {
                case YEAR -> ChronoUnit.YEARS.between(from, to);
                case MONTH -> ChronoUnit.MONTHS.between(from, to);
                default -> ChronoUnit.DAYS.between(from, to);
            };
            return units < 0 ? null : "P" + units + "YMD".charAt(UNITS.indexOf(granularity));
        }

        /** A year, a month or a day; empty for anything else. */
        static Optional<Granularity> granularity(String value) {
            return TimexValue.parse(value).map(TimexValue::granularity).filter(UNITS::contains);
        }

        /** The value in a coarser granularity, or null when that would move its first day. */
        private static String coarsened(String value, Granularity coarser) {
            TimexValue v = TimexValue.parse(value).orElseThrow();
            String coarse = v.in(coarser);
            return TimexValue.parse(coarse).orElseThrow().first().equals(v.first()) ? coarse : null;
        }
    }
}
