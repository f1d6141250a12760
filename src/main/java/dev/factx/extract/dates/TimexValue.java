package dev.factx.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TIMEX3 date value read once: its granularity and the first and last day it spans
 * ("2019-07" is a month, July 1 to 31; "199X" a decade). Values that name no single stretch of
 * the calendar ("XXXX-WXX-1", "PRESENT_REF", "P3Y") are not dates here.
 *
 * @param value the value as written
 */
record TimexValue(String value, Granularity granularity, LocalDate first, LocalDate last) {
    /** From coarsest to finest; a time of day keeps its day's span. */
    enum Granularity { CENTURY, DECADE, YEAR, HALF, QUARTER, SEASON, MONTH, WEEK, WEEKEND, DAY, TIME }

    private static final Pattern CENTURY = Pattern.compile("(\\d\\d)XX");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern PART = Pattern.compile("(\\d{4})-(H[12]|Q[1-4]|SP|SU|FA|WI)");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d\\d)");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d\\d)(-WE)?");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d)(T.*)?");

    /** The value read, or empty when it names no calendar span or no real day (February 30). */
    static Optional<TimexValue> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = CENTURY.matcher(value)).matches()) {
            int first = Integer.parseInt(m.group(1)) * 100;
            return years(value, Granularity.CENTURY, first, first + 99);
        }
        if ((m = DECADE.matcher(value)).matches()) {
            int first = Integer.parseInt(m.group(1)) * 10;
            return years(value, Granularity.DECADE, first, first + 9);
        }
        if ((m = YEAR.matcher(value)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return years(value, Granularity.YEAR, year, year);
        }
        if ((m = PART.matcher(value)).matches()) {
            return Optional.of(part(value, Integer.parseInt(m.group(1)), m.group(2)));
        }
        if ((m = MONTH.matcher(value)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
            return Optional.of(new TimexValue(value, Granularity.MONTH, ym.atDay(1), ym.atEndOfMonth()));
        }
        if ((m = WEEK.matcher(value)).matches()) {
            return week(value, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3) != null);
        }
        if ((m = DAY.matcher(value)).matches()) {
            return day(value, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4) == null ? Granularity.DAY : Granularity.TIME);
        }
        return Optional.empty();
    }

    /** The year, month, week or day that holds this value's first day, as a value ("2019", "2019-07"). */
    String in(Granularity coarser) {
        return switch (coarser) {
            case YEAR -> String.format("%04d", first.getYear());
            case MONTH -> YearMonth.from(first).toString();
            case WEEK -> weekOf(first);
            case DAY -> first.toString();
            default -> throw new IllegalArgumentException("no such granularity for a value: " + coarser);
        };
    }

    /** The ISO week of a day, "2019-W27". */
    static String weekOf(LocalDate day) {
        return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The weekend a Saturday begins, "2019-W27-WE". */
    static String weekendOf(LocalDate saturday) {
        return weekOf(saturday) + "-WE";
    }

    private static Optional<TimexValue> years(String value, Granularity granularity, int first, int last) {
        return Optional.of(new TimexValue(value, granularity, LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31)));
    }

    /** A half, a quarter or a meteorological season; a winter starts in December of its year. */
    private static TimexValue part(String value, int year, String code) {
        int firstMonth;
        int months;
        Granularity granularity;
        switch (code.charAt(0)) {
            case 'H' -> {
                firstMonth = code.charAt(1) == '1' ? 1 : 7;
                months = 6;
                granularity = Granularity.HALF;
            }
            case 'Q' -> {
                firstMonth = (code.charAt(1) - '1') * 3 + 1;
                months = 3;
                granularity = Granularity.QUARTER;
            }
            default -> {
                firstMonth = switch (code) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
                months = 3;
                granularity = Granularity.SEASON;
            }
        }
        YearMonth first = YearMonth.of(year, firstMonth);
        return new TimexValue(value, granularity, first.atDay(1), first.plusMonths(months - 1).atEndOfMonth());
    }

    private static Optional<TimexValue> week(String value, int year, int week, boolean weekend) {
        LocalDate monday = LocalDate.of(year, 1, 4);
        if (week < 1 || week > monday.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return Optional.empty();
        }
        monday = monday.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        return Optional.of(weekend
                ? new TimexValue(value, Granularity.WEEKEND, monday.plusDays(5), monday.plusDays(6))
                : new TimexValue(value, Granularity.WEEK, monday, monday.plusDays(6)));
    }

    private static Optional<TimexValue> day(String value, int year, int month, int dayOfMonth, Granularity granularity) {
        if (month < 1 || month > 12 || !YearMonth.of(year, month).isValidDay(dayOfMonth)) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.of(year, month, dayOfMonth);
        return Optional.of(new TimexValue(value, granularity, day, day));
    }
}
