package dev.factx.extract.quotes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SayingIdiomsTest {

    @Test
    void itGoesWithoutSayingIsTheWritersOwnVoice() {
        String text = "It goes without saying that raising taxes on the rich is anathema to Republicans.";

        assertThat(ExtractedQuotes.of(text)).isEmpty();
    }
}
