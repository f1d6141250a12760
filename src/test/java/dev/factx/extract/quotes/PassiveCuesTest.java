package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class PassiveCuesTest {

    @Test
    void aViewReportedWithNobodyNamedHasNoSpeaker() {
        List<Quote> found = ExtractedQuotes.of("The mayor was accused of using city funds for personal travel.");

        assertThat(found).extracting(Quote::text, Quote::cue, Quote::speaker)
                .containsExactly(tuple("The mayor was accused of using city funds for personal travel", "accused", null));
    }

    @Test
    void aCommaBeforeASubjectAndItsVerbEndsTheView() {
        List<Quote> found = ExtractedQuotes.of("Although the missile is not thought to be capable of reaching Alaska, "
                + "it is considered a threat to South Korea.");

        assertThat(found).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("the missile is not thought to be capable of reaching Alaska", null),
                tuple("it is considered a threat to South Korea", null));
    }

    @Test
    void aPassiveWithoutItsComplementReportsNothing() {
        List<Quote> found = ExtractedQuotes.of("The new stadium was expected by the end of the year.");

        assertThat(found).isEmpty();
    }
}
