package dev.factx.input;

import java.nio.file.Path;

/**
 * A place to read articles from: a file found from what the user named, or stdin.
 *
 * @param path    the file, or null for stdin
 * @param name    the source as error records and stderr show it
 * @param stem    the output name stem (see {@link Input#name()})
 * @param problem why nothing can be read here (a pattern that matched no file), or null
 */
record Source(Path path, String name, String stem, DocumentException problem) {
    static final String STDIN = "-";

    static Source stdin() {
        return new Source(null, STDIN, "stdin", null);
    }

    static Source file(Path path, String stem) {
        return new Source(path, path.toString(), stem, null);
    }

    static Source failed(String name, DocumentException problem) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        return new Source(null, name, FileNames.id(last), problem);
    }

    boolean isStdin() {
        return path == null && problem == null;
    }

    /** The id of the one document a text or HTML source holds: its stem's last part. */
    String id() {
        int slash = stem.lastIndexOf('/');
        return slash < 0 ? stem : stem.substring(slash + 1);
    }
}
