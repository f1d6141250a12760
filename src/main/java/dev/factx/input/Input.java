package dev.factx.input;

import java.util.Objects;

/**
 * One item of a run's input: a document that was read, or the reason it could not be.
 * Failures keep their place in the stream so that output order equals input order.
 *
 * @param name the stem of the file this input's result gets in an output directory: a relative
 *             path without extension, such as "2019/putin-arms-control"
 */
public record Input(Document document, String id, String source, DocumentException error, String name) {

    public Input {
        if ((document == null) == (error == null)) {
            throw new IllegalArgumentException("an input holds either a document or an error");
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
    }

    public static Input of(Document document) {
        return new Input(document, document.id(), document.source(), null, document.id());
    }

    public static Input failed(String id, String source, DocumentException error) {
        return new Input(null, id, source, error, id);
    }

    public Input named(String newName) {
        return new Input(document, id, source, error, newName);
    }

    public Input withDocument(Document newDocument) {
        return new Input(newDocument, id, source, null, name);
    }

    public boolean ok() {
        return document != null;
    }
}
