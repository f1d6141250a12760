package dev.factx.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.factx.output.Json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the JSON rules format; every message names the rule ("rules[2]") and the field. */
final class RulesParser {
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "document-date", Set.of(),
            "quote-speaker", Set.of("kinds"),
            "min-count", Set.of("layer", "min", "where", "scope"),
            "present", Set.of("document", "layer", "where"),
            "absent", Set.of("document", "layer", "where"),
            "no-errors", Set.of());
    private static final Set<String> QUOTE_KINDS = Set.of("direct", "partial", "indirect");

    private RulesParser() {
    }

    static List<Rule> parse(String json) throws RulesException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new RulesException("not valid JSON: line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("rules").isArray()) {
            throw new RulesException("expected an object with a \"rules\" array: {\"rules\": [{\"rule\": \"no-errors\"}]}");
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < root.get("rules").size(); i++) {
            Rule rule = rule(root.get("rules").get(i), "rules[" + i + "]");
            if (!names.add(rule.name())) {
                throw new RulesException("rules[" + i + "]: a second rule named '" + rule.name() + "'; give it a \"name\"");
            }
            rules.add(rule);
        }
        return rules;
    }

    private static Rule rule(JsonNode node, String at) throws RulesException {
        if (!node.isObject() || !node.path("rule").isTextual()) {
            throw new RulesException(at + ": expected an object with a \"rule\" field, one of " + kinds());
        }
        String kind = node.get("rule").asText();
        Set<String> allowed = FIELDS.get(kind);
        if (allowed == null) {
            throw new RulesException(at + ": unknown rule '" + kind + "'; expected one of " + kinds());
        }
        for (String field : (Iterable<String>) node::fieldNames) {
            if (!field.equals("rule") && !field.equals("name") && !allowed.contains(field)) {
                throw new RulesException(at + ": " + kind + " has no field '" + field + "'; it takes "
                        + String.join(", ", fieldsOf(allowed)));
            }
        }
        String name = node.path("name").isTextual() ? node.get("name").asText() : null;
        return switch (kind) {
            case "document-date" -> new DocumentDateRule(orDefault(name, kind));
            case "quote-speaker" -> quoteSpeaker(node, at, name);
            case "min-count" -> minCount(node, at, name);
            case "present", "absent" -> presence(node, at, name, kind.equals("present"));
            default -> new NoErrorsRule(orDefault(name, kind));
        };
    }

    private static Rule quoteSpeaker(JsonNode node, String at, String name) throws RulesException {
        Set<String> kinds = new HashSet<>();
        if (!node.has("kinds")) {
            kinds.add("direct");
        } else if (node.get("kinds").isArray() && !node.get("kinds").isEmpty()) {
            for (JsonNode kind : node.get("kinds")) {
                if (!QUOTE_KINDS.contains(kind.asText())) {
                    throw new RulesException(at + ".kinds: unknown quote kind '" + kind.asText()
                            + "'; expected direct, partial or indirect");
                }
                kinds.add(kind.asText());
            }
        } else {
            throw new RulesException(at + ".kinds: expected a list such as [\"direct\", \"partial\"]");
        }
        String label = "quote-speaker " + String.join(",", kinds.stream().sorted().toList());
        return new QuoteSpeakerRule(orDefault(name, label), kinds);
    }

    private static Rule minCount(JsonNode node, String at, String name) throws RulesException {
        String layer = layer(node, at);
        JsonNode min = node.path("min");
        if (!min.canConvertToLong() || !min.isIntegralNumber() || min.asLong() < 0) {
            throw new RulesException(at + ".min: expected a whole number of at least 0");
        }
        String scope = node.path("scope").asText("document");
        if (!scope.equals("document") && !scope.equals("corpus")) {
            throw new RulesException(at + ".scope: expected \"document\" or \"corpus\", was '" + scope + "'");
        }
        Where where = where(node, at);
        boolean corpus = scope.equals("corpus");
        String label = "min-count " + (corpus ? "corpus " : "") + layer
                + (where.fields().isEmpty() ? "" : " with " + where.describe()) + " >= " + min.asLong();
        return new MinCountRule(orDefault(name, label), layer, min.asLong(), where, corpus);
    }

    private static Rule presence(JsonNode node, String at, String name, boolean present) throws RulesException {
        String layer = layer(node, at);
        Where where = where(node, at);
        if (where.fields().isEmpty()) {
            throw new RulesException(at + ".where: say which fact, e.g. {\"name\": \"Vladimir Putin\", \"type\": \"PERSON\"}");
        }
        String document = null;
        if (node.has("document")) {
            if (!node.get("document").isTextual() || node.get("document").asText().isBlank()) {
                throw new RulesException(at + ".document: expected a document name or id");
            }
            document = node.get("document").asText();
        }
        String label = (present ? "present " : "absent ") + layer + " with " + where.describe()
                + (document == null ? "" : " in " + document);
        return new PresenceRule(orDefault(name, label), document, layer, where, present);
    }

    private static String layer(JsonNode node, String at) throws RulesException {
        String layer = node.path("layer").asText("");
        if (!Layers.isLayer(layer)) {
            throw new RulesException(at + ".layer: expected one of " + String.join(", ", Layers.ALL)
                    + (layer.isEmpty() ? "" : ", was '" + layer + "'"));
        }
        return layer;
    }

    private static Where where(JsonNode node, String at) throws RulesException {
        if (!node.has("where")) {
            return Where.ANY;
        }
        if (!node.get("where").isObject()) {
            throw new RulesException(at + ".where: expected an object of field values, e.g. {\"type\": \"PERSON\"}");
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        node.get("where").fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
        for (Map.Entry<String, JsonNode> e : fields.entrySet()) {
            if (e.getValue().isContainerNode()) {
                throw new RulesException(at + ".where." + e.getKey() + ": expected a string, number, boolean or null");
            }
        }
        return new Where(fields);
    }

    private static List<String> fieldsOf(Set<String> allowed) {
        List<String> fields = new ArrayList<>(List.of("\"name\""));
        allowed.stream().sorted().map(f -> "\"" + f + "\"").forEach(fields::add);
        return fields;
    }

    private static String orDefault(String name, String label) {
        return name != null ? name : label;
    }

    private static String kinds() {
        return String.join(", ", FIELDS.keySet().stream().sorted().toList());
    }
}
