package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class InterruptedQuotationsTest {

    @Test
    void aQuotationTakenUpAgainAfterItsAttributionIsOneQuote() {
        List<Quote> found = ExtractedQuotes.of("\"I respect the governor,\" he said, but \"on trade, he has been "
                + "wrong for twenty years.\"");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("I respect the governor,\" he said, but \"on trade, he has been wrong for twenty years.\"",
                        "he"));
    }

    @Test
    void aFragmentTakenUpAgainKeepsTheWritersLeadIn() {
        List<Quote> found = ExtractedQuotes.of("Ms. Lopez \"got a generous deal,\" Senator Brown said, and still "
                + "\"kept her seat on the board.\"");

        assertThat(found).extracting(Quote::kind, Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("partial", "Ms. Lopez \"got a generous deal,\" Senator Brown said, and still "
                        + "\"kept her seat on the board.\"", "Senator Brown"));
    }

    @Test
    void aSecondStatementInItsOwnSentenceIsAQuoteOfItsOwn() {
        List<Quote> found = ExtractedQuotes.of("\"I respect the governor,\" he said. \"He has been wrong on trade.\"");

        assertThat(found).extracting(Quote::speaker).doesNotContainNull();
    }
}
