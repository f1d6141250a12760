package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NestedReportsTest {

    @Test
    void aWishInsideAnotherReportIsPartOfIt() {
        String text = "By now it should be obvious that taxpayers want to see the full contract.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text)
                .containsExactly("that taxpayers want to see the full contract");
    }

    @Test
    void anIntentionInsideAnotherReportIsPartOfIt() {
        String text = "It is apparent that the agency wanted to hide the cost overruns from auditors.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text)
                .containsExactly("that the agency wanted to hide the cost overruns from auditors");
    }

    @Test
    void speechInsideAnotherReportIsAQuoteOfItsOwn() {
        String text = "It is clear the governor told reporters that the plan was dead.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text)
                .contains("that the plan was dead");
    }
}
