package dev.factx.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The factx command line. The only class that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Raw stdout, not System.out: a PrintStream hides a closed pipe, and factx must notice
        // it to stop quietly when the reader (head, jq) has gone.
        OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, stdout, stderr));
    }

    /** Runs factx with injected streams; returns the exit code. */
    public static int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        return FactxCommand.commandLine(new Streams(stdin, stdout, stderr)).execute(args);
    }
}
