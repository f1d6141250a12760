package dev.factx.extract;

import dev.factx.facts.DateFact;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Ranges in the granularity the text gives: SUTime reads "from 1987 to 2002" as the ends
 * 1987-01-01 and 2002 and a length of 131,496 hours; news means 1987, 2002 and fifteen years.
 */
final class DateRanges {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d\\d");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final Pattern HOURS = Pattern.compile("PT\\d+H");

    private DateRanges() {
    }

    static DateFact tidy(DateFact d) {
        if (d.begin() == null || d.until() == null) {
            return d;
        }
        int granularity = Math.min(granularity(d.begin()), granularity(d.until()));
        if (granularity == 0) {
            return d;
        }
        String begin = coarsened(d.begin(), granularity);
        String until = coarsened(d.until(), granularity);
        if (begin == null || until == null) {
            return d;
        }
        long units = "DURATION".equals(d.type()) && HOURS.matcher(d.value()).matches()
                ? between(begin, until, granularity) : -1;
        String value = units >= 0 ? "P" + units + "YMD".charAt(granularity - 1) : d.value();
        return new DateFact(d.text(), d.start(), d.end(), d.type(), value, d.modifier(), d.resolved(), begin, until);
    }

    /** 1 a year, 2 a month, 3 a day; 0 anything else. */
    private static int granularity(String value) {
        return YEAR.matcher(value).matches() ? 1 : MONTH.matcher(value).matches() ? 2 : DAY.matcher(value).matches() ? 3 : 0;
    }

    /** A value cut to the coarser granularity, only where it is that period's first day or month. */
    private static String coarsened(String value, int granularity) {
        String kept = value.substring(0, granularity == 1 ? 4 : granularity == 2 ? 7 : 10);
        String dropped = value.substring(kept.length());
        return dropped.isEmpty() || dropped.equals("-01") || dropped.equals("-01-01") ? kept : null;
    }

    /** The whole units from begin to until, or -1 when they are no calendar dates ("2019-02-30"). */
    private static long between(String begin, String until, int granularity) {
        try {
            return switch (granularity) {
                case 1 -> Integer.parseInt(until) - Integer.parseInt(begin);
                case 2 -> ChronoUnit.MONTHS.between(YearMonth.parse(begin), YearMonth.parse(until));
                default -> ChronoUnit.DAYS.between(LocalDate.parse(begin), LocalDate.parse(until));
            };
        } catch (DateTimeException e) {
            return -1;
        }
    }
}
