package dev.factx.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factx.batch.BatchListener;
import dev.factx.batch.BatchRunner;
import dev.factx.check.CheckReport;
import dev.factx.check.Checker;
import dev.factx.check.Reports;
import dev.factx.check.RuleSet;
import dev.factx.check.RulesException;
import dev.factx.check.SnapshotOutcome;
import dev.factx.check.SnapshotStore;
import dev.factx.check.Snapshots;
import dev.factx.extract.ExtractOptions;
import dev.factx.extract.Extractor;
import dev.factx.facts.DocumentFacts;
import dev.factx.facts.ErrorRecord;
import dev.factx.input.Input;
import dev.factx.input.Inputs;
import dev.factx.input.ReadOptions;
import dev.factx.nlp.CoreNlpLogging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

/** "factx check": snapshot regression and rules on a corpus, for CI. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false,
        description = {"Extracts each input and checks it, for CI: against its stored snapshot "
                + "(--expected DIR, DIR/NAME.json) and against rules (--rules FILE). Timings, "
                + "versions and the source path are ignored. A summary of what failed goes to stdout.", ""},
        footer = {"", "Rules file (JSON; each rule may also have a \"name\"):",
                "  {\"rules\": [",
                "    {\"rule\": \"document-date\"},",
                "    {\"rule\": \"quote-speaker\", \"kinds\": [\"direct\"]},",
                "    {\"rule\": \"min-count\", \"layer\": \"entities\", \"min\": 3},",
                "    {\"rule\": \"min-count\", \"layer\": \"quotes\", \"min\": 5, \"scope\": \"corpus\"},",
                "    {\"rule\": \"present\", \"document\": \"port-strike\", \"layer\": \"entities\",",
                "     \"where\": {\"name\": \"Maritime Union\", \"type\": \"ORGANIZATION\"}},",
                "    {\"rule\": \"absent\", \"layer\": \"quantities\", \"where\": {\"unit\": \"XXX\"}},",
                "    {\"rule\": \"no-errors\"}]}",
                "  layer: entities, dates, quantities or quotes; where: field values the fact must",
                "  have, fields as in 'factx extract' output (dotted for nested: speaker.name);",
                "  without \"document\", present/absent apply to every document.",
                "", "Examples:",
                "  factx check --expected expected/ --update corpus/      # write the snapshots",
                "  factx check --expected expected/ --rules rules.json --junit check.xml corpus/",
                "", "Exit codes:",
                "  0  every check held",
                "  1  a check failed: a snapshot differs or is missing, or a rule failed",
                "  2  usage error, or a rules file that cannot be used",
                "  3  some documents could not be read or extracted (takes precedence over 1)"})
final class CheckCommand implements Callable<Integer> {
    private final Streams streams;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Articles to check: files, directories or globs, as for 'factx extract'.")
    private List<String> files;

    @Option(names = "--expected", paramLabel = "DIR",
            description = "Compare each document with DIR/NAME.json, its snapshot.")
    private Path expected;

    @Option(names = "--update", description = "Write or refresh the snapshots in --expected instead of failing.")
    private boolean update;

    @Option(names = "--rules", paramLabel = "FILE", description = "Check the rules in FILE (format below).")
    private Path rules;

    @Option(names = "--junit", paramLabel = "FILE",
            description = "Also write JUnit XML: a test case per document and check, for CI dashboards.")
    private Path junit;

    @Option(names = "--format", paramLabel = "text|json", description = "text (default) for CI logs, json for machines.")
    private Format format = Format.text;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The articles' date, for those whose input or file name gives none.")
    private LocalDate date;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Articles extracted in parallel (default: all cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-v", "--verbose"}, description = "Show CoreNLP's log and stack traces on stderr.")
    private boolean verbose;

    enum Format { text, json }

    CheckCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        String usage = usageProblem();
        if (usage != null) {
            streams.error(usage);
            return ExitCode.USAGE;
        }
        RuleSet ruleSet;
        try {
            ruleSet = rules == null ? RuleSet.NONE : RuleSet.read(rules);
        } catch (RulesException e) {
            streams.error(rules + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        CoreNlpLogging.configure(verbose);
        CheckReport report = run(ruleSet);
        print(format == Format.json ? Reports.json(report) : Reports.text(report));
        boolean written = junit == null || write(junit, Reports.junit(report));
        if (report.unreadable() > 0) {
            return ExitCode.SOME_FAILED;
        }
        return report.ok() && written ? ExitCode.OK : ExitCode.FAILURE;
    }

    private String usageProblem() {
        if (expected == null && rules == null) {
            return "give --expected DIR, --rules FILE, or both";
        }
        if (update && expected == null) {
            return "--update needs --expected DIR: the directory to write the snapshots to";
        }
        if (expected != null && !update && !Files.isDirectory(expected)) {
            return expected + ": no such directory; create the snapshots with --update";
        }
        if (threads < 1) {
            return "--threads must be at least 1, was " + threads;
        }
        return null;
    }

    private CheckReport run(RuleSet ruleSet) {
        Checker checker = new Checker(ruleSet);
        SnapshotStore store = expected == null ? null : new SnapshotStore(expected, update);
        // Results come back in input order, so the names of the inputs, queued as they are
        // read, pair up with them.
        Deque<String> names = new ArrayDeque<>();
        Iterator<Input> inputs = Inputs.open(files, streams.in(), ReadOptions.defaults().withDate(date));
        Iterator<Input> named = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public Input next() {
                Input input = inputs.next();
                names.add(input.name());
                return input;
            }
        };
        BatchRunner runner = new BatchRunner(() -> Extractor.load(ExtractOptions.all()), threads, new BatchListener() {
            @Override
            public void failed(ErrorRecord record) {
                streams.error(record.source() + ": " + record.error().message());
            }

            @Override
            public void crashed(ErrorRecord record, Throwable cause) {
                failed(record);
                if (verbose) {
                    streams.stackTrace(cause);
                }
            }
        });
        runner.run(named, record -> {
            String name = names.poll();
            JsonNode facts = Snapshots.normalize(record);
            boolean extracted = record instanceof DocumentFacts;
            String source = extracted ? ((DocumentFacts) record).source() : ((ErrorRecord) record).source();
            SnapshotOutcome snapshot = store != null && extracted ? store.check(name, facts) : null;
            checker.check(name, source, facts, snapshot);
        }, false);
        return checker.finish();
    }

    private boolean write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            streams.error(file + ": cannot write: " + e.getMessage());
            return false;
        }
    }

    private void print(String text) {
        try {
            streams.out().write(text.getBytes(StandardCharsets.UTF_8));
            streams.out().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
