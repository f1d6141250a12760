package dev.factx.batch;

import dev.factx.extract.Extractor;
import dev.factx.facts.DocumentFacts;
import dev.factx.input.Document;
import dev.factx.input.Input;

import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs extraction over a stream of inputs on several threads sharing one extractor. Results
 * are written in input order as soon as each is ready; at most a few documents per thread are
 * in memory at once; a document that fails becomes an error record in its place and the run
 * goes on.
 */
public final class BatchRunner {
    /** Results that may wait for a slow earlier document, per thread, before reading pauses. */
    private static final int WINDOW_PER_THREAD = 2;

    private final Supplier<Function<Document, DocumentFacts>> extractor;
    private final int threads;
    private final BatchListener listener;
    private final Duration docTimeout;

    /**
     * @param extractor supplies the extractor when the first document needs it, so that a run
     *                  whose inputs all fail never loads the models
     */
    public BatchRunner(Supplier<Extractor> extractor, int threads, BatchListener listener) {
        this(functionOf(Objects.requireNonNull(extractor, "extractor")), threads, listener, null);
    }

    /** Any Document to DocumentFacts function: tests of threading and order need no NLP. */
    BatchRunner(Supplier<Function<Document, DocumentFacts>> extractor, int threads, BatchListener listener,
                Duration docTimeout) {
        this.extractor = memoize(Objects.requireNonNull(extractor, "extractor"));
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (docTimeout != null && (docTimeout.isNegative() || docTimeout.isZero())) {
            throw new IllegalArgumentException("docTimeout must be positive, was " + docTimeout);
        }
        this.threads = threads;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.docTimeout = docTimeout;
    }

    /**
     * A runner that stops a document's extraction after this long and writes a timeout error
     * record in its place. A stopped thread that ignores the interrupt no longer holds a slot.
     */
    public BatchRunner withDocTimeout(Duration timeout) {
        return new BatchRunner(extractor, threads, listener, Objects.requireNonNull(timeout, "timeout"));
    }

    /** @param sink receives each DocumentFacts or ErrorRecord, in input order */
    public BatchResult run(Iterator<Input> inputs, Consumer<Object> sink, boolean failFast) {
        Objects.requireNonNull(sink, "sink");
        return runTo(inputs, (input, record) -> sink.accept(record), failFast);
    }

    /**
     * @param sink     receives each input with its DocumentFacts or ErrorRecord, in input order
     * @param failFast stop at the first failed document
     * @throws IllegalStateException when the models cannot load or the sink fails (the output is gone)
     */
    public BatchResult runTo(Iterator<Input> inputs, BatchSink sink, boolean failFast) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(sink, "sink");
        long began = System.nanoTime();
        AtomicInteger workers = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "factx-worker-" + workers.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Semaphore slots = new Semaphore(threads);
        BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(threads * WINDOW_PER_THREAD);
        OrderedWriter writer = new OrderedWriter(queue, sink, listener, failFast, docTimeout);
        Thread writing = new Thread(writer, "factx-writer");
        writing.setDaemon(true);
        writing.start();
        try {
            while (!writer.stopped() && inputs.hasNext()) {
                Input input = inputs.next();
                Pending pending = new Pending(input, input.ok() ? slots : null);
                if (input.ok()) {
                    slots.acquire();
                    pending.start(pool.submit(() -> pending.extract(extractor)));
                }
                queue.put(pending);
            }
            queue.put(Pending.END);
            writing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } finally {
            writing.interrupt();
            pool.shutdownNow();
        }
        if (writer.fatal() != null) {
            throw new IllegalStateException(writer.fatal().getMessage(), writer.fatal());
        }
        return writer.result((System.nanoTime() - began) / 1e9);
    }

    private static Supplier<Function<Document, DocumentFacts>> functionOf(Supplier<Extractor> extractor) {
        return () -> {
            Extractor loaded = Objects.requireNonNull(extractor.get(), "extractor supplier returned null");
            return loaded::extract;
        };
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
