package dev.factx.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factx.facts.DateFact;
import dev.factx.facts.DocumentDate;
import dev.factx.facts.DocumentFacts;
import dev.factx.facts.Entity;
import dev.factx.facts.ErrorRecord;
import dev.factx.facts.Mention;
import dev.factx.facts.Quantity;
import dev.factx.facts.Quote;
import dev.factx.facts.Stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Hand-built documents for the check tests, so they need no NLP. */
final class Docs {
    static final String TEXT = "Paul Keating said on Tuesday: \"We want 15 percent.\" The union agreed.";

    private Docs() {
    }

    static Entity keating(int count) {
        return new Entity("e1", "Paul Keating", "PERSON", count, 0, 0.9, List.of(new Mention("Paul Keating", 0, 12)));
    }

    static DateFact tuesday(String value) {
        return new DateFact("Tuesday", 21, 28, "DATE", value, null, true, null, null);
    }

    static Quantity percent(String value) {
        return new Quantity("15 percent", 39, 49, "percent", "%", new BigDecimal(value), null, null, null, null,
                null, null, null, null);
    }

    static Quote quote(Quote.Speaker speaker) {
        return new Quote("We want 15 percent.", 31, 50, "direct", "said", speaker);
    }

    static Quote.Speaker speaker() {
        return new Quote.Speaker("Paul Keating", "e1", "Paul Keating", 0, 12);
    }

    static DocumentFacts facts(String id, LocalDate date, List<Entity> entities, List<DateFact> dates,
                               List<Quantity> quantities, List<Quote> quotes) {
        return new DocumentFacts(DocumentFacts.SCHEMA, id, "corpus/" + id + ".txt",
                date == null ? null : new DocumentDate(date, DocumentDate.FROM_FILENAME), null, null,
                new Stats(TEXT.length(), 2, 18), entities, dates, quantities, quotes);
    }

    /** A document every rule in the tests holds for. */
    static DocumentFacts strike() {
        return facts("strike", LocalDate.of(2024, 3, 12), List.of(keating(1)), List.of(tuesday("2024-03-12")),
                List.of(percent("15")), List.of(quote(speaker())));
    }

    static JsonNode tree(Object record) {
        return Snapshots.normalize(record);
    }

    static JsonNode error(String id) {
        return Snapshots.normalize(new ErrorRecord(id, "corpus/" + id + ".txt", "not-found", "no such file"));
    }
}
