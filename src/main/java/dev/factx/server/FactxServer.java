package dev.factx.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.factx.facts.FactKind;
import dev.factx.nlp.NlpPipeline;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * factx over HTTP on 127.0.0.1, so that a shell pipeline calling factx once per article pays
 * the model loading once: POST /extract, GET /health. Requests run on a fixed pool of threads
 * sharing one pipeline.
 */
public final class FactxServer implements AutoCloseable {
    /** How long close() lets requests in progress finish. */
    private static final int GRACE_SECONDS = 30;

    private final HttpServer http;
    private final ExecutorService workers;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();

    private FactxServer(HttpServer http, ExecutorService workers) {
        this.http = http;
        this.workers = workers;
    }

    /**
     * Starts serving on a pipeline already loaded for {@code kinds}.
     *
     * @throws IOException when the port cannot be bound (in use, or not allowed)
     */
    public static FactxServer start(NlpPipeline pipeline, Set<FactKind> kinds, ServerOptions options) throws IOException {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(kinds, "kinds");
        Objects.requireNonNull(options, "options");
        // Loopback only: the server has no authentication, so it must not face the network.
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), daemonThreads());
        http.setExecutor(workers);
        http.createContext("/extract", new ExtractHandler(pipeline, kinds));
        http.createContext("/health", new HealthHandler(kinds, options.threads()));
        http.createContext("/", FactxServer::notFound);
        http.start();
        return new FactxServer(http, workers);
    }

    public URI url() {
        InetSocketAddress address = http.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/");
    }

    /** Blocks until {@link #close} has finished. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Lets requests in progress finish, then stops listening and the threads. Idempotent. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        // The workers first: HttpServer.stop(delay) of JDK 17 waits the whole delay even when
        // idle, so the wait for requests in progress is the pool's, and stop() gets no delay.
        workers.shutdown();
        try {
            if (!workers.awaitTermination(GRACE_SECONDS, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            http.stop(0);
            closed.countDown();
        }
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        try (exchange) {
            Exchanges.sendError(exchange, 404, "not-found", "no such endpoint " + exchange.getRequestURI().getPath()
                    + "; use POST /extract or GET /health");
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "factx-server-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
