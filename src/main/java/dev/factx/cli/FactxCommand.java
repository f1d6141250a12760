package dev.factx.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/** The top command: "factx" alone reads an article from stdin, as "factx extract" does. */
@Command(name = "factx", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Extracts facts from news articles as JSON: named entities, dates, "
                + "quantities and quotations with their speakers.", ""},
        subcommands = {ExtractCommand.class, SchemaCommand.class, EvaluateCommand.class, CheckCommand.class,
                ServeCommand.class},
        footer = {"", "Examples:", "  factx extract --date 2019-07-04 article.txt",
                "  cat article.txt | factx | jq '.quotes[]'", ExitCode.HELP_SECTION})
final class FactxCommand implements Callable<Integer> {
    private final Streams streams;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    FactxCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        if (System.console() != null && streams.in() == System.in) {
            spec.commandLine().usage(streams.err());
            return ExitCode.USAGE;
        }
        return new ExtractCommand(streams).call();
    }

    static CommandLine commandLine(Streams streams) {
        CommandLine cl = new CommandLine(new FactxCommand(streams), new Factory(streams));
        PrintWriter out = new PrintWriter(streams.out(), true, java.nio.charset.StandardCharsets.UTF_8);
        cl.setOut(out);
        cl.setErr(new PrintWriter(streams.err(), true));
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCode.USAGE : ExitCode.FAILURE);
        cl.setParameterExceptionHandler((e, args) -> {
            streams.error(e.getMessage());
            streams.err().println("Try '" + e.getCommandLine().getCommandName() + " --help' for more information.");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((e, parsed, result) -> {
            if (isBrokenPipe(e)) {
                return ExitCode.OK;
            }
            streams.error("internal error: " + e);
            if (verbose(parsed)) {
                streams.stackTrace(e);
            } else {
                streams.err().println("Run again with --verbose for details, and please report it.");
            }
            return ExitCode.FAILURE;
        });
        return cl;
    }

    /** The reader of stdout went away (factx ... | head): stop quietly, as Unix tools do. */
    private static boolean isBrokenPipe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UncheckedIOException || t instanceof java.io.IOException) {
                String m = String.valueOf(t.getMessage());
                if (m.contains("Broken pipe") || m.contains("Stream closed")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean verbose(CommandLine parsed) {
        return parsed.getParseResult() != null && (parsed.getParseResult().hasMatchedOption("--verbose")
                || parsed.getParseResult().hasMatchedOption("-v"));
    }

    /** Gives every command the run's streams. */
    private record Factory(Streams streams) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == ExtractCommand.class) {
                return cls.cast(new ExtractCommand(streams));
            }
            if (cls == SchemaCommand.class) {
                return cls.cast(new SchemaCommand(streams));
            }
            if (cls == EvaluateCommand.class) {
                return cls.cast(new EvaluateCommand(streams));
            }
            if (cls == ServeCommand.class) {
                return cls.cast(new ServeCommand(streams));
            }
            if (cls == CheckCommand.class) {
                return cls.cast(new CheckCommand(streams));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
