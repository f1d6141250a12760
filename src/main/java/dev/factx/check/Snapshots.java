package dev.factx.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factx.output.Json;

import java.util.List;
import java.util.Objects;

/** Turns extraction results into the JSON that snapshots store and compare. */
public final class Snapshots {
    /**
     * Top-level fields that change from run to run without extraction changing: timings and
     * versions, and the source path, which depends on how the user typed it and from where.
     */
    static final List<String> VOLATILE = List.of("source", "version", "timings");

    /** One element a line and "\n" everywhere, so a changed fact is a small git diff on any OS. */
    private static final ObjectWriter WRITER = Json.mapper().writer(new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Snapshots() {
    }

    /**
     * A {@code DocumentFacts} or {@code ErrorRecord} as a JSON tree without its volatile fields.
     * It goes through JSON text so that numbers compare equal to ones read back from a file.
     */
    public static JsonNode normalize(Object record) {
        Objects.requireNonNull(record, "record");
        try {
            return withoutVolatile(Json.mapper().readTree(Json.mapper().writeValueAsString(record)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + record.getClass().getSimpleName(), e);
        }
    }

    /** A snapshot as read from a file, without the fields that comparisons ignore. */
    public static JsonNode withoutVolatile(JsonNode tree) {
        Objects.requireNonNull(tree, "tree");
        if (!tree.isObject()) {
            return tree;
        }
        ObjectNode copy = tree.deepCopy();
        copy.remove(VOLATILE);
        return copy;
    }

    /** The stable text of a snapshot file. */
    public static String format(JsonNode snapshot) {
        try {
            return WRITER.writeValueAsString(snapshot) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a snapshot", e);
        }
    }

    /** Expected against actual, fact by fact; both as {@link #normalize} gives them. */
    public static SnapshotDiff diff(JsonNode expected, JsonNode actual) {
        return Differ.diff(Objects.requireNonNull(expected, "expected"), Objects.requireNonNull(actual, "actual"));
    }
}
