package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatedReportsTest {

    @Test
    void theAttributionInsideADirectQuotationIsNoSecondQuote() {
        String text = "The woman's enthusiasm for Trump is recorded in detail:\n\n"
                + "“Here comes Big Daddy,” she said, clapping. “The Donald. Big Daddy.”";

        assertThat(ExtractedQuotes.of(text)).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo("direct");
            assertThat(q.speaker().text()).isEqualTo("she");
        });
    }

    @Test
    void aReportCutShortIsPartOfTheWholeOne() {
        String text = "Clinton says she hopes to be elected president, but she knows that “LeBron will always be the king.”";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text)
                .containsExactly("she hopes to be elected president, but she knows that “LeBron will always be the king.");
    }
}
