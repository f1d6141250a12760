package dev.factx.check;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One checked document as rules see it.
 *
 * @param name  the document's name in the run (its snapshot's name)
 * @param facts the extract JSON, or an error record
 */
record Doc(String name, JsonNode facts) {

    String id() {
        return facts.path("id").asText(name);
    }

    boolean isError() {
        return facts.has("error");
    }

    /** Whether a rule that names a document means this one: by name or by id. */
    boolean is(String document) {
        return document.equals(name) || document.equals(id());
    }
}
