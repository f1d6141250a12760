package dev.factx.eval;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.factx.eval.Spans.doc;
import static dev.factx.eval.Spans.quantity;
import static org.assertj.core.api.Assertions.assertThat;

class QuantityScorerTest {
    @Test
    void relaxedSpansValuesAndUnitsOverMatchesThatHaveThem() {
        String text = "It paid $48 billion, 420 million markka and $2.75 for 30 percent of 12 tanks.";
        List<QuantitySpan> gold = List.of(
                quantity(text, "$48 billion", "money", "48000000000", "USD"),
                quantity(text, "420 million markka", "money", "420000000", null),   // no unit: value only
                quantity(text, "$2.75", "money", "2.75", "USD"));
        List<QuantitySpan> predicted = List.of(
                quantity(text, "$48 billion", "money", "48000000000.00001", "USD"),  // within 1e-6
                quantity(text, "420 million", "money", "420", "FIM"),               // wrong value; unit not judged
                quantity(text, "30 percent", "percent", "30", "%"),                 // a kind the gold never uses
                quantity(text, "12 tanks", "money", "12", "USD"));                  // false positive

        QuantityScore score = QuantityScorer.score(List.of(doc(text, gold, predicted)));

        assertThat(score.span()).isEqualTo(new Prf(3, 3, 2));
        assertThat(score.value()).isEqualTo(new Ratio(1, 2));
        assertThat(score.unit()).isEqualTo(new Ratio(1, 1));
        assertThat(score.problems()).extracting(Problem::kind).containsExactly(
                "wrong-value", "false-negative", "false-positive");
    }

    @Test
    void aPredictedRangeMatchesTheGoldsTwoNumbersByValue() {
        String text = "a range of between 500 and 5,500 km";
        List<QuantitySpan> gold = List.of(quantity(text, "500", "length", "500", "km"),
                quantity(text, "5,500 km", "length", "5500", "km"));
        QuantitySpan range = quantity(text, "between 500 and 5,500 km", "length", null, "km");
        // Both ends on the range's span, max first: the value, not the order, pairs them.
        List<QuantitySpan> predicted = List.of(
                new QuantitySpan(range.start(), range.end(), range.text(), "length", new BigDecimal("5500"), "km"),
                new QuantitySpan(range.start(), range.end(), range.text(), "length", new BigDecimal("500"), "km"));

        QuantityScore score = QuantityScorer.score(List.of(doc(text, gold, predicted)));

        assertThat(score.span()).isEqualTo(new Prf(2, 2, 2));
        assertThat(score.value()).isEqualTo(new Ratio(2, 2));
    }

    @Test
    void onNegativesAnyPredictionIsFalse() {
        String text = "He was 1 of us.";
        QuantityScore score = QuantityScorer.score(List.of(
                doc(text, List.of(), List.of(quantity(text, "1", "money", "1", "USD"))),
                doc(text, List.of(), List.of())));

        assertThat(score.span()).isEqualTo(new Prf(0, 1, 0));
        assertThat(score.negatives()).isEqualTo(2);
        assertThat(score.negativesWithPredictions()).isEqualTo(1);
        assertThat(score.value().fraction()).isNull();
    }

    @Test
    void valuesAgreeWithinOneMillionth() {
        assertThat(QuantityScorer.sameValue(new BigDecimal("1000000"), new BigDecimal("1000001"))).isTrue();
        assertThat(QuantityScorer.sameValue(new BigDecimal("1000000"), new BigDecimal("1000002"))).isFalse();
        assertThat(QuantityScorer.sameValue(BigDecimal.ZERO, BigDecimal.ZERO)).isTrue();
        assertThat(QuantityScorer.sameValue(new BigDecimal("5"), null)).isFalse();
    }
}
