package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class HearsayAdverbsTest {

    @Test
    void aClauseToldAtSecondHandHasNoSpeaker() {
        List<Quote> found = ExtractedQuotes.of("The officer fired after the driver allegedly reached for a gun in his glove box.");

        assertThat(found).extracting(Quote::text, Quote::cue, Quote::speaker)
                .containsExactly(tuple("the driver allegedly reached for a gun in his glove box", "allegedly", null));
    }

    @Test
    void anAdverbOfLikelihoodIsNoHearsay() {
        assertThat(ExtractedQuotes.of("The council probably approved the budget on Monday.")).isEmpty();
    }
}
