package dev.factx.input;

import java.util.Objects;

/**
 * One item of a run's input: a document that was read, or the reason it could not be.
 * Failures keep their place in the stream so that output order equals input order.
 */
public record Input(Document document, String id, String source, DocumentException error) {

    public Input {
        if ((document == null) == (error == null)) {
            throw new IllegalArgumentException("an input holds either a document or an error");
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
    }

    public static Input of(Document document) {
        return new Input(document, document.id(), document.source(), null);
    }

    public static Input failed(String id, String source, DocumentException error) {
        return new Input(null, id, source, error);
    }

    public boolean ok() {
        return document != null;
    }
}
