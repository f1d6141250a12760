package dev.factx.extract.dates;

import dev.factx.extract.dates.TenseResolution.Tense;
import dev.factx.extract.dates.TimexValue.Granularity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Holidays named without their year ("was found on Thanksgiving Day"): SUTime takes the one of
 * the document date's year, where the tense points to the last one (past) or the next one
 * (future), as with a month named alone ({@link TenseResolution}).
 */
final class Holidays {
    private static final Map<Pattern, IntFunction<LocalDate>> DAYS = Map.of(
            Pattern.compile("(?i)\\b(christmas|xmas)\\b(?!\\s+eve)"), fixed(12, 25),
            Pattern.compile("(?i)\\bchristmas\\s+eve\\b"), fixed(12, 24),
            Pattern.compile("(?i)\\bnew\\s+year'?s\\s+day\\b"), fixed(1, 1),
            Pattern.compile("(?i)\\bnew\\s+year'?s\\s+eve\\b"), fixed(12, 31),
            Pattern.compile("(?i)\\bhalloween\\b"), fixed(10, 31),
            Pattern.compile("(?i)\\bvalentine'?s\\s+day\\b"), fixed(2, 14),
            Pattern.compile("(?i)\\bthanksgiving\\b"), y -> nth(y, 11, DayOfWeek.THURSDAY, 4),
            Pattern.compile("(?i)\\beaster\\b"), Holidays::easter,
            Pattern.compile("(?i)\\blabor\\s+day\\b"), y -> nth(y, 9, DayOfWeek.MONDAY, 1),
            Pattern.compile("(?i)\\bmemorial\\s+day\\b"),
            y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    /** "last Christmas", "Christmas 1998": the text itself says which. */
    private static final Pattern YEAR_GIVEN = Pattern.compile("(?i).*\\b(last|next|this|\\d{4})\\b.*");

    private Holidays() {
    }

    /**
     * The holiday's occurrence the tense points to; {@code value} unless the text names a holiday
     * alone. With {@code inWeek} ("Easter week began") the tense points to the week that holds it.
     */
    static String resolve(String text, String value, LocalDate documentDate, Tense tense, boolean inWeek) {
        Optional<TimexValue> day = TimexValue.parse(value).filter(v -> v.granularity() == Granularity.DAY);
        Optional<IntFunction<LocalDate>> holiday = holiday(text);
        if (documentDate == null || tense == Tense.UNMARKED || day.isEmpty() || holiday.isEmpty()
                || YEAR_GIVEN.matcher(text).matches() || !holiday.get().apply(day.get().first().getYear())
                        .equals(day.get().first())) {
            return value;
        }
        int year = day.get().first().getYear();
        List<LocalDate> occurrences = IntStream.rangeClosed(year - 1, year + 1).mapToObj(holiday.get()::apply).toList();
        Optional<LocalDate> chosen = tense == Tense.PAST
                ? occurrences.stream().filter(d -> !first(d, inWeek).isAfter(documentDate)).max(Comparator.naturalOrder())
                : occurrences.stream().filter(d -> !last(d, inWeek).isBefore(documentDate)).min(Comparator.naturalOrder());
        return chosen.map(LocalDate::toString).orElse(value);
    }

    private static LocalDate first(LocalDate day, boolean inWeek) {
        return inWeek ? day.with(DayOfWeek.MONDAY) : day;
    }

    private static LocalDate last(LocalDate day, boolean inWeek) {
        return inWeek ? day.with(DayOfWeek.SUNDAY) : day;
    }

    /** Whether the text names a holiday. */
    static boolean names(String text) {
        return holiday(text).isPresent();
    }

    private static Optional<IntFunction<LocalDate>> holiday(String text) {
        return DAYS.entrySet().stream().filter(e -> e.getKey().matcher(text).find()).map(Map.Entry::getValue)
                .findFirst();
    }

    private static IntFunction<LocalDate> fixed(int month, int day) {
        return y -> MonthDay.of(month, day).atYear(y);
    }

    private static LocalDate nth(int year, int month, DayOfWeek weekday, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
