package dev.factx.cli;

import dev.factx.eval.Annotations;
import dev.factx.eval.Evaluation;
import dev.factx.eval.Gate;
import dev.factx.eval.GoldFormatException;
import dev.factx.eval.GoldSet;
import dev.factx.eval.JsonReport;
import dev.factx.eval.Layer;
import dev.factx.eval.Predictor;
import dev.factx.eval.Report;
import dev.factx.eval.TableReport;
import dev.factx.nlp.CoreNlpLogging;
import dev.factx.output.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** "factx evaluate": scores factx (or the CoreNLP baseline) against gold JSONL. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false,
        description = {"Extracts from each gold document's text (with its dct as the document date) and "
                + "scores the layers the gold annotates: entities as CoNLL, timexes as TempEval-3, "
                + "quantities by relaxed span, value and unit, quotes as the Gender Gap Tracker.", ""},
        footer = {"", "Examples:",
                "  factx evaluate --gold dates.jsonl -j 2",
                "  factx evaluate --gold dates.jsonl --errors 10",
                "  factx evaluate --gold dates.jsonl --format json --min timexes.valueF1=0.8",
                "", "Exit codes:",
                "  0  scored; every --min gate held",
                "  1  a --min gate failed, or extraction failed",
                "  2  usage error, or a gold file that cannot be read (the message names the line)"})
final class EvaluateCommand implements Callable<Integer> {
    private final Streams streams;

    @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl",
            description = "Gold annotations, one document a line (see the README's \"Evaluate\").")
    private Path gold;

    @Option(names = "--only", paramLabel = "LAYER[,LAYER...]", split = ",", converter = LayerConverter.class,
            description = "Score only these layers: entities, timexes, quantities, quotes (default: all the gold annotates).")
    private Set<Layer> only = EnumSet.noneOf(Layer.class);

    @Option(names = "--format", paramLabel = "table|json", description = "table (default) for people, json for machines.")
    private Format format = Format.table;

    @Option(names = "--errors", paramLabel = "N",
            description = "List the first N errors of each kind per layer (false positives, misses, wrong values...).")
    private int errors;

    @Option(names = "--min", paramLabel = "LAYER.METRIC=VALUE",
            description = "Exit 1 when the metric falls below VALUE, e.g. timexes.valueF1=0.8 or "
                    + "quotes.0.3.f1=0.5 (repeatable; names as in --format json, below \"layers\").")
    private List<String> minimums = new ArrayList<>();

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Documents extracted in parallel (default: all cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N gold documents.")
    private Integer limit;

    @Option(names = "--baseline", paramLabel = "corenlp",
            description = "Score plain CoreNLP instead of factx: its default NER (3 CRF models, SUTime, numeric "
                    + "classifiers, fine-grained types) and its quote annotator, without attribution. "
                    + "Loads ~5 GB of models.")
    private Baseline baseline;

    @Option(names = "--baseline-ner-model", paramLabel = "MODEL",
            description = "With --baseline: one CRF model (a path in CoreNLP's models jar, e.g. "
                    + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz) instead of the default three.")
    private String baselineNerModel;

    @Option(names = {"-v", "--verbose"}, description = "Show CoreNLP's log on stderr.")
    private boolean verbose;

    enum Format { table, json }

    enum Baseline { corenlp }

    EvaluateCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        String badNumber = badNumber();
        if (badNumber != null) {
            streams.error(badNumber);
            return ExitCode.USAGE;
        }
        List<Gate> gates = new ArrayList<>();
        for (String m : minimums) {
            try {
                gates.add(Gate.parse(m));
            } catch (IllegalArgumentException e) {
                streams.error("--min: " + e.getMessage());
                return ExitCode.USAGE;
            }
        }
        GoldSet goldSet;
        try {
            goldSet = GoldSet.read(gold);
        } catch (GoldFormatException e) {
            streams.error(e.getMessage());
            return ExitCode.USAGE;
        }
        if (limit != null) {
            goldSet = goldSet.limit(limit);
        }
        Set<Layer> layers = goldSet.layers();
        if (!only.isEmpty()) {
            layers.retainAll(only);
        }
        if (layers.isEmpty()) {
            streams.error(gold + ": annotates none of the layers asked for; it has: " + goldSet.layers());
            return ExitCode.USAGE;
        }
        // Names in --min are checked against a dry run's metrics, before minutes of extraction.
        List<Annotations> nothing = Collections.nCopies(goldSet.documents().size(), new Annotations(null, null, null, null));
        List<String> unknown = Gate.unknown(gates, JsonReport.metrics(Evaluation.score(goldSet, nothing, layers)));
        if (!unknown.isEmpty()) {
            unknown.forEach(streams::error);
            return ExitCode.USAGE;
        }
        CoreNlpLogging.configure(verbose);
        Predictor predictor = baseline == Baseline.corenlp ? Predictor.coreNlpBaseline(layers, baselineNerModel) : Predictor.factx(layers);
        List<Annotations> predictions;
        try {
            predictions = Evaluation.predict(predictor, goldSet, threads);
        } catch (IllegalStateException e) {
            streams.error(e.getMessage());
            return ExitCode.FAILURE;
        }
        Report report = Evaluation.score(goldSet, predictions, layers);
        write(report);
        List<String> failures = Gate.failures(gates, JsonReport.metrics(report));
        failures.forEach(f -> streams.error("gate failed: " + f));
        return failures.isEmpty() ? ExitCode.OK : ExitCode.FAILURE;
    }

    /** What is wrong with the numeric options, or null. */
    private String badNumber() {
        if (threads < 1) {
            return "--threads must be at least 1, was " + threads;
        }
        if (errors < 0) {
            return "--errors must not be negative, was " + errors;
        }
        return limit != null && limit < 0 ? "--limit must not be negative, was " + limit : null;
    }

    private void write(Report report) {
        try {
            String text = format == Format.json
                    ? Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(JsonReport.render(report, errors)) + "\n"
                    : TableReport.render(report, errors);
            streams.out().write(text.getBytes(StandardCharsets.UTF_8));
            streams.out().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a layer name given on the command line. */
    static final class LayerConverter implements CommandLine.ITypeConverter<Layer> {
        @Override
        public Layer convert(String value) {
            try {
                return Layer.fromKey(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
