package dev.factx.spark;

import dev.factx.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What the factx command line writes, run in this JVM with captured streams. */
final class CliOutput {
    private CliOutput() {
    }

    /** The JSON lines of "factx extract --format jsonl ARGS...". */
    static List<String> lines(String... args) {
        List<String> command = new ArrayList<>(List.of("extract", "--format", "jsonl"));
        command.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(command.toArray(String[]::new), InputStream.nullInputStream(), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (code != 0 && code != 3) {
            throw new IllegalStateException("factx exited " + code + ": " + err.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
