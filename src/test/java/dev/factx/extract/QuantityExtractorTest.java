package dev.factx.extract;

import dev.factx.facts.Quantity;
import dev.factx.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

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

    private static List<org.assertj.core.groups.Tuple> summary(String text) {
        return quantities(text).stream()
                .map(q -> tuple(q.text(), q.kind(), q.unit(), q.value(), q.min(), q.max(), q.qualifier()))
                .toList();
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void everyKindOfMeasure() {
        assertThat(summary("The storm brought winds of up to 120 km/h and dumped more than 30 centimetres of snow."))
                .containsExactly(
                        tuple("up to 120 km/h", "speed", "km/h", n("120"), null, null, "at-most"),
                        tuple("more than 30 centimetres", "length", "cm", n("30"), null, null, "more-than"));
        assertThat(summary("Temperatures dropped to minus 5 degrees Celsius, and the fire burned 2,000 hectares."))
                .containsExactly(
                        tuple("minus 5 degrees Celsius", "temperature", "°C", n("-5"), null, null, null),
                        tuple("2,000 hectares", "area", "ha", n("2000"), null, null, null));
        assertThat(summary("The port shipped 16,000 metric tons of wheat and 2.4 billion gallons of fuel."))
                .containsExactly(
                        tuple("16,000 metric tons", "mass", "t", n("16000"), null, null, null),
                        tuple("2.4 billion gallons", "volume", "gal", n("2400000000"), null, null, null));
        assertThat(summary("The reactor produced 1.5 million kilowatt hours, and the leak exposed 5 GB of data."))
                .containsExactly(
                        tuple("1.5 million kilowatt hours", "energy", "kWh", n("1500000"), null, null, null),
                        tuple("5 GB", "information", "GB", n("5"), null, null, null));
        assertThat(summary("He served 25 years in prison, while support fell by 0.5 percent."))
                .containsExactly(
                        tuple("25 years", "duration", "yr", n("25"), null, null, null),
                        tuple("0.5 percent", "percent", "%", n("0.5"), null, null, null));
    }

    @Test
    void symbolsGluedToDigitsAndUnitsInBrackets() {
        assertThat(summary("The 7.62mm rounds weigh 20 (kg) a box; the line runs at 100 Mb and covers 24703m2."))
                .extracting(t -> t.toList().subList(0, 4))
                .containsExactly(
                        List.of("7.62mm", "length", "mm", n("7.62")),
                        List.of("20 (kg) a box", "mass", "kg", n("20")),
                        List.of("100 Mb", "information", "Mbit", n("100")),
                        List.of("24703m2", "area", "m2", n("24703")));
    }

    @Test
    void countsFromNumberWords() {
        assertThat(summary("Tens of thousands of people marched, and nearly two dozen soldiers were killed."))
                .containsExactly(
                        tuple("Tens of thousands of people", "count", "person", n("10000"), null, null, "at-least"),
                        tuple("nearly two dozen soldiers", "count", "soldier", n("24"), null, null, "approximate"));
    }

    @Test
    void rangeForms() {
        assertThat(summary("Prices rose from 10 to 20 percent, the missiles fly 500-5,500 km and cost "
                + "between $10 and $20 million."))
                .containsExactly(
                        tuple("from 10 to 20 percent", "percent", "%", null, n("10"), n("20"), null),
                        tuple("500-5,500 km", "length", "km", null, n("500"), n("5500"), null),
                        tuple("between $10 and $20 million", "money", "USD", null, n("10000000"), n("20000000"), null));
        assertThat(summary("Wages grew 3 % to 4 % a year."))
                .containsExactly(tuple("3 % to 4 % a year", "percent", "%", null, n("3"), n("4"), null));
    }

    @Test
    void moneyInLowerCaseTokenizedTextAndCurrenciesWithoutCodes() {
        assertThat(summary("fluor won a $ 300 million contract , c $ 16.4 million , a us $ 150 million loan and "
                + "420 million finnish markka ; shares rose 34 cents to 1,015 francs ."))
                .extracting(t -> t.toList().subList(0, 4))
                .containsExactly(
                        List.of("$ 300 million", "money", "USD", n("300000000")),
                        List.of("c $ 16.4 million", "money", "CAD", n("16400000")),
                        List.of("us $ 150 million", "money", "USD", n("150000000")),
                        List.of("420 million finnish markka", "money", "FIM", n("420000000")),
                        List.of("34 cents", "money", "cent", n("34")),
                        List.of("1,015 francs", "money", "franc", n("1015")));
        assertThat(summary("It only cost thirteen dollars and forty-five cents."))
                .extracting(t -> t.toList().subList(0, 4))
                .containsExactly(List.of("thirteen dollars and forty-five cents", "money", "USD", n("13.45")));
    }

    @Test
    void ratesSiValuesAndCategories() {
        List<Quantity> found = quantities("Brent crude rose to $70 a barrel as the bomb had a yield of 15 kilotons.");

        assertThat(found).extracting(Quantity::text, Quantity::unit, Quantity::per, Quantity::si, Quantity::category)
                .containsExactly(
                        tuple("$70 a barrel", "USD", "barrel", null, null),
                        tuple("15 kilotons", "kt", null, new Quantity.Si("J", n("62760000000000"), null, null),
                                "explosive-yield"));
    }

    @Test
    void userCategoriesComeFirst(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("categories.tsv");
        Files.writeString(file, "# mine\noil-price\tmoney\tprice|prices\toil|crude|brent\n");
        Categories categories = Categories.load(file);

        List<Quantity> found = QuantityExtractor.extract(Fixtures.annotate(
                "Brent crude prices were $70 on Monday.", Fixtures.SEED_DATE), categories);

        assertThat(found).extracting(Quantity::text, Quantity::measures, Quantity::category)
                .containsExactly(tuple("$70", "crude prices", "oil-price"));
    }

    @Test
    void malformedCategoryLinesNameFileAndLine(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "# header\noil-price\tmoney\n");

        assertThatThrownBy(() -> Categories.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":2: expected");
        assertThatThrownBy(() -> Categories.withRules(List.of("x\tweight\tprice")))
                .hasMessageContaining("line 1: unknown kind 'weight'");
    }

    @Test
    void ordinalsDatesTimesPhoneNumbersAndDesignationsAreNotQuantities() {
        assertThat(quantities("The 2nd round began on July 4, 2019 at 2 pm. Call 555-1234. COVID-19 cases rose, "
                + "and F-16 jets flew.")).isEmpty();
    }
}
