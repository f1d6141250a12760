package dev.factx.eval;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A gold file read and checked.
 *
 * @param name the file as the user named it
 */
public record GoldSet(String name, List<GoldDocument> documents) {

    public GoldSet {
        Objects.requireNonNull(name, "name");
        documents = List.copyOf(documents);
    }

    /** Reads a gold JSONL file; a line that is not valid gold is a {@link GoldFormatException} naming it. */
    public static GoldSet read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return new GoldSet(file.toString(), GoldReader.parse(file.toString(),
                    Files.readAllLines(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            throw new GoldFormatException(file + ": no such file", e);
        } catch (MalformedInputException e) {
            throw new GoldFormatException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new GoldFormatException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The layers that at least one document annotates. */
    public Set<Layer> layers() {
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        for (GoldDocument doc : documents) {
            for (Layer layer : Layer.values()) {
                if (doc.gold().has(layer)) {
                    layers.add(layer);
                }
            }
        }
        return layers;
    }

    /** The first {@code n} documents. */
    public GoldSet limit(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        return new GoldSet(name, documents.subList(0, Math.min(n, documents.size())));
    }
}
