package dev.factx.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.factx.eval.Spans.doc;
import static dev.factx.eval.Spans.timex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimexScorerTest {
    private static final String TEXT = "On Friday, March 3 and for two weeks, then daily.";
    private static final List<TimexSpan> GOLD = List.of(
            timex(TEXT, "Friday", "DATE", "2000-03-03"),
            timex(TEXT, "March 3", "DATE", "2000-03-03"),
            timex(TEXT, "two weeks", "DURATION", "P2W"));

    @Test
    void relaxedOneToOneStrictAndValues() {
        List<TimexSpan> predicted = List.of(
                timex(TEXT, "Friday, March 3", "DATE", "2000-03-03"),  // overlaps two gold: takes one, the larger overlap
                timex(TEXT, "for two weeks", "DURATION", "P14D"),     // relaxed match, wrong value
                timex(TEXT, "daily", "SET", "P1D"));                  // false positive

        TimexScore score = TimexScorer.score(List.of(doc(TEXT, GOLD, predicted)));

        assertThat(score.relaxed()).isEqualTo(new Prf(3, 3, 2));
        assertThat(score.strict()).isEqualTo(new Prf(3, 3, 0));
        assertThat(score.value()).isEqualTo(new Ratio(1, 2));
        assertThat(score.type()).isEqualTo(new Ratio(2, 2));
        assertThat(score.valueF1()).isCloseTo(2 / 3.0 * 0.5, within(1e-9));
        assertThat(score.problems()).extracting(Problem::kind, Problem::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("wrong-value", "two weeks"),
                org.assertj.core.groups.Tuple.tuple("false-negative", "Friday"),
                org.assertj.core.groups.Tuple.tuple("false-positive", "daily"));
        assertThat(score.problems().get(0).found()).isEqualTo("DURATION P14D on \"for two weeks\"");
    }

    @Test
    void strictNeedsTheSameSpan() {
        TimexScore score = TimexScorer.score(List.of(doc(TEXT, GOLD, List.of(timex(TEXT, "March 3", "DATE", "2000-03-03")))));

        assertThat(score.strict()).isEqualTo(new Prf(3, 1, 1));
        assertThat(score.valueF1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void theTwoEndsOfARangePairWithTheGoldDatesTheirValuesAgreeWith() {
        String text = "Shares trade from today through Nov. 17.";
        List<TimexSpan> gold = List.of(timex(text, "today", "DATE", "1989-10-27"),
                timex(text, "Nov. 17", "DATE", "1989-11-17"));
        List<TimexSpan> ends = List.of(timex(text, "from today through Nov. 17", "DATE", "1989-10-27"),
                timex(text, "from today through Nov. 17", "DATE", "1989-11-17"));

        TimexScore score = TimexScorer.score(List.of(doc(text, gold, ends)));

        assertThat(score.relaxed()).isEqualTo(new Prf(2, 2, 2));
        assertThat(score.value()).isEqualTo(new Ratio(2, 2));
    }

    @Test
    void aWeekNumberWrittenWithOneDigitIsTheSameWeek() {
        assertThat(TimexScorer.sameValue("2000-W7", "2000-W07")).isTrue();
        assertThat(TimexScorer.sameValue("2000-W7-WE", "2000-W07-WE")).isTrue();
        assertThat(TimexScorer.sameValue("2000-W7", "2000-W17")).isFalse();
        assertThat(TimexScorer.sameValue("2000-W17", "2000-W07")).isFalse();
        assertThat(TimexScorer.sameValue("2000-07", "2000-7")).isFalse();
    }

    @Test
    void nothingAnnotatedNothingPredicted() {
        TimexScore score = TimexScorer.score(List.of(doc(TEXT, List.of(), List.of())));

        assertThat(score.relaxed().f1()).isZero();
        assertThat(score.value().fraction()).isNull();
        assertThat(score.valueF1()).isZero();
    }
}
