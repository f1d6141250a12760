package dev.factx.extract.quotes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteMarksTest {

    @Test
    void curlyStraightAndGuillemetQuotesWithApostrophesInside() {
        String text = "He said “it’s over” and \"done\", then «fini» and ‘Russia’s turn’.";

        assertThat(QuoteMarks.find(text)).extracting(p -> text.substring(p.start(), p.end()))
                .containsExactly("it’s over", "done", "fini", "Russia’s turn");
    }

    @Test
    void aQuotationOpenAtTheEndOfAParagraphClosesThere() {
        String text = "“The first paragraph runs on.\n\n“And the second ends it,” he said.";

        assertThat(QuoteMarks.find(text)).extracting(QuoteMarks.Passage::closed, p -> text.substring(p.start(), p.end()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, "The first paragraph runs on."),
                        org.assertj.core.groups.Tuple.tuple(true, "And the second ends it,"));
    }

    @Test
    void twoApostrophesQuoteAsTheNewYorkTimesArchiveDoes() {
        String text = "''It's anti-reform,'' said Mr. Holtz-Eakin, who called it ''smart.'' The students' union agreed.";

        assertThat(QuoteMarks.find(text)).extracting(p -> text.substring(p.start(), p.end()))
                .containsExactly("It's anti-reform,", "smart.");
    }

    @Test
    void curlyQuotesNestedInAStraightQuotation() {
        String text = "\"He thinks this is an episode of “Shark Tank.” It is not,\" she said.";

        assertThat(QuoteMarks.find(text)).extracting(p -> text.substring(p.start(), p.end()))
                .containsExactly("He thinks this is an episode of “Shark Tank.” It is not,");
    }

    @Test
    void primesAndApostrophesAreNotQuotes() {
        assertThat(QuoteMarks.find("the U.S.′ missile defense and Russia’s participation")).isEmpty();
    }

    @Test
    void aClosingMarkThatOpensAParagraphOpensAQuotation() {
        String text = "Readers wrote in.\n\n”The debate changed my mind. I will vote.” ― Ana Ruiz.";

        assertThat(QuoteMarks.find(text)).extracting(p -> text.substring(p.start(), p.end()))
                .containsExactly("The debate changed my mind. I will vote.");
    }

    @Test
    void aQuotationInsideACurlyQuotationClosesItselfAndANewLineOpeningAnotherEndsTheFirst() {
        String text = "“I’d rather live in what he calls “hell” than vote for him.” ― Ana Ruiz\n"
                + "“We can’t go on like this. It is not who we are.\n“Nobody should be surprised,” she said.";

        assertThat(QuoteMarks.find(text)).extracting(QuoteMarks.Passage::closed, p -> text.substring(p.start(), p.end()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, "I’d rather live in what he calls “hell” than vote for him."),
                        org.assertj.core.groups.Tuple.tuple(false, "We can’t go on like this. It is not who we are."),
                        org.assertj.core.groups.Tuple.tuple(true, "Nobody should be surprised,"));
    }
}
