package dev.factx.batch;

import dev.factx.facts.DocumentFacts;
import dev.factx.facts.ErrorRecord;
import dev.factx.input.Document;
import dev.factx.input.Input;

import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/** One input on its way through the run: its extraction, when it started, its worker slot. */
final class Pending {
    static final Pending END = new Pending(null, null);

    final Input input;
    private final Semaphore slots;
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile long startedNanos;
    private volatile Future<Object> future;
    private volatile Throwable crash;

    Pending(Input input, Semaphore slots) {
        this.input = input;
        this.slots = slots;
    }

    Object extract(Supplier<Function<Document, DocumentFacts>> extractor) {
        try {
            // Loading the models on first use is the run's cost, not this document's time.
            Function<Document, DocumentFacts> loaded = extractor.get();
            startedNanos = System.nanoTime();
            return loaded.apply(input.document());
        } catch (RuntimeException | StackOverflowError e) {
            if (startedNanos == 0) {
                throw e;
            }
            crash = e;
            return new ErrorRecord(input.id(), input.source(), "internal",
                    "extraction failed: " + e + "; please report this with the input");
        } finally {
            releaseSlot();
        }
    }

    void start(Future<Object> started) {
        this.future = started;
    }

    Future<Object> future() {
        return future;
    }

    /** What extraction threw, or null. */
    Throwable crash() {
        return crash;
    }

    /** System.nanoTime() when extraction began, or 0 before. */
    long startedNanos() {
        return startedNanos;
    }

    /** Gives the worker slot back once, whether the work ended or was abandoned. */
    void releaseSlot() {
        if (slots != null && released.compareAndSet(false, true)) {
            slots.release();
        }
    }

    void abandon() {
        if (future != null) {
            future.cancel(true);
        }
        releaseSlot();
    }
}
