package dev.factx.batch;

import dev.factx.extract.Extractor;
import dev.factx.facts.DocumentFacts;
import dev.factx.facts.ErrorRecord;
import dev.factx.input.Input;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs extraction over a stream of inputs on several threads sharing one extractor. Results
 * are written in input order; at most a few documents per thread are in memory at once; a
 * document that fails becomes an error record in its place and the run goes on.
 */
public final class BatchRunner {
    private final Supplier<Extractor> extractor;
    private final int threads;
    private final BatchListener listener;

    /**
     * @param extractor supplies the extractor when the first document needs it, so that a run
     *                  whose inputs all fail never loads the models
     */
    public BatchRunner(Supplier<Extractor> extractor, int threads, BatchListener listener) {
        this.extractor = memoize(Objects.requireNonNull(extractor, "extractor"));
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * @param sink receives each {@link DocumentFacts} or {@link ErrorRecord}, in input order
     * @param failFast stop at the first failed document
     */
    public BatchResult run(Iterator<Input> inputs, Consumer<Object> sink, boolean failFast) {
        long began = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "factx-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Object>> inFlight = new ArrayDeque<>();
        Counts counts = new Counts();
        try {
            while (inputs.hasNext() && !(failFast && counts.failed > 0)) {
                Input input = inputs.next();
                inFlight.add(pool.submit(() -> process(input)));
                while (inFlight.size() >= threads * 2 || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
                    emit(inFlight.poll(), sink, counts);
                }
            }
            while (!inFlight.isEmpty() && !(failFast && counts.failed > 0)) {
                emit(inFlight.poll(), sink, counts);
            }
        } finally {
            pool.shutdownNow();
        }
        return new BatchResult(counts.ok, counts.failed, counts.tokens, (System.nanoTime() - began) / 1e9);
    }

    private Object process(Input input) {
        if (!input.ok()) {
            return new ErrorRecord(input.id(), input.source(), input.error().type(), input.error().getMessage());
        }
        // A model that fails to load is an internal failure of the run, not of this document.
        Extractor loaded = extractor.get();
        try {
            return loaded.extract(input.document());
        } catch (RuntimeException e) {
            return new ErrorRecord(input.id(), input.source(), "internal",
                    "extraction failed: " + e + "; please report this with the input");
        }
    }

    private void emit(Future<Object> future, Consumer<Object> sink, Counts counts) {
        Object record = await(future);
        sink.accept(record);
        if (record instanceof ErrorRecord error) {
            counts.failed++;
            listener.failed(error);
        } else {
            DocumentFacts facts = (DocumentFacts) record;
            counts.ok++;
            counts.tokens += facts.stats().tokens();
            listener.extracted(facts.source(), facts.stats().tokens());
        }
    }

    private static Object await(Future<Object> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a document", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed outside extraction", e.getCause());
        }
    }

    private static final class Counts {
        int ok;
        int failed;
        long tokens;
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        if (value == null) {
                            value = Objects.requireNonNull(supplier.get(), "extractor supplier returned null");
                        }
                        v = value;
                    }
                }
                return v;
            }
        };
    }
}
