package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnmadeAccusationsTest {

    @Test
    void anAccusationNeverMadeReportsNothing() {
        String text = "The developer has never been charged with any wrongdoing, but the audit raised questions.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::cue).doesNotContain("charged");
    }

    @Test
    void neitherNorDeniesTheAccusation() {
        String text = "Neither the mayor nor his aides have been accused of breaking any law in the contract dispute.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::cue).doesNotContain("accused");
    }

    @Test
    void anAccusationMadeIsReported() {
        String text = "The developer was accused of using $50 million for personal expenses, including a condominium.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text)
                .containsExactly("The developer was accused of using $50 million for personal expenses");
    }
}
