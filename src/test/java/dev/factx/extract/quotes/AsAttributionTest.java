package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class AsAttributionTest {

    @Test
    void asPutItOpeningTheSentenceAttributesWhatFollows() {
        List<Quote> found = ExtractedQuotes.of("As the mayor put it in an interview on Monday, the city is running out of money.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the city is running out of money", "put it", "mayor"));
    }

    @Test
    void asPointedOutInsideTheSentenceAttributesTheWholeSentence() {
        List<Quote> found = ExtractedQuotes.of("The city, as one of the mayor's aides pointed out, rarely gets this much snow in October.");

        assertThat(found).extracting(Quote::text, Quote::cue)
                .containsExactly(tuple("The city, as one of the mayor's aides pointed out, rarely gets this much snow in October",
                        "pointed"));
    }

    @Test
    void asPutItClosingTheSentenceAttributesWhatComesBefore() {
        List<Quote> found = ExtractedQuotes.of("The budget gap is growing quickly, as a Treasury memo put it last year.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("The budget gap is growing quickly", "Treasury memo"));
    }

    @Test
    void asWithAVerbOfNoReportIsNoAttribution() {
        assertThat(ExtractedQuotes.of("As the storm moved north, the governor ordered the coast evacuated.")).isEmpty();
    }
}
