package dev.factx.cli;

/** factx's exit codes: the one place they are defined. */
public final class ExitCode {
    /** Every document was extracted; every check held. */
    public static final int OK = 0;
    /** An internal failure; for evaluate and check: a gate or check failed. */
    public static final int FAILURE = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** Some documents could not be read or extracted; each has an error record. */
    public static final int SOME_FAILED = 3;

    private ExitCode() {
    }

    static final String HELP_SECTION = "%nExit codes:%n"
            + "  0  all documents ok%n"
            + "  1  internal failure%n"
            + "  2  usage error%n"
            + "  3  some documents failed (each has an error record)%n";
}
