package dev.factx.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/** The standard streams of one run, injected so tests can read what a command wrote. */
record Streams(InputStream in, OutputStream out, PrintStream err) {

    /** Prints a one-line message the way factx reports problems: "factx: <message>". */
    void error(String message) {
        err.println("factx: " + message);
    }

    /** Prints where {@code e} came from, for --verbose and bug reports. */
    void stackTrace(Throwable e) {
        e.printStackTrace(err);
    }
}
