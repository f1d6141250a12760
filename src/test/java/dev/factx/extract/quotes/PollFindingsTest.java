package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class PollFindingsTest {

    @Test
    void anOpeningPollIsTheSourceOfTheClauseAfterIt() {
        List<Quote> found = ExtractedQuotes.of("In this poll, the governor gained 2 points since the debate.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the governor gained 2 points since the debate", "In", "this poll"));
    }

    @Test
    void aClosingEstimateIsTheSourceOfTheClauseBeforeIt() {
        List<Quote> found = ExtractedQuotes.of("About 40,000 acres of farmland were flooded last spring, by one estimate.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("About 40,000 acres of farmland were flooded last spring", "one estimate"));
    }

    @Test
    void aPollInsideTheClauseIsNoSource() {
        List<Quote> found = ExtractedQuotes.of("Her support fell from 58 percent in the last poll to 55 percent now.");

        assertThat(found).isEmpty();
    }
}
