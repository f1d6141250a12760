package dev.factx.extract.dates;

import dev.factx.extract.dates.TimexValue.Granularity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class TimexValueTest {

    @Test
    void aValueSpansItsFirstToItsLastDay() {
        assertThat(Stream.of("2019", "2019-07", "2019-W26", "2019-Q3", "2019-07-04", "199X", "19XX",
                        "2019-H2", "2019-WI", "2019-W26-WE", "2019-07-04TEV")
                .map(v -> TimexValue.parse(v).orElseThrow()))
                .extracting(TimexValue::granularity, TimexValue::first, TimexValue::last)
                .containsExactly(
                        tuple(Granularity.YEAR, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)),
                        tuple(Granularity.MONTH, LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 31)),
                        tuple(Granularity.WEEK, LocalDate.of(2019, 6, 24), LocalDate.of(2019, 6, 30)),
                        tuple(Granularity.QUARTER, LocalDate.of(2019, 7, 1), LocalDate.of(2019, 9, 30)),
                        tuple(Granularity.DAY, LocalDate.of(2019, 7, 4), LocalDate.of(2019, 7, 4)),
                        tuple(Granularity.DECADE, LocalDate.of(1990, 1, 1), LocalDate.of(1999, 12, 31)),
                        tuple(Granularity.CENTURY, LocalDate.of(1900, 1, 1), LocalDate.of(1999, 12, 31)),
                        tuple(Granularity.HALF, LocalDate.of(2019, 7, 1), LocalDate.of(2019, 12, 31)),
                        tuple(Granularity.SEASON, LocalDate.of(2019, 12, 1), LocalDate.of(2020, 2, 29)),
                        tuple(Granularity.WEEKEND, LocalDate.of(2019, 6, 29), LocalDate.of(2019, 6, 30)),
                        tuple(Granularity.TIME, LocalDate.of(2019, 7, 4), LocalDate.of(2019, 7, 4)));
    }

    @Test
    void valuesThatNameNoCalendarSpanAreNotRead() {
        assertThat(Stream.of("XXXX-WXX-1", "PRESENT_REF", "P3Y", "2019-02-30", "2019-13", "2019-W60"))
                .allSatisfy(v -> assertThat(TimexValue.parse(v)).isEmpty());
    }

    @Test
    void aDayInACoarserGranularity() {
        TimexValue day = TimexValue.parse("2019-12-31").orElseThrow();

        assertThat(day.in(Granularity.YEAR)).isEqualTo("2019");
        assertThat(day.in(Granularity.MONTH)).isEqualTo("2019-12");
        assertThat(day.in(Granularity.WEEK)).isEqualTo("2020-W01");
    }
}
