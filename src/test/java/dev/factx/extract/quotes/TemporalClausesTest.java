package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemporalClausesTest {

    @Test
    void aClauseSayingWhenIsNoReport() {
        String text = "The morning Mr. Obama unveiled the final version of the Clean Power Plan last year, "
                + "he summoned his senior climate adviser, Brian Deese, to the Oval Office.";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text)
                .noneMatch(t -> t.startsWith("the final version"));
    }
}
