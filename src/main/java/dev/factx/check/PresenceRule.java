package dev.factx.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A fact that must (present) or must not (absent) appear.
 *
 * @param document the document it is about, or null for every document
 */
record PresenceRule(String name, String document, String layer, Where where, boolean present) implements Rule {

    @Override
    public List<Failure> check(Doc doc) {
        List<Failure> matching = new ArrayList<>();
        for (JsonNode fact : doc.facts().path(layer)) {
            if (where.matches(fact)) {
                matching.add(new Failure(doc.name(), name, Layers.describe(layer, fact), "must not appear"));
            }
        }
        if (!present) {
            return matching;
        }
        return matching.isEmpty()
                ? List.of(new Failure(doc.name(), name, layer + " with " + where.describe(), "not found"))
                : List.of();
    }
}
