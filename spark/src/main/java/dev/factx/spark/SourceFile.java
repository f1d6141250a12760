package dev.factx.spark;

import dev.factx.input.FileNames;

import java.io.Serializable;
import java.util.Objects;

/**
 * One file of the corpus, or an input that names none.
 *
 * @param uri     the file's fully qualified Hadoop path, or null when there is no file
 * @param name    the source as error records show it: as the user named it, like the CLI
 * @param id      the id of the file's one document (text, HTML), and the prefix of the ids
 *                the CLI gives JSON lines without one: the file name without extensions
 * @param problem the CLI's error type and message when there is no file, or null
 */
record SourceFile(String uri, String name, String id, Problem problem) implements Serializable {

    record Problem(String type, String message) implements Serializable {
    }

    SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        if ((uri == null) == (problem == null)) {
            throw new IllegalArgumentException("a source file has either a uri or a problem");
        }
    }

    static SourceFile of(String uri, String name, String fileName) {
        return new SourceFile(uri, name, FileNames.id(fileName), null);
    }

    static SourceFile missing(String name, String id, String type, String message) {
        return new SourceFile(null, name, id, new Problem(type, message));
    }
}
