package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class QuotedLeadInsTest {

    @Test
    void theWritersLeadInBelongsToAFragmentAttributedAfterIt() {
        List<Quote> found = ExtractedQuotes.of("The senator's record is long. However costly the program, raising "
                + "the payroll tax \"is the wrong way to pay for it,\" Mr. Daniels said.");

        assertThat(found).extracting(Quote::kind, Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("partial",
                        "However costly the program, raising the payroll tax \"is the wrong way to pay for it,", "Mr. Daniels"));
    }

    @Test
    void aQuotationThatOpensItsSentenceStaysAsItIs() {
        List<Quote> found = ExtractedQuotes.of("\"We will win this state,\" the governor said on Tuesday.");

        assertThat(found).extracting(Quote::text).containsExactly("We will win this state,");
    }
}
