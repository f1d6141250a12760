package dev.factx.facts;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** What stands in the output in place of a document that could not be extracted. */
@JsonPropertyOrder({"schema", "id", "source", "error"})
public record ErrorRecord(String schema, String id, String source, Error error) {

    public ErrorRecord(String id, String source, String type, String message) {
        this(DocumentFacts.SCHEMA, id, source, new Error(type, message));
    }

    /**
     * @param type a stable machine-readable kind: not-found, not-a-file, empty, binary,
     *             invalid-utf8, too-long, timeout, malformed, unreadable, internal
     */
    public record Error(String type, String message) {
    }
}
