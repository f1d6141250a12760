package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrailingAttributionTest {

    @Test
    void aSentenceThatEndsWithItsAttributionIsThatSpeakersWhole() {
        String text = "Clinton had told police officials that she didn't want the escort at all, "
                + "but the NYPD overruled that request, the source added.";

        assertThat(ExtractedQuotes.of(text)).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Clinton had told police officials that she didn't want the escort at all, "
                    + "but the NYPD overruled that request");
            assertThat(q.cue()).isEqualTo("added");
            assertThat(q.speaker().text()).isEqualTo("source");
        });
    }

    @Test
    void aSpeakerWithAPrepositionalPhraseEndsTheAttribution() {
        String text = "Scott's relatives, who asked authorities to show them video of the shooting, "
                + "watched it on Thursday, attorneys for the family said.";

        assertThat(ExtractedQuotes.of(text)).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("Scott's relatives").endsWith("watched it on Thursday");
            assertThat(q.speaker().text()).isEqualTo("family");
        });
    }

    @Test
    void aRelativeClauseAfterTheCommaIsNoAttribution() {
        String text = "Republicans said they only learned on Friday of the arrangements and disclosed them to the AP, "
                + "which first reported the story.";

        // The relative clause reports only its own object, not the sentence before it.
        assertThat(ExtractedQuotes.of(text)).filteredOn(q -> q.speaker().text().equals("which"))
                .extracting(Quote::text).containsExactly("the story");
    }
}
