package dev.factx.cli;

import dev.factx.output.Schema;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** "factx schema": prints the JSON Schema of extract's output. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Prints the JSON Schema (draft 2020-12) of the documents and error records "
                + "that 'factx extract' writes.", ""},
        footer = {"", "Example:", "  factx schema > factx-1.schema.json"})
final class SchemaCommand implements Callable<Integer> {
    private final Streams streams;

    SchemaCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        try {
            streams.out().write(Schema.text().getBytes(StandardCharsets.UTF_8));
            streams.out().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCode.OK;
    }
}
