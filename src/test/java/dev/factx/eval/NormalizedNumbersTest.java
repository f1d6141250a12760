package dev.factx.eval;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizedNumbersTest {
    @Test
    void moneyPercentAndNumbers() {
        assertThat(NormalizedNumbers.read(0, 11, "$75 million", "MONEY", "$7.5E7")).singleElement()
                .satisfies(q -> {
                    assertThat(q.kind()).isEqualTo("money");
                    assertThat(q.unit()).isEqualTo("USD");
                    assertThat(q.value()).isEqualByComparingTo(new BigDecimal("75000000"));
                });
        assertThat(NormalizedNumbers.read(0, 4, "27 %", "PERCENT", "%27.0")).singleElement()
                .satisfies(q -> assertThat(q.unit()).isEqualTo("%"));
        assertThat(NormalizedNumbers.read(0, 9, "over 1000", "NUMBER", ">1000.0")).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("other"));
    }

    @Test
    void rangesGiveBothEnds() {
        assertThat(NormalizedNumbers.read(0, 8, "10 to 20", "NUMBER", "10.0-20.0"))
                .extracting(QuantitySpan::value).containsExactly(new BigDecimal("10.0"), new BigDecimal("20.0"));
        assertThat(NormalizedNumbers.read(0, 10, "$5 to $10", "MONEY", "$5.0-$10.0"))
                .extracting(QuantitySpan::value, QuantitySpan::unit).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("5.0"), "USD"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("10.0"), "USD"));
    }

    @Test
    void otherTagsAndUnreadableValuesGiveNothing() {
        assertThat(NormalizedNumbers.read(0, 4, "1998", "DATE", "1998")).isEmpty();
        assertThat(NormalizedNumbers.read(0, 4, "some", "NUMBER", "some")).isEmpty();
        assertThat(NormalizedNumbers.read(0, 4, "some", "NUMBER", null)).isEmpty();
    }
}
