package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class StanceAdjectivesTest {

    @Test
    void anImpersonalItNamesNobody() {
        List<Quote> found = ExtractedQuotes.of("By now it should be obvious that the returns matter to voters.");

        assertThat(found).extracting(Quote::text, Quote::cue, Quote::speaker)
                .containsExactly(tuple("that the returns matter to voters", "obvious", null));
    }

    @Test
    void anImpersonalItAfterItsVerb() {
        List<Quote> found = ExtractedQuotes.of("Nor is it clear that further sanctions would deter the regime.");

        assertThat(found).extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("that further sanctions would deter the regime", null));
    }

    @Test
    void anImpersonalItWithABareClause() {
        List<Quote> found = ExtractedQuotes.of("It was clear the campaign is trying to reach young voters in Ohio.");

        assertThat(found).extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("the campaign is trying to reach young voters in Ohio", null));
    }
}
