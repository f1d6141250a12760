package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnpublishedDocumentsTest {

    @Test
    void plansNotUnveiledSayNothing() {
        String text = "Trump did not unveil plans to pay for the expansion.";

        assertThat(ExtractedQuotes.of(text)).isEmpty();
    }

    @Test
    void returnsThatMightHaveBeenReleasedSayNothing() {
        String text = "It would have been far better if Mr. Trump had released the returns during the primaries.";

        assertThat(ExtractedQuotes.of(text)).isEmpty();
    }

    @Test
    void releasedReturnsAreWhatTheyReport() {
        String text = "Mitt Romney released his returns in 2012, even though they exposed his foreign bank accounts.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text)
                .contains("his returns in 2012, even though they exposed his foreign bank accounts");
    }
}
