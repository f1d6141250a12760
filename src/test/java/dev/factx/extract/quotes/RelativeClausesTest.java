package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeClausesTest {

    @Test
    void aRelativeClauseOfTheNounBeforeIsNoContent() {
        String text = "German Chancellor Angela Merkel told reporters after the day-long meeting "
                + "that was held in part on a pleasure boat that cruised down the Danube.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text)
                .noneMatch(t -> t.startsWith("that was held"));
    }

    @Test
    void aClauseAfterTheAddresseeIsWhatWasTold() {
        String text = "Clinton told the debate audience that she believes we must continue to push those policies.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text)
                .containsExactly("that she believes we must continue to push those policies");
    }
}
