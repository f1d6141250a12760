package dev.factx.extract.dates;

import dev.factx.extract.dates.TenseResolution.Tense;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TenseResolutionTest {
    private static final LocalDate SUNDAY_DECEMBER_13 = LocalDate.of(2015, 12, 13);
    private static final LocalDate JULY_4 = LocalDate.of(2019, 7, 4);

    @Test
    void weekdaysMoveByAWeek() {
        assertThat(TenseResolution.resolve("2015-12-14", "XXXX-WXX-1", SUNDAY_DECEMBER_13, Tense.PAST))
                .isEqualTo("2015-12-07");
        assertThat(TenseResolution.resolve("2015-12-07", "XXXX-WXX-1", SUNDAY_DECEMBER_13, Tense.FUTURE))
                .isEqualTo("2015-12-14");
        assertThat(TenseResolution.resolve("2015-12-14TNI", "XXXX-WXX-1TNI", SUNDAY_DECEMBER_13, Tense.PAST))
                .isEqualTo("2015-12-07TNI");
    }

    @Test
    void theDocumentDateItselfIsBothPastAndFuture() {
        assertThat(TenseResolution.resolve("2015-12-13", "XXXX-WXX-7", SUNDAY_DECEMBER_13, Tense.PAST))
                .isEqualTo("2015-12-13");
        assertThat(TenseResolution.resolve("2015-12-13", "XXXX-WXX-7", SUNDAY_DECEMBER_13, Tense.FUTURE))
                .isEqualTo("2015-12-13");
    }

    @Test
    void monthsAndSeasonsMoveByAYear() {
        assertThat(TenseResolution.resolve("2019-10", "XXXX-10", JULY_4, Tense.PAST)).isEqualTo("2018-10");
        assertThat(TenseResolution.resolve("2019-07", "XXXX-07", JULY_4, Tense.PAST)).isEqualTo("2019-07");
        assertThat(TenseResolution.resolve("2019-01", "XXXX-01", JULY_4, Tense.FUTURE)).isEqualTo("2020-01");
        assertThat(TenseResolution.resolve("2019-FA", "XXXX-FA", JULY_4, Tense.PAST)).isEqualTo("2018-FA");
        assertThat(TenseResolution.resolve("2019-SU", "XXXX-SU", JULY_4, Tense.FUTURE)).isEqualTo("2019-SU");
    }

    @Test
    void otherValuesAndUnmarkedTenseKeepSutimesValue() {
        assertThat(TenseResolution.resolve("2019-10", "XXXX-10", JULY_4, Tense.UNMARKED)).isEqualTo("2019-10");
        assertThat(TenseResolution.resolve("2019-08-15", "XXXX-08-15", JULY_4, Tense.PAST)).isEqualTo("2019-08-15");
        assertThat(TenseResolution.resolve("2019-W27", null, JULY_4, Tense.PAST)).isEqualTo("2019-W27");
        assertThat(TenseResolution.resolve("XXXX-WXX-1", null, null, Tense.PAST)).isEqualTo("XXXX-WXX-1");
    }

    @Test
    void weekendsMoveByAWeek() {
        assertThat(TenseResolution.resolve("1990-W33-WE", "1990-W33-WE", LocalDate.of(1990, 8, 13), Tense.PAST))
                .isEqualTo("1990-W32-WE");
        assertThat(TenseResolution.resolve("1990-W33-WE", "1990-W33-WE", LocalDate.of(1990, 8, 13), Tense.FUTURE))
                .isEqualTo("1990-W33-WE");
    }

    @Test
    void aDayOfTheMonthMovesOnlyWhenMonthsAway() {
        assertThat(TenseResolution.resolve("1990-03-31", "XXXX-03-31", LocalDate.of(1989, 11, 2), Tense.PAST))
                .isEqualTo("1989-03-31");
    }
}
