package dev.factx.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factx.facts.DocumentDate;
import dev.factx.facts.FactKind;
import dev.factx.input.Document;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One POST /extract: the document and the kinds of fact wanted (empty: all the server loaded).
 * The JSON body has the shape of a {@link Document} plus "only"; "date" is either
 * "YYYY-MM-DD" or the output's {"value":..,"from":..}.
 */
record ExtractRequest(Document document, Set<FactKind> only) {
    static final String DEFAULT_ID = "request";

    static ExtractRequest fromJson(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new BadRequestException("the body must be a JSON object with a \"text\" field");
        }
        JsonNode text = body.get("text");
        if (text == null || !text.isTextual()) {
            throw new BadRequestException("\"text\" must be a string");
        }
        String id = string(body, "id", DEFAULT_ID);
        Document doc = new Document(id, string(body, "source", id), text.asText(), date(body.get("date")),
                string(body, "title", null), metadata(body.get("metadata")));
        return new ExtractRequest(doc, kinds(body.get("only")));
    }

    /** A text/plain body; id, date and only come from the query string. */
    static ExtractRequest fromText(String text, Map<String, String> query) {
        String id = query.getOrDefault("id", DEFAULT_ID);
        String date = query.get("date");
        DocumentDate documentDate = date == null ? null : new DocumentDate(parseDate(date), DocumentDate.FROM_OPTION);
        String only = query.get("only");
        Set<FactKind> kinds = only == null ? Set.of() : parseKinds(List.of(only.split(",")));
        return new ExtractRequest(new Document(id, id, text, documentDate, null, Map.of()), kinds);
    }

    private static String string(JsonNode body, String field, String fallback) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isTextual()) {
            throw new BadRequestException("\"" + field + "\" must be a string");
        }
        return node.asText();
    }

    private static DocumentDate date(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return new DocumentDate(parseDate(node.asText()), DocumentDate.FROM_OPTION);
        }
        if (node.isObject() && node.path("value").isTextual()) {
            String from = node.path("from").isTextual() ? node.get("from").asText() : DocumentDate.FROM_OPTION;
            return new DocumentDate(parseDate(node.get("value").asText()), from);
        }
        throw new BadRequestException("\"date\" must be \"YYYY-MM-DD\" or {\"value\": \"YYYY-MM-DD\", \"from\": ..}");
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("date '" + value + "' is not YYYY-MM-DD");
        }
    }

    private static Map<String, Object> metadata(JsonNode node) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new BadRequestException("\"metadata\" must be an object");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private static Set<FactKind> kinds(JsonNode node) {
        if (node == null || node.isNull()) {
            return Set.of();
        }
        if (!node.isArray()) {
            throw new BadRequestException("\"only\" must be an array such as [\"entities\", \"dates\"]");
        }
        List<String> keys = new java.util.ArrayList<>();
        for (JsonNode k : node) {
            if (!k.isTextual()) {
                throw new BadRequestException("\"only\" must hold strings");
            }
            keys.add(k.asText());
        }
        return parseKinds(keys);
    }

    private static Set<FactKind> parseKinds(List<String> keys) {
        Set<FactKind> kinds = EnumSet.noneOf(FactKind.class);
        for (String key : keys) {
            try {
                kinds.add(FactKind.fromKey(key));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(e.getMessage());
            }
        }
        return kinds;
    }
}
