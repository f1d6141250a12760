package dev.factx.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes one JSON record per document, each whole and flushed at once, so a reader of the
 * stream never sees half a document: pretty for a single document, one line each otherwise.
 */
public final class RecordWriter {
    private final OutputStream out;
    private final ObjectWriter writer;

    public RecordWriter(OutputStream out, boolean pretty) {
        this.out = Objects.requireNonNull(out, "out");
        this.writer = pretty ? Json.mapper().writerWithDefaultPrettyPrinter() : Json.mapper().writer();
    }

    /** @throws UncheckedIOException when the output is gone (a closed pipe: the reader stopped) */
    public void write(Object record) {
        byte[] bytes;
        try {
            bytes = (writer.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + record.getClass().getSimpleName(), e);
        }
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
