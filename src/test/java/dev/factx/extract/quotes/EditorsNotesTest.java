package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditorsNotesTest {

    @Test
    void anEditorsNoteReportsNobody() {
        String text = "The senator said the bill would pass next week.\n\n"
                + "Editor’s note: The governor has repeatedly pledged to veto any tax increase\n"
                + "that reaches his desk.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text)
                .containsExactly("the bill would pass next week");
    }

    @Test
    void aCorrectionReportsNobody() {
        String text = "The Latest: Senate Votes Down the Border Spending Bill\n\n"
                + "Correction: An earlier version of this story misstated the date of the vote.";

        assertThat(ExtractedQuotes.of(text)).isEmpty();
    }

    @Test
    void theArticleGoesOnAfterTheNote() {
        String text = "Editor's note: This story has been updated.\n\n"
                + "The governor said he would veto any tax increase.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text)
                .containsExactly("he would veto any tax increase");
    }
}
