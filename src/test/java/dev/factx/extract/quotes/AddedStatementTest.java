package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class AddedStatementTest {

    @Test
    void addingAfterAQuotationIsSaidByTheQuotationsSpeaker() {
        List<Quote> found = ExtractedQuotes.of("“The plan is dead,” the senator said, adding that the governor "
                + "had no votes left in the chamber.");

        assertThat(found).extracting(Quote::kind, Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("direct", "The plan is dead,", "senator"),
                        tuple("indirect", "that the governor had no votes left in the chamber", "senator"));
    }

    @Test
    void addingAfterAToldAttribution() {
        List<Quote> found = ExtractedQuotes.of("“We will not back down from this fight,” the mayor told reporters, "
                + "adding that the vote would come next week.");

        assertThat(found).extracting(Quote::kind, Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("direct", "We will not back down from this fight,", "mayor"),
                        tuple("indirect", "that the vote would come next week", "mayor"));
    }
}
