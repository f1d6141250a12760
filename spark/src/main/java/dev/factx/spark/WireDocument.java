package dev.factx.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factx.facts.DocumentDate;
import dev.factx.input.Document;
import dev.factx.input.DocumentException;
import dev.factx.input.Input;
import dev.factx.output.Json;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@link Input} as it crosses the shuffle between reading and extraction: Document is not
 * Serializable, and its metadata (JSON values) travels as JSON text, which reads back to the
 * same values and so to the same output bytes.
 */
record WireDocument(String id, String source, String text, String date, String dateFrom, String title,
                    String metadata, String errorType, String errorMessage) implements Serializable {

    static WireDocument of(Input input) {
        if (!input.ok()) {
            return new WireDocument(input.id(), input.source(), null, null, null, null, null,
                    input.error().type(), input.error().getMessage());
        }
        Document doc = input.document();
        DocumentDate date = doc.date();
        return new WireDocument(doc.id(), doc.source(), doc.text(), date == null ? null : date.value().toString(),
                date == null ? null : date.from(), doc.title(), metadataJson(doc.metadata()), null, null);
    }

    Input toInput() {
        if (errorType != null) {
            return Input.failed(id, source, new DocumentException(errorType, errorMessage));
        }
        DocumentDate documentDate = date == null ? null : new DocumentDate(LocalDate.parse(date), dateFrom);
        return Input.of(new Document(id, source, text, documentDate, title, metadataMap(metadata)));
    }

    private static String metadataJson(Map<String, Object> metadata) {
        try {
            return Json.mapper().writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the metadata of a document as JSON", e);
        }
    }

    private static Map<String, Object> metadataMap(String json) {
        ObjectNode node;
        try {
            node = (ObjectNode) Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read back the metadata of a document", e);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> map.put(field.getKey(), (JsonNode) field.getValue()));
        return map;
    }
}
