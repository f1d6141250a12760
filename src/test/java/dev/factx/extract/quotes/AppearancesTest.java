package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class AppearancesTest {

    @Test
    void howSomethingSeemsIsAnImpressionWithNoSpeaker() {
        List<Quote> found = ExtractedQuotes.of("Still, the lack of enthusiasm for the mayor among young voters "
                + "seems to be a real problem for his campaign.");

        assertThat(found).extracting(Quote::text, Quote::cue, Quote::speaker).containsExactly(tuple(
                "the lack of enthusiasm for the mayor among young voters seems to be a real problem for his campaign",
                "seems", null));
    }

    @Test
    void aRelativePronounIsTheSubjectOfTheImpression() {
        List<Quote> found = ExtractedQuotes.of("Rather than dwell on whether it is fair to raise the fee -- "
                + "which seems to be a rather divisive question these days -- let's look at how the money is spent.");

        assertThat(found).extracting(Quote::text, Quote::speaker)
                .contains(tuple("which seems to be a rather divisive question these days", null));
    }

    @Test
    void anImpersonalImpressionIsItsThatClause() {
        List<Quote> found = ExtractedQuotes.of("Often, it appeared that the governor was unable to answer the question.");

        assertThat(found).extracting(Quote::text, Quote::cue, Quote::speaker)
                .containsExactly(tuple("that the governor was unable to answer the question", "appeared", null));
    }

    @Test
    void appearingSomewhereIsNoImpression() {
        List<Quote> found = ExtractedQuotes.of("The former governor appeared on CNN on Tuesday morning.");

        assertThat(found).isEmpty();
    }
}
