package dev.factx.input;

import dev.factx.facts.DocumentDate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One article as every reader delivers it.
 *
 * @param id       a short name for the document (the file name without extension, a JSONL id)
 * @param source   where it came from, as the user named it (a path, or "-" for stdin)
 * @param date     the document date, or null when none is known
 * @param title    the headline, or null
 * @param metadata other fields of the input, carried into the output unchanged
 */
public record Document(String id, String source, String text, DocumentDate date, String title,
                       Map<String, Object> metadata) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        // Insertion order, not Map.copyOf: its order changes from run to run, and output must not.
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Document of(String id, String text) {
        return new Document(id, id, text, null, null, Map.of());
    }

    public Document withDate(DocumentDate newDate) {
        return new Document(id, source, text, newDate, title, metadata);
    }
}
