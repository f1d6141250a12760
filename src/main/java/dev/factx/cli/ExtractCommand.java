package dev.factx.cli;

import dev.factx.batch.BatchListener;
import dev.factx.batch.BatchResult;
import dev.factx.batch.BatchRunner;
import dev.factx.extract.ExtractOptions;
import dev.factx.extract.Extractor;
import dev.factx.facts.ErrorRecord;
import dev.factx.facts.FactKind;
import dev.factx.input.Input;
import dev.factx.input.Inputs;
import dev.factx.nlp.CoreNlpLogging;
import dev.factx.output.RecordWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** "factx extract": articles in, one JSON document of facts per article out. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false,
        description = {"Extracts entities, dates, quantities and quotations from news articles.",
                "One article gives pretty JSON; several give JSON Lines, one document a line, "
                        + "in input order. A file that cannot be read gives an error record in "
                        + "its place and a line on stderr; the others are still extracted.", ""},
        footer = {"", "Examples:",
                "  factx extract --date 2019-07-04 article.txt",
                "  cat article.txt | factx extract --only quotes | jq '.quotes[].speaker.name'",
                "  factx extract --only dates,quantities a.txt b.txt > facts.jsonl",
                ExitCode.HELP_SECTION})
final class ExtractCommand implements Callable<Integer> {
    private final Streams streams;

    @Parameters(paramLabel = "FILE", description = "Articles to read (UTF-8 text); '-' or none: stdin.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The articles' date: relative dates (\"Thursday\", \"last year\") resolve against it.")
    private LocalDate date;

    @Option(names = "--only", paramLabel = "KIND[,KIND...]", split = ",",
            converter = FactKindConverter.class,
            description = "Extract only these: entities, dates, quantities, quotes (default: all). "
                    + "Fewer kinds load fewer models and run faster.")
    private Set<FactKind> only = EnumSet.noneOf(FactKind.class);

    @Option(names = "--format", paramLabel = "json|jsonl",
            description = "json: pretty, for one article (the default then); jsonl: one line per article "
                    + "(the default for several).")
    private Format format;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Articles extracted in parallel (default: all cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--fail-fast", description = "Stop at the first article that fails.")
    private boolean failFast;

    @Option(names = {"-v", "--verbose"}, description = "Show CoreNLP's log and stack traces on stderr.")
    private boolean verbose;

    enum Format { json, jsonl }

    ExtractCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        if (threads < 1) {
            streams.error("--threads must be at least 1, was " + threads);
            return ExitCode.USAGE;
        }
        CoreNlpLogging.configure(verbose);
        ExtractOptions options = new ExtractOptions(only.isEmpty() ? FactKind.all() : only);
        boolean pretty = format == null ? files.size() <= 1 : format == Format.json;
        RecordWriter writer = new RecordWriter(streams.out(), pretty);
        Iterator<Input> inputs = Inputs.withDate(Inputs.of(files, streams.in()), date);
        BatchRunner runner = new BatchRunner(() -> Extractor.load(options), threads, new BatchListener() {
            @Override
            public void failed(ErrorRecord record) {
                streams.error(record.source() + ": " + record.error().message());
            }
        });
        BatchResult result = runner.run(inputs, writer::write, failFast);
        return result.failed() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    }
}
