package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotedTitlesTest {

    @Test
    void aTitleAfterANounForAWorkIsNoQuote() {
        String text = "In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. McKinley suggested saving early.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text).containsExactly("saving early");
    }

    @Test
    void aShowNamedInTitleCaseIsNoQuote() {
        String text = "In an interview on CBS's \"Face the Nation,\" House Speaker Paul D. Ryan said the "
                + "officers acted within the law.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text)
                .containsExactly("the officers acted within the law");
    }

    @Test
    void aNicknameBetweenFirstAndLastNameIsNoQuote() {
        String text = "At the farm his family has kept for 40 years, Rep. Robert C. \"Bobby\" Scott threw open the doors.";

        assertThat(ExtractedQuotes.of(text)).isEmpty();
    }

    @Test
    void aQuotationThatOpensTheSentenceStaysAQuote() {
        String text = "\"Face the facts,\" the mayor said.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::kind, Quote::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("direct", "Face the facts,"));
    }
}
