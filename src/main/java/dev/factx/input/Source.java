package dev.factx.input;

import java.nio.file.Path;

/**
 * A place to read articles from: a file found from what the user named, stdin, or a stream
 * read as the file it came from.
 *
 * @param path    the file, or null for a stream
 * @param name    the source as error records and stderr show it
 * @param stem    the output name stem (see {@link Input#name()})
 * @param problem why nothing can be read here (a pattern that matched no file), or null
 */
record Source(Path path, String name, String stem, DocumentException problem) {
    static final String STDIN = "-";

    static Source stdin() {
        return new Source(null, STDIN, "stdin", null);
    }

    /** A file another front end opened (a Spark job's): named, identified and dated as that file. */
    static Source stream(String name) {
        return new Source(null, name, FileNames.id(lastSegment(name)), null);
    }

    static Source file(Path path, String stem) {
        return new Source(path, path.toString(), stem, null);
    }

    static Source failed(String name, DocumentException problem) {
        return new Source(null, name, FileNames.id(lastSegment(name)), problem);
    }

    /** Whether the bytes come from the stream the run was given rather than from a path. */
    boolean isStream() {
        return path == null && problem == null;
    }

    boolean isStdin() {
        return isStream() && name.equals(STDIN);
    }

    /** The name of the file, where a date may be written; null for stdin. */
    String fileName() {
        if (path != null) {
            return path.getFileName().toString();
        }
        return isStdin() ? null : lastSegment(name);
    }

    private static String lastSegment(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** The id of the one document a text or HTML source holds: its stem's last part. */
    String id() {
        int slash = stem.lastIndexOf('/');
        return slash < 0 ? stem : stem.substring(slash + 1);
    }
}
