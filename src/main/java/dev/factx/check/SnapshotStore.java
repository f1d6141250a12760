package dev.factx.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.factx.output.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/** The expected snapshots of a corpus: one pretty JSON file per document, DIR/NAME.json. */
public final class SnapshotStore {
    private final Path dir;
    private final boolean update;

    /** @param update write a snapshot where there is none or where it differs, instead of failing */
    public SnapshotStore(Path dir, boolean update) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.update = update;
    }

    public Path fileFor(String name) {
        return dir.resolve(Objects.requireNonNull(name, "name") + ".json");
    }

    /** Compares a document with its snapshot, or refreshes the snapshot when updating. */
    public SnapshotOutcome check(String name, JsonNode actual) {
        Path file = fileFor(name);
        JsonNode expected;
        try {
            expected = Snapshots.withoutVolatile(Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return update ? write(file, actual, SnapshotOutcome.Status.CREATED, null)
                    : new SnapshotOutcome(SnapshotOutcome.Status.MISSING, file.toString(), null, null);
        } catch (JsonProcessingException e) {
            return update ? write(file, actual, SnapshotOutcome.Status.UPDATED, null)
                    : problem(file, "not valid JSON: " + e.getOriginalMessage() + "; rerun with --update to replace it");
        } catch (IOException e) {
            return problem(file, "cannot read: " + e.getMessage());
        }
        SnapshotDiff diff = Snapshots.diff(expected, actual);
        if (diff.isEmpty()) {
            return new SnapshotOutcome(SnapshotOutcome.Status.SAME, file.toString(), null, null);
        }
        return update ? write(file, actual, SnapshotOutcome.Status.UPDATED, diff)
                : new SnapshotOutcome(SnapshotOutcome.Status.CHANGED, file.toString(), diff, null);
    }

    private static SnapshotOutcome write(Path file, JsonNode actual, SnapshotOutcome.Status status, SnapshotDiff diff) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Snapshots.format(actual), StandardCharsets.UTF_8);
            return new SnapshotOutcome(status, file.toString(), diff, null);
        } catch (IOException e) {
            return problem(file, "cannot write: " + e.getMessage());
        }
    }

    private static SnapshotOutcome problem(Path file, String message) {
        return new SnapshotOutcome(SnapshotOutcome.Status.PROBLEM, file.toString(), null, message);
    }
}
