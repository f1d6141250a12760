package dev.factx.extract;

import dev.factx.facts.Quantity;
import dev.factx.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityExtractorTest {

    private static List<Quantity> quantities(String text) {
        return QuantityExtractor.extract(Fixtures.annotate(text, Fixtures.SEED_DATE));
    }

    @Test
    void missileRangeIsOneLengthRangeWithItsUnitAndSiValues() {
        List<Quantity> found = quantities("The treaty bans ground-launched cruise missiles with a range "
                + "between 500 and 5,500 kilometers.");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("between 500 and 5,500 kilometers");
            assertThat(q.kind()).isEqualTo("length");
            assertThat(q.unit()).isEqualTo("km");
            assertThat(q.min()).isEqualByComparingTo("500");
            assertThat(q.max()).isEqualByComparingTo("5500");
            assertThat(q.value()).isNull();
            assertThat(q.si()).isEqualTo(new Quantity.Si("m", null, new BigDecimal("500000"), new BigDecimal("5500000")));
            assertThat(q.measures()).isEqualTo("range");
            assertThat(q.category()).isEqualTo("missile-range");
        });
    }

    @Test
    void defenceBudgetsWithScaleWordsAndQualifiers() {
        List<Quantity> found = quantities("Compare how much Russia spends on defense — about $48 billion — "
                + "with the U.S. military budget — over $700 billion.");

        assertThat(found).extracting(Quantity::text, Quantity::kind, Quantity::unit, Quantity::value,
                        Quantity::qualifier, Quantity::measures, Quantity::of, Quantity::category)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("about $48 billion", "money", "USD",
                                new BigDecimal("48000000000"), "approximate", "defense spending", "Russia",
                                "defence-budget"),
                        org.assertj.core.groups.Tuple.tuple("over $700 billion", "money", "USD",
                                new BigDecimal("700000000000"), "more-than", "military budget", "U.S.",
                                "defence-budget"));
    }

    @Test
    void countsPercentagesAndOtherCurrencies() {
        List<Quantity> found = quantities("Moscow deployed 3,000 troops and spent 1.5 million rubles, "
                + "while support fell by 12 percent.");

        assertThat(found).extracting(Quantity::text, Quantity::kind, Quantity::unit, Quantity::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("3,000 troops", "count", "troops", new BigDecimal("3000")),
                        org.assertj.core.groups.Tuple.tuple("1.5 million rubles", "money", "RUB", new BigDecimal("1500000")),
                        org.assertj.core.groups.Tuple.tuple("12 percent", "percent", "%", new BigDecimal("12")));
    }

    @Test
    void namesModelNumbersAndYearsAreNotQuantities() {
        List<Quantity> found = quantities("He met Trump at the Group of Twenty (G-20) summit. The 9M729 "
                + "(or SSC-8) cruise missile was built after the treaty signed in 1987.");

        assertThat(found).isEmpty();
    }
}
