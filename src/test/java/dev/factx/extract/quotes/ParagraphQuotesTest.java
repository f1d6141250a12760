package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphQuotesTest {

    @Test
    void aParagraphOfQuotationGoesOnWithTheSpeakerOfThePreviousParagraph() {
        String text = "“No one is writing songs for Hillary. Hillary has nobody like that,” he said.\n\n"
                + "“Right now, the vote is against Trump. It’s not for Hillary.”";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text, q -> q.speaker().text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "No one is writing songs for Hillary. Hillary has nobody like that,", "he"),
                        org.assertj.core.groups.Tuple.tuple("Right now, the vote is against Trump. It’s not for Hillary.", "he"));
    }

    @Test
    void aQuotationInsideTheWritersParagraphIsNotCarriedOn() {
        String text = "“We will win,” he said.\n\nCritics called the plan “a fantasy” on Monday.";

        assertThat(ExtractedQuotes.of(text)).filteredOn(q -> !q.text().equals("We will win,"))
                .allSatisfy(q -> assertThat(q.speaker() == null ? null : q.speaker().text()).isNotEqualTo("he"));
    }
}
