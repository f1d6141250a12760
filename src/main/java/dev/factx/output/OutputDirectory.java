package dev.factx.output;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Writes one pretty JSON file per input, named after it: input "2019/putin.txt" gives
 * "DIR/2019/putin.json". Each file appears whole or not at all (written aside, then renamed), so
 * an interrupted run leaves no half file for a resumed one to trust.
 */
public final class OutputDirectory {
    private static final String EXTENSION = ".json";

    private final Path root;
    private final ObjectWriter writer = Json.mapper().writerWithDefaultPrettyPrinter();
    private final Set<String> written = new HashSet<>();

    public OutputDirectory(Path root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /**
     * Whether a previous run already extracted this input: its file holds a document, not an
     * error record (failed inputs are tried again).
     */
    public boolean done(String name) {
        Path file = fileFor(name);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (JsonParser parser = Json.mapper().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (field.equals("stats")) {
                    return true;
                }
                if (field.equals("error")) {
                    return false;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            // Unreadable or cut short: extract it again rather than trust it.
            return false;
        }
    }

    /**
     * @param name the input's name (see dev.factx.input.Input#name); a name that came before
     *             in this run gets a suffix rather than overwrite the earlier result
     */
    public Path write(String name, Object record) {
        String unique = name;
        for (int n = 2; !written.add(unique); n++) {
            unique = name + "~" + n;
        }
        Path file = fileFor(unique);
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.write(partial, (writer.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private Path fileFor(String name) {
        return root.resolve(name + EXTENSION);
    }
}
