package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class QuotationAfterReportTest {

    @Test
    void anUnattributedQuotationGoesOnWithTheReportBeforeIt() {
        List<Quote> found = ExtractedQuotes.of("The talks may stall until the spring, Senator Ann Lee said. "
                + "“Nobody wants to move first.”");

        assertThat(found).extracting(Quote::kind, Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("partial",
                        "The talks may stall until the spring, Senator Ann Lee said. “Nobody wants to move first.”",
                        "Senator Ann Lee"));
    }

    @Test
    void aQuotationWithAnAttributionOfItsOwnStandsAlone() {
        List<Quote> found = ExtractedQuotes.of("Senator Ann Lee said the talks may stall until the spring. "
                + "“Nobody wants to move first,” she added.");

        assertThat(found).extracting(Quote::kind, Quote::text)
                .containsExactly(tuple("indirect", "the talks may stall until the spring"),
                        tuple("direct", "Nobody wants to move first,"));
    }
}
