package dev.factx.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** The fact layers of a document, with the key that identifies a fact across two runs. */
final class Layers {
    static final List<String> ALL = List.of("entities", "dates", "quantities", "quotes");
    private static final int QUOTED = 60;

    private Layers() {
    }

    static boolean isLayer(String name) {
        return ALL.contains(name);
    }

    /**
     * What stays the same when a fact's other fields change, so that a changed value shows as
     * a change, not as a removal and an addition: an entity's name and type, a date's span and
     * text, a quantity's or a quote's span.
     */
    static String key(String layer, JsonNode fact) {
        return switch (layer) {
            case "entities" -> fact.path("type").asText() + " " + quoted(fact.path("name").asText());
            case "dates" -> span(fact) + " " + quoted(fact.path("text").asText());
            case "quantities", "quotes" -> span(fact);
            default -> throw new IllegalArgumentException("layer must be one of " + ALL + ", was " + layer);
        };
    }

    /** A fact as a CI log shows it: its key and enough text to find it in the article. */
    static String describe(String layer, JsonNode fact) {
        return switch (layer) {
            case "entities" -> "entity " + key(layer, fact);
            case "dates" -> "date " + key(layer, fact);
            case "quantities" -> "quantity " + span(fact) + " " + quoted(fact.path("text").asText());
            case "quotes" -> fact.path("kind").asText("") + " quote " + span(fact) + " "
                    + quoted(fact.path("text").asText());
            default -> throw new IllegalArgumentException("layer must be one of " + ALL + ", was " + layer);
        };
    }

    private static String span(JsonNode fact) {
        return fact.path("start").asInt() + "-" + fact.path("end").asInt();
    }

    static String quoted(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return "\"" + (oneLine.length() > QUOTED ? oneLine.substring(0, QUOTED - 1) + "…" : oneLine) + "\"";
    }
}
