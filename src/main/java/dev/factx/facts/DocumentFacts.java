package dev.factx.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * Everything factx found in one document. A layer that was not asked for is null and left out
 * of the JSON; a layer that was asked for but found nothing is an empty list.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schema", "id", "source", "documentDate", "title", "metadata", "stats",
        "entities", "dates", "quantities", "quotes"})
public record DocumentFacts(String schema, String id, String source, DocumentDate documentDate,
                            String title, Map<String, Object> metadata, Stats stats,
                            List<Entity> entities, List<DateFact> dates, List<Quantity> quantities,
                            List<Quote> quotes) {

    public static final String SCHEMA = "factx/1";
}
