package dev.factx.eval;

import dev.factx.facts.DateFact;
import dev.factx.facts.DocumentFacts;
import dev.factx.facts.Entity;
import dev.factx.facts.Mention;
import dev.factx.facts.Quantity;
import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FactsAdapterTest {
    @Test
    void entityMentionsWithConllTypes() {
        List<EntitySpan> spans = FactsAdapter.entities(List.of(
                new Entity("e1", "United States", "COUNTRY", 2, 0, 1.0, null,
                        List.of(new Mention("US", 0, 2), new Mention("United States", 10, 23))),
                new Entity("e2", "president", "TITLE", 1, 30, 0.5, null, List.of(new Mention("president", 30, 39)))));

        assertThat(spans).containsExactly(new EntitySpan(0, 2, "US", "LOCATION"),
                new EntitySpan(10, 23, "United States", "LOCATION"));
    }

    @Test
    void aRangeIsItsTwoNumbersOnTheRangesSpan() {
        Quantity range = new Quantity("500 to 5,500 km", 4, 19, "length", "km", null, new BigDecimal("500"),
                new BigDecimal("5500"), null, null, null, null, null, null);

        assertThat(FactsAdapter.quantities(List.of(range))).containsExactly(
                new QuantitySpan(4, 19, "500 to 5,500 km", "length", new BigDecimal("500"), "km"),
                new QuantitySpan(4, 19, "500 to 5,500 km", "length", new BigDecimal("5500"), "km"));
    }

    @Test
    void aDateRangeIsItsTwoEndsOnTheRangesSpanAndADurationStaysOne() {
        List<DateFact> dates = List.of(
                new DateFact("from 1987 to 2002", 8, 25, "DURATION", "P15Y", null, false, "1987", "2002"),
                new DateFact("the past 20 years", 40, 57, "DURATION", "P20Y", null, false, null, null));

        assertThat(FactsAdapter.timexes(dates)).containsExactly(
                new TimexSpan(8, 25, "from 1987 to 2002", "DATE", "1987"),
                new TimexSpan(8, 25, "from 1987 to 2002", "DATE", "2002"),
                new TimexSpan(40, 57, "the past 20 years", "DURATION", "P20Y"));
    }

    @Test
    void partialQuotesAreMixedAndKeepTheirSpeaker() {
        Quote quote = new Quote("rogue states", 10, 22, "partial", "called",
                new Quote.Speaker("Vladimir Putin", "e1", "Putin", 0, 5));
        DocumentFacts facts = new DocumentFacts(DocumentFacts.SCHEMA, "d", "d", null, null, null, null,
                null, null, null, List.of(quote));

        Annotations annotations = FactsAdapter.toAnnotations(facts);

        assertThat(annotations.entities()).isNull();
        assertThat(annotations.quotes()).containsExactly(new QuoteSpan(10, 22, "rogue states", "mixed",
                new QuoteSpan.Mention(0, 5, "Putin"), "Vladimir Putin"));
    }
}
