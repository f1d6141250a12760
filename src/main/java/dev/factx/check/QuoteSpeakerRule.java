package dev.factx.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every quote of the given kinds (direct, by default) has a speaker. */
record QuoteSpeakerRule(String name, Set<String> kinds) implements Rule {

    QuoteSpeakerRule {
        kinds = Set.copyOf(kinds);
    }

    @Override
    public List<Failure> check(Doc doc) {
        List<Failure> failures = new ArrayList<>();
        for (JsonNode quote : doc.facts().path("quotes")) {
            if (kinds.contains(quote.path("kind").asText()) && !quote.path("speaker").isObject()) {
                failures.add(new Failure(doc.name(), name, Layers.describe("quotes", quote), "has no speaker"));
            }
        }
        return failures;
    }
}
