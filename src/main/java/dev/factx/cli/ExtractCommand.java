package dev.factx.cli;

import dev.factx.batch.BatchListener;
import dev.factx.batch.BatchResult;
import dev.factx.batch.BatchRunner;
import dev.factx.batch.BatchSink;
import dev.factx.extract.Categories;
import dev.factx.extract.ExtractOptions;
import dev.factx.extract.Gazetteer;
import dev.factx.extract.Extractor;
import dev.factx.facts.FactKind;
import dev.factx.input.Corpus;
import dev.factx.input.DocumentException;
import dev.factx.input.Input;
import dev.factx.input.InputFormat;
import dev.factx.input.Inputs;
import dev.factx.input.ReadOptions;
import dev.factx.nlp.CoreNlpLogging;
import dev.factx.output.OutputDirectory;
import dev.factx.output.OutputFiles;
import dev.factx.output.RecordWriter;
import dev.factx.server.FactxClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;

/** "factx extract": articles in, one JSON document of facts per article out. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false,
        description = {"Extracts entities, dates, quantities and quotations from news articles.",
                "Reads files, directories (recursively), patterns ('corpus/**/*.html'), stdin ('-') "
                        + "and lists of files; plain text, HTML, JSON Lines (one article a line), "
                        + "each also gzipped. One article gives pretty JSON; more give JSON Lines, "
                        + "one document a line, in input order whatever the thread count.",
                "An input that cannot be read or extracted gives an error record in its place and "
                        + "a line 'factx: <source>: <message>' on stderr; the others are still "
                        + "extracted. A summary line ends a run of several articles on stderr.", ""},
        footer = {"", "The document date is, first found: --date, the input's own (a JSONL field, an HTML "
                + "meta tag such as article:published_time), a date in the file name (2019-07-04, "
                + "20190704). The output's documentDate.from says which.",
                "", "Examples:",
                "  factx extract --date 2019-07-04 article.txt",
                "  cat article.txt | factx extract --only quotes | jq '.quotes[].speaker.name'",
                "  factx extract -j 4 'corpus/**/*.html' -o facts.jsonl.gz",
                "  zcat dump.jsonl.gz | factx extract --input-format jsonl --text-field body - > facts.jsonl",
                "  find news -name '*.txt' | factx extract --files-from - --output-dir facts --skip-existing",
                ExitCode.HELP_SECTION})
final class ExtractCommand implements Callable<Integer> {
    private final Streams streams;

    @Parameters(paramLabel = "INPUT", description = "Files, directories, patterns (quote them: "
            + "'news/**/*.txt'); '-' or none: stdin.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--files-from", paramLabel = "LIST",
            description = "Also read the inputs named in LIST, one a line ('-': stdin).")
    private String filesFrom;

    @Option(names = "--input-format", paramLabel = "text|html|jsonl", converter = InputFormatConverter.class,
            description = "The format of every input (default: by extension, through .gz; text otherwise).")
    private InputFormat inputFormat;

    @Option(names = "--text-field", paramLabel = "NAME", description = "JSONL field with the text (default: ${DEFAULT-VALUE}).")
    private String textField = "text";

    @Option(names = "--id-field", paramLabel = "NAME", description = "JSONL field with the id (default: ${DEFAULT-VALUE}).")
    private String idField = "id";

    @Option(names = "--date-field", paramLabel = "NAME",
            description = "JSONL field with the date (default: ${DEFAULT-VALUE}). Other fields go to the "
                    + "output's metadata.")
    private String dateField = "date";

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
                    + "(the default for more).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of stdout; gzip-compressed when it ends in .gz.")
    private Path output;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Write one pretty JSON file per input into DIR, named after it "
                    + "(news/2019/a.txt: DIR/2019/a.json; a JSONL line: DIR/<id>.json).")
    private Path outputDir;

    @Option(names = "--skip-existing", description = "With --output-dir: skip inputs whose file already "
            + "holds a document (resumes an interrupted run; failed ones are tried again).")
    private boolean skipExisting;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Articles extracted in parallel on one shared pipeline (default: all cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-chars", paramLabel = "N",
            description = "A longer article is an error record (default: ${DEFAULT-VALUE}).")
    private int maxChars = ReadOptions.DEFAULT_MAX_CHARS;

    @Option(names = "--doc-timeout", paramLabel = "SECONDS",
            description = "Stop extracting an article after this long; it becomes an error record "
                    + "(default: no limit).")
    private Long docTimeout;

    @Option(names = "--server", paramLabel = "URL",
            description = "Extract on a running 'factx serve' (http://127.0.0.1:PORT/) instead of loading "
                    + "the models here: milliseconds instead of seconds per call.")
    private URI server;

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "Your own names and their types, one 'name<TAB>TYPE' a line, or '/regex/<TAB>TYPE' "
                    + "(weapon systems, treaties...); they win over the statistical tagger.")
    private Path gazetteer;

    @Option(names = "--categories", paramLabel = "FILE",
            description = "Your own quantity categories, tried before factx's: one 'category<TAB>kinds<TAB>"
                    + "measured words<TAB>sentence words' a line (see README).")
    private Path categories;

    @Option(names = "--fail-fast", description = "Stop at the first article that fails.")
    private boolean failFast;

    @Option(names = {"-q", "--quiet"}, description = "No progress line and no summary on stderr "
            + "(error lines stay).")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Show CoreNLP's log and stack traces on stderr.")
    private boolean verbose;

    enum Format { json, jsonl }

    ExtractCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        String problem = usageProblem();
        if (problem != null) {
            streams.error(problem);
            return ExitCode.USAGE;
        }
        Corpus corpus;
        try {
            corpus = openCorpus();
        } catch (DocumentException e) {
            streams.error(filesFrom + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        Gazetteer names;
        Categories lexicon;
        try {
            names = gazetteer == null ? Gazetteer.EMPTY : Gazetteer.load(gazetteer);
            lexicon = categories == null ? Categories.BUILT_IN : Categories.load(categories);
        } catch (IOException e) {
            streams.error("cannot read a lexicon: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IllegalArgumentException e) {
            streams.error(e.getMessage());
            return ExitCode.USAGE;
        }
        CoreNlpLogging.configure(verbose);
        ExtractOptions options = new ExtractOptions(only.isEmpty() ? FactKind.all() : only, names, lexicon);
        boolean live = !quiet && Progress.stderrIsTerminal();
        Progress progress = new Progress(streams, live, verbose, corpus::bytesRead,
                live && filesFrom == null ? Inputs.totalBytes(files) : OptionalLong.empty());
        BatchRunner runner = new BatchRunner(() -> Extractor.load(options), threads, progress);
        if (docTimeout != null) {
            runner = runner.withDocTimeout(Duration.ofSeconds(docTimeout));
        }
        SkippingInputs inputs = new SkippingInputs(corpus, skipExisting ? new OutputDirectory(outputDir) : null);
        BatchResult result;
        try {
            result = outputDir != null ? runToDirectory(runner, inputs) : runToStream(runner, inputs, progress);
        } catch (IOException e) {
            streams.error(output + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        // One article's output, or its error line, says all; a summary is for batches.
        if (!quiet && result.documents() + inputs.skipped() > 1) {
            progress.summary(result, inputs.skipped());
        }
        return result.failed() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    }

    private String usageProblem() {
        if (threads < 1) {
            return "--threads must be at least 1, was " + threads;
        }
        if (server != null && (!"http".equals(server.getScheme()) || server.getHost() == null)) {
            return "--server must be an http:// URL such as http://127.0.0.1:8035/, was " + server;
        }
        if (server != null && outputDir != null) {
            return "--server writes to stdout or -o, not to --output-dir";
        }
        if (maxChars < 1) {
            return "--max-chars must be at least 1, was " + maxChars;
        }
        if (docTimeout != null && docTimeout < 1) {
            return "--doc-timeout must be at least 1 second, was " + docTimeout;
        }
        if (textField.isBlank() || idField.isBlank() || dateField.isBlank()) {
            return "--text-field, --id-field and --date-field must each name a field";
        }
        if (output != null && outputDir != null) {
            return "-o and --output-dir exclude each other: name one";
        }
        if (skipExisting && outputDir == null) {
            return "--skip-existing needs --output-dir: it skips inputs whose file is already there";
        }
        if ("-".equals(filesFrom) && files.contains("-")) {
            return "stdin cannot be both the list (--files-from -) and an input ('-')";
        }
        if (outputDir != null && Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
            return "--output-dir " + outputDir + " is a file, not a directory";
        }
        return null;
    }

    private Corpus openCorpus() throws DocumentException {
        ReadOptions read = ReadOptions.defaults().withFormat(inputFormat).withDate(date).withMaxChars(maxChars)
                .withFields(textField, idField, dateField);
        return filesFrom == null ? Inputs.open(files, streams.in(), read)
                : Inputs.open(files, filesFrom, streams.in(), read);
    }

    private BatchResult runToStream(BatchRunner runner, Iterator<Input> inputs, BatchListener listener)
            throws IOException {
        if (output == null) {
            return run(runner, inputs, new RecordWriter(streams.out(), pretty()), listener);
        }
        try (OutputStream out = OutputFiles.create(output)) {
            return run(runner, inputs, new RecordWriter(out, pretty()), listener);
        }
    }

    private BatchResult run(BatchRunner runner, Iterator<Input> inputs, RecordWriter writer, BatchListener listener) {
        return server == null ? runner.run(inputs, writer::write, failFast)
                : new FactxClient(server).run(inputs, writer::write, only, listener, failFast);
    }

    private BatchResult runToDirectory(BatchRunner runner, Iterator<Input> inputs) {
        OutputDirectory directory = new OutputDirectory(outputDir);
        BatchSink sink = (input, record) -> directory.write(input.name(), record);
        return runner.runTo(inputs, sink, failFast);
    }

    /** Pretty JSON only when the input is surely one article: one text or HTML file, or stdin. */
    private boolean pretty() {
        if (format != null) {
            return format == Format.json;
        }
        if (files.size() > 1 || filesFrom != null || inputFormat == InputFormat.JSONL) {
            return false;
        }
        String name = files.isEmpty() ? "-" : files.get(0);
        return name.equals("-") || (Files.isRegularFile(Path.of(name))
                && InputFormat.forName(name) != InputFormat.JSONL);
    }
}
