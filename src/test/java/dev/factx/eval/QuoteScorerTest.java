package dev.factx.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.factx.eval.Spans.doc;
import static dev.factx.eval.Spans.quote;
import static org.assertj.core.api.Assertions.assertThat;

class QuoteScorerTest {
    // The gold quote is 20 characters: "abcdefghijklmnopqrst".
    private static final String TEXT = "abcdefghijklmnopqrst, said Ann Lee. Then more.";
    private static final QuoteSpan GOLD = quote(TEXT, "abcdefghijklmnopqrst", "direct", "Ann Lee", null);

    private static QuoteScore.Level at(QuoteScore score, String threshold) {
        return score.byThreshold().get(threshold);
    }

    @Test
    void overlapOverGoldLengthMustExceedTheThreshold() {
        QuoteScore half = QuoteScorer.score(List.of(doc(TEXT, List.of(GOLD),
                List.of(quote(TEXT, "abcdefghij", "direct", "Ann Lee", null)))));
        QuoteScore exactlyThreeTenths = QuoteScorer.score(List.of(doc(TEXT, List.of(GOLD),
                List.of(quote(TEXT, "abcdef", "direct", null, null)))));

        assertThat(half.byThreshold()).containsOnlyKeys("0.3", "0.8");
        assertThat(at(half, "0.3").prf()).isEqualTo(new Prf(1, 1, 1));
        assertThat(at(half, "0.8").prf()).isEqualTo(new Prf(1, 1, 0));
        assertThat(at(exactlyThreeTenths, "0.3").prf()).isEqualTo(new Prf(1, 1, 0));
    }

    @Test
    void oneToOneAndTheLargestShareWins() {
        QuoteScore score = QuoteScorer.score(List.of(doc(TEXT, List.of(GOLD), List.of(
                quote(TEXT, "abcdefgh", "direct", null, null),
                quote(TEXT, "abcdefghijklmnopqr", "direct", "Ann", null)))));

        assertThat(at(score, "0.3").prf()).isEqualTo(new Prf(1, 2, 1));
        assertThat(at(score, "0.3").speaker()).isEqualTo(new Ratio(1, 1));
        assertThat(score.problems()).extracting(Problem::kind, Problem::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("false-positive", "abcdefgh"));
    }

    @Test
    void speakerRules() {
        QuoteSpan named = quote(TEXT, "abcdefghijklmnopqrst", "direct", null, "Ann Lee");
        QuoteSpan unnamed = quote(TEXT, "abcdefghijklmnopqrst", "indirect", null, null);
        QuoteSpan saysAnn = quote(TEXT, "abcdefghijklmnopqrst", "direct", "Lee", "ann lee");
        QuoteSpan saysNoOne = quote(TEXT, "abcdefghijklmnopqrst", "direct", null, null);
        QuoteSpan saysThen = quote(TEXT, "abcdefghijklmnopqrst", "direct", "Then", "Then");

        assertThat(QuoteScorer.speakerRight(GOLD, saysAnn)).isTrue();
        assertThat(QuoteScorer.speakerRight(GOLD, saysThen)).isFalse();
        assertThat(QuoteScorer.speakerRight(GOLD, saysNoOne)).isFalse();
        assertThat(QuoteScorer.speakerRight(named, saysAnn)).isTrue();
        assertThat(QuoteScorer.speakerRight(named, saysThen)).isFalse();
        assertThat(QuoteScorer.speakerRight(unnamed, saysNoOne)).isTrue();
        assertThat(QuoteScorer.speakerRight(unnamed, saysAnn)).isFalse();
    }

    @Test
    void byKindCountsAMatchOnlyWhenTheKindsAgree() {
        String text = "abcdefghij klmnopqrst uvwxyz";
        QuoteScore score = QuoteScorer.score(List.of(doc(text,
                List.of(quote(text, "abcdefghij", "direct", null, null), quote(text, "klmnopqrst", "mixed", null, null)),
                List.of(quote(text, "abcdefghij", "direct", null, null), quote(text, "klmnopqrst", "indirect", null, null)))));

        QuoteScore.Level level = at(score, "0.3");
        assertThat(level.prf()).isEqualTo(new Prf(2, 2, 2));
        assertThat(level.kind()).isEqualTo(new Ratio(1, 2));
        assertThat(level.byKind()).containsOnlyKeys("direct", "mixed");
        assertThat(level.byKind().get("direct")).isEqualTo(new Prf(1, 1, 1));
        assertThat(level.byKind().get("mixed")).isEqualTo(new Prf(1, 0, 0));
    }

    @Test
    void emptyLayers() {
        QuoteScore score = QuoteScorer.score(List.of(doc(TEXT, List.of(), List.of())));

        assertThat(at(score, "0.8").prf()).isEqualTo(new Prf(0, 0, 0));
        assertThat(at(score, "0.8").speaker().fraction()).isNull();
    }
}
