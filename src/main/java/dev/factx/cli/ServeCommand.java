package dev.factx.cli;

import dev.factx.facts.FactKind;
import dev.factx.nlp.CoreNlpLogging;
import dev.factx.nlp.NlpPipeline;
import dev.factx.nlp.PipelineSpec;
import dev.factx.server.FactxServer;
import dev.factx.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;

/** "factx serve": loads the models once and extracts over HTTP on 127.0.0.1. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false,
        description = {"Serves extraction over HTTP on 127.0.0.1, so that calling factx once per article "
                + "pays the model loading once.",
                "POST /extract takes a JSON document {\"text\", \"id\", \"date\", \"only\"} (or a text/plain "
                        + "body with ?id=&date=&only=) and answers what 'factx extract' writes; GET /health "
                        + "answers once the models are loaded. Ctrl-C or SIGTERM stops it cleanly.", ""},
        footer = {"", "Examples:",
                "  factx serve --port 8035 &",
                "  factx extract --server http://127.0.0.1:8035/ --date 2019-07-04 article.txt",
                "  curl -s --data-binary @article.txt -H 'Content-Type: text/plain' \\",
                "       'http://127.0.0.1:8035/extract?date=2019-07-04&only=quotes'",
                "%nExit codes:%n  1  the port could not be bound, or an internal failure%n"
                        + "  2  usage error%n"
                        + "  Stopped by Ctrl-C or SIGTERM, it exits as the signal says (130, 143).%n"})
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8035;

    private final Streams streams;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT",
            description = "Port on 127.0.0.1 (default: " + DEFAULT_PORT + "; 0: any free port).")
    private int port = DEFAULT_PORT;

    @Option(names = "--only", paramLabel = "KIND[,KIND...]", split = ",", converter = FactKindConverter.class,
            description = "Serve only these kinds: entities, dates, quantities, quotes (default: all). "
                    + "Fewer kinds load fewer models.")
    private Set<FactKind> only = EnumSet.noneOf(FactKind.class);

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Requests extracted in parallel (default: all cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-v", "--verbose"}, description = "Show CoreNLP's log on stderr.")
    private boolean verbose;

    ServeCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (threads < 1 || port < 0 || port > 65_535) {
            streams.error(threads < 1 ? "--threads must be at least 1, was " + threads
                    : "--port must be between 0 and 65535, was " + port);
            return ExitCode.USAGE;
        }
        CoreNlpLogging.configure(verbose);
        Set<FactKind> kinds = only.isEmpty() ? FactKind.all() : only;
        NlpPipeline pipeline = new NlpPipeline(PipelineSpec.forKinds(kinds));
        FactxServer server;
        try {
            server = FactxServer.start(pipeline, kinds, new ServerOptions(port, threads));
        } catch (IOException e) {
            streams.error("cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); choose another port with --port");
            return ExitCode.FAILURE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "factx-server-shutdown"));
        streams.err().println("factx: serving on " + server.url() + " (POST /extract, GET /health); Ctrl-C stops");
        server.awaitClosed();
        return ExitCode.OK;
    }
}
