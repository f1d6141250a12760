package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnfinishedContentsTest {

    @Test
    void aContentEndingInAColonIntroducesWhatFollows() {
        String text = "MSNBC suggested that Clinton has the following tasks ahead of her tonight:\n\n"
                + "Sell her presidency. Show humility.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text)
                .doesNotContain("that Clinton has the following tasks ahead of her tonight:");
    }

    @Test
    void aThatClauseCutBeforeItsVerbIsNoContent() {
        String text = "The Republican nominee continues to insist, most recently in a Labor Day interview with ABC News, "
                + "that he really, really wants to release his taxes but can't because he is being audited.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text).doesNotContain("that he really");
    }
}
