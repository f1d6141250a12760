package dev.factx.batch;

import dev.factx.facts.DocumentFacts;
import dev.factx.facts.ErrorRecord;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Takes the pending inputs in input order, waits for each result and hands it to the sink. It
 * runs on its own thread so that results go out while the reader still waits for input (stdin
 * streams). After a fatal failure or, with fail-fast, the first failed document, it abandons
 * the rest until the end marker comes.
 */
final class OrderedWriter implements Runnable {
    private final BlockingQueue<Pending> queue;
    private final BatchSink sink;
    private final BatchListener listener;
    private final boolean failFast;
    private final Duration docTimeout;
    private volatile boolean stopped;
    private Throwable fatal;
    private int ok;
    private int failed;
    private long tokens;

    OrderedWriter(BlockingQueue<Pending> queue, BatchSink sink, BatchListener listener, boolean failFast,
                  Duration docTimeout) {
        this.queue = queue;
        this.sink = sink;
        this.listener = listener;
        this.failFast = failFast;
        this.docTimeout = docTimeout;
    }

    @Override
    public void run() {
        try {
            for (Pending pending = queue.take(); pending != Pending.END; pending = queue.take()) {
                if (stopped) {
                    pending.abandon();
                } else {
                    write(pending);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e);
        }
    }

    /** Whether the reader should stop feeding documents. */
    boolean stopped() {
        return stopped;
    }

    Throwable fatal() {
        return fatal;
    }

    BatchResult result(double seconds) {
        return new BatchResult(ok, failed, tokens, seconds);
    }

    private void write(Pending pending) throws InterruptedException {
        Object record;
        try {
            record = resultOf(pending);
        } catch (ExecutionException e) {
            fail(e.getCause());
            return;
        }
        try {
            sink.accept(pending.input, record);
            if (record instanceof ErrorRecord error) {
                failed++;
                if (pending.crash() != null) {
                    listener.crashed(error, pending.crash());
                } else {
                    listener.failed(error);
                }
                stopped = failFast;
            } else {
                DocumentFacts facts = (DocumentFacts) record;
                ok++;
                tokens += facts.stats().tokens();
                listener.extracted(facts.source(), facts.stats().tokens());
            }
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void fail(Throwable cause) {
        fatal = cause;
        stopped = true;
    }

    private Object resultOf(Pending pending) throws ExecutionException, InterruptedException {
        if (!pending.input.ok()) {
            return new ErrorRecord(pending.input.id(), pending.input.source(), pending.input.error().type(),
                    pending.input.error().getMessage());
        }
        Future<Object> future = pending.future();
        if (docTimeout == null) {
            return future.get();
        }
        long limit = docTimeout.toNanos();
        long wait = limit;
        while (true) {
            try {
                return future.get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException | CancellationException e) {
                long started = pending.startedNanos();
                long ran = System.nanoTime() - started;
                if (started != 0 && ran >= limit) {
                    pending.abandon();
                    return new ErrorRecord(pending.input.id(), pending.input.source(), "timeout",
                            "extraction took longer than --doc-timeout " + docTimeout.toSeconds()
                                    + " s and was stopped; raise --doc-timeout to extract it anyway");
                }
                // Not started yet (the models are loading): a document's clock starts with its extraction.
                wait = started == 0 ? limit : limit - ran;
            }
        }
    }
}
