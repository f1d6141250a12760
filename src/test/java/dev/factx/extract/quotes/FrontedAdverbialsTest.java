package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrontedAdverbialsTest {

    @Test
    void aClauseOfTimeBeforeTheSubjectIsNoContent() {
        String text = "But when Congress cut funding for the pilot program two years later, Mexico said enough.";

        assertThat(ExtractedQuotes.of(text)).isEmpty();
    }

    @Test
    void aPrepositionalPhraseBeforeTheSubjectIsNoContent() {
        String text = "In her 2003 book, Living History, Clinton noted the clot's existence.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text).doesNotContain("In her 2003 book, Living History");
    }

    @Test
    void aConditionWithItsMainClauseStaysContent() {
        String text = "If this argument fails to persuade, Mr. Castañeda argues, there are other tools in the toolbox.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text)
                .anyMatch(t -> t.startsWith("If this argument fails to persuade"));
    }

    @Test
    void aParticiplePhraseBeforeTheSubjectIsNoContent() {
        String text = "In defeat, the president appeared cowed. Campaigning against Mitt Romney in 2012, "
                + "he barely mentioned climate change.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text)
                .doesNotContain("Campaigning against Mitt Romney in 2012");
    }

    @Test
    void aGerundSubjectWithItsVerbStaysContent() {
        String text = "Raising taxes on the middle class would hurt growth, the senator said.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text)
                .containsExactly("Raising taxes on the middle class would hurt growth");
    }
}
