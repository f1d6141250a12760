package dev.factx.cli;

import dev.factx.batch.BatchListener;
import dev.factx.batch.BatchResult;
import dev.factx.facts.ErrorRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * What a run tells the user on stderr: a line per failed document, a status line kept up to
 * date while stderr is a terminal (documents, tokens/s, ETA), and a summary at the end.
 */
final class Progress implements BatchListener {
    private static final long REDRAW_NANOS = 250_000_000L;

    private final Streams streams;
    private final boolean live;
    private final boolean verbose;
    private final LongSupplier bytesRead;
    private final OptionalLong totalBytes;
    private final long began = System.nanoTime();
    private long lastDrawn;
    private int documents;
    private int failed;
    private long tokens;
    private boolean lineShown;

    /**
     * @param live       keep a status line on stderr
     * @param verbose    print the stack trace of a document whose extraction threw
     * @param bytesRead  input bytes read so far; with totalBytes it gives the ETA
     * @param totalBytes the input's size, when known
     */
    Progress(Streams streams, boolean live, boolean verbose, LongSupplier bytesRead, OptionalLong totalBytes) {
        this.streams = streams;
        this.live = live;
        this.verbose = verbose;
        this.bytesRead = bytesRead;
        this.totalBytes = totalBytes;
    }

    /** Whether stderr is a terminal; Java's Console asks about stdin and stdout instead. */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            // No /proc (not Linux): no live progress, the summary still comes.
            return false;
        }
    }

    @Override
    public void extracted(String source, int documentTokens) {
        documents++;
        tokens += documentTokens;
        redraw(false);
    }

    @Override
    public void failed(ErrorRecord record) {
        report(record, null);
    }

    @Override
    public void crashed(ErrorRecord record, Throwable cause) {
        report(record, verbose ? cause : null);
    }

    private void report(ErrorRecord record, Throwable trace) {
        documents++;
        failed++;
        clear();
        streams.error(record.source() + ": " + record.error().message());
        if (trace != null) {
            streams.stackTrace(trace);
        }
        redraw(true);
    }

    void summary(BatchResult result, int skipped) {
        clear();
        streams.error(String.format(Locale.ROOT, "%d document%s: %d ok, %d failed%s; %,d tokens in %.1f s "
                        + "(%.2f documents/s, %,.0f tokens/s)",
                result.documents(), result.documents() == 1 ? "" : "s", result.ok(), result.failed(),
                skipped > 0 ? ", " + skipped + " skipped (done before)" : "",
                result.tokens(), result.seconds(), perSecond(result.documents(), result.seconds()),
                perSecond(result.tokens(), result.seconds())));
    }

    private void redraw(boolean now) {
        long time = System.nanoTime();
        if (!live || (!now && time - lastDrawn < REDRAW_NANOS)) {
            return;
        }
        lastDrawn = time;
        double seconds = (time - began) / 1e9;
        String line = String.format(Locale.ROOT, "factx: %,d documents (%d failed), %,.0f tokens/s%s",
                documents, failed, perSecond(tokens, seconds), eta(seconds));
        streams.err().print("\r" + line + "\033[K");
        streams.err().flush();
        lineShown = true;
    }

    private String eta(double seconds) {
        long read = bytesRead.getAsLong();
        if (totalBytes.isEmpty() || read == 0 || totalBytes.getAsLong() <= read) {
            return "";
        }
        long left = Math.round(seconds * (totalBytes.getAsLong() - read) / read);
        return String.format(Locale.ROOT, ", %.0f%%, ETA %d:%02d:%02d",
                100.0 * read / totalBytes.getAsLong(), left / 3600, left / 60 % 60, left % 60);
    }

    private void clear() {
        if (lineShown) {
            streams.err().print("\r\033[K");
            lineShown = false;
        }
    }

    private static double perSecond(double count, double seconds) {
        return seconds > 0 ? count / seconds : 0;
    }
}
