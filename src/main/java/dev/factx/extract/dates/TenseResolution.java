package dev.factx.extract.dates;

import dev.factx.extract.dates.TimexValue.Granularity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which occurrence of a weekday, weekend, month or season named without its week or year
 * ("Monday", "over the weekend", "in October", "this summer") the tense of its sentence points
 * to: past tense means the latest one that began by the document date, future the first that
 * has not ended before it. SUTime itself picks the occurrence closest to the document date, so
 * the answer is that one or a neighbour, one week or one year away. A day of the month ("Nov.
 * 16") keeps the closest when it is within two months: news dates it so for deadlines and
 * record dates a few weeks either way, whatever the tense of the nearest verb ("declared a
 * dividend, payable Dec. 15"); further away, the tense decides ("the Oct. 23 slaying" in May).
 */
final class TenseResolution {
    enum Tense { PAST, FUTURE, UNMARKED }

    /** What the document date supplied, read from SUTime's value before resolution. */
    private enum Anchor { WEEK, YEAR }

    private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-\\d.*");
    /** SUTime gives "the weekend" the document date's week before any resolution. */
    private static final Pattern WEEKEND = Pattern.compile("\\d{4}-W\\d\\d-WE");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("XXXX-\\d\\d-\\d\\d");
    /** How far a day of the month may lie against the tense: deadlines and record dates a few weeks ahead. */
    private static final int DAY_OF_MONTH_LEEWAY_DAYS = 60;
    private static final Pattern MONTH_OR_SEASON = Pattern.compile("XXXX-(\\d\\d|SP|SU|FA|WI)");
    /** The spans whose occurrence the tense chooses. */
    private static final Set<Granularity> OCCURRENCES =
            EnumSet.of(Granularity.DAY, Granularity.TIME, Granularity.WEEKEND, Granularity.MONTH, Granularity.SEASON);

    private TenseResolution() {
    }

    /**
     * @param value      SUTime's value, resolved against {@code documentDate}
     * @param unresolved SUTime's value before resolution ("XXXX-WXX-1"), or null
     * @return the value the tense points to; with the tense unmarked, the weekday closest to the
     *         document date or else {@code value} itself, as also when the expression is no
     *         weekday, weekend, month, season or far day of the month named alone
     */
    static String resolve(String value, String unresolved, LocalDate documentDate, Tense tense) {
        if (documentDate == null || unresolved == null) {
            return value;
        }
        Anchor anchor = WEEKDAY.matcher(unresolved).matches() || WEEKEND.matcher(unresolved).matches() ? Anchor.WEEK
                : MONTH_OR_SEASON.matcher(unresolved).matches() || isFarDayOfMonth(value, unresolved, documentDate)
                        ? Anchor.YEAR : null;
        if (anchor == null || period(value).isEmpty()) {
            return value;
        }
        Stream<String> candidates = Stream.of(shift(value, anchor, -1), value, shift(value, anchor, 1))
                .filter(Objects::nonNull);
        if (tense == Tense.UNMARKED) {
            // SUTime takes a weekday with a time of day ("Friday evening") forward, not to the closest.
            return WEEKDAY.matcher(unresolved).matches() ? candidates.min(Comparator.comparing(
                    v -> Math.abs(ChronoUnit.DAYS.between(documentDate, period(v).orElseThrow().first())))).orElseThrow()
                    : value;
        }
        Optional<String> chosen = tense == Tense.PAST
                ? candidates.filter(v -> !period(v).orElseThrow().first().isAfter(documentDate))
                        .max(Comparator.comparing(v -> period(v).orElseThrow().first()))
                : candidates.filter(v -> !period(v).orElseThrow().last().isBefore(documentDate))
                        .min(Comparator.comparing(v -> period(v).orElseThrow().last()));
        return chosen.orElse(value);
    }

    /** A day of the month ("Oct. 23") whose closest occurrence is months from the document date. */
    private static boolean isFarDayOfMonth(String value, String unresolved, LocalDate documentDate) {
        return DAY_OF_MONTH.matcher(unresolved).matches() && period(value)
                .map(p -> Math.abs(ChronoUnit.DAYS.between(documentDate, p.first())) > DAY_OF_MONTH_LEEWAY_DAYS)
                .orElse(false);
    }

    /** The value one week or one year later ({@code n} = 1) or earlier (-1); null if no such day. */
    private static String shift(String value, Anchor anchor, int n) {
        String shifted = anchor == Anchor.WEEK ? shiftWeek(value, n)
                : String.format("%04d", Integer.parseInt(value.substring(0, 4)) + n) + value.substring(4);
        return shifted != null && period(shifted).isPresent() ? shifted : null;
    }

    private static String shiftWeek(String value, int n) {
        TimexValue period = period(value).orElseThrow();
        LocalDate shifted = period.first().plusWeeks(n);
        return switch (period.granularity()) {
            case DAY, TIME -> shifted + value.substring(10);
            case WEEKEND -> TimexValue.weekendOf(shifted);
            default -> null;
        };
    }

    private static Optional<TimexValue> period(String value) {
        return TimexValue.parse(value).filter(v -> OCCURRENCES.contains(v.granularity()));
    }
}
