package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NonSpeechTest {

    @Test
    void aStageDirectionInATranscriptIsNoQuote() {
        String text = "\"KAINE: We will stand by our allies and —.\n\n\"(CROSSTALK.)\n\n"
                + "\"PENCE: Let me finish, senator.\"";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text)
                .containsExactly("We will stand by our allies and —.", "Let me finish, senator.");
    }

    @Test
    void theWritersSignOffIsNoQuote() {
        String text = "The senator spoke for an hour in Des Moines.\n\n\"Follow Jane Doe on Twitter @janedoe.\"";

        assertThat(ExtractedQuotes.of(text)).isEmpty();
    }

    @Test
    void theParagraphsAfterATranscriptLineAreTheSameSpeakersAnswer() {
        String text = "\"WALLACE: Is that fair?\n\n\"PENCE: Well, look, that is a fair question.\n\n"
                + "\"But the truth is that the campaign is about the issues.\"";

        assertThat(ExtractedQuotes.of(text)).last().satisfies(q -> {
            assertThat(q.text()).startsWith("Well, look").endsWith("about the issues.");
            assertThat(q.speaker().text()).isEqualTo("PENCE");
        });
    }
}
