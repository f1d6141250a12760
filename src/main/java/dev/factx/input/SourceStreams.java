package dev.factx.input;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPInputStream;

/** Opens a source's bytes: gzip is recognised by its magic bytes, raw bytes are counted. */
final class SourceStreams {
    private static final int BUFFER = 1 << 16;

    private SourceStreams() {
    }

    static InputStream open(Source source, InputStream stdin, LongAdder bytesRead) throws DocumentException {
        InputStream raw;
        if (source.isStream()) {
            raw = stdin;
        } else if (Files.isDirectory(source.path())) {
            throw new DocumentException("not-a-file", "is a directory; name the files in it, or a glob");
        } else {
            try {
                raw = Files.newInputStream(source.path());
            } catch (NoSuchFileException e) {
                throw new DocumentException("not-found", "no such file");
            } catch (AccessDeniedException e) {
                throw new DocumentException("unreadable", "permission denied");
            } catch (IOException e) {
                throw new DocumentException("unreadable", "cannot read: " + e.getMessage(), e);
            }
        }
        BufferedInputStream buffered = new BufferedInputStream(new Counting(raw, bytesRead), BUFFER);
        try {
            buffered.mark(2);
            byte[] magic = buffered.readNBytes(2);
            buffered.reset();
            boolean gzip = magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
            return gzip ? new GZIPInputStream(buffered, BUFFER) : buffered;
        } catch (IOException e) {
            throw closing(buffered, unreadable(e));
        }
    }

    /**
     * Reads a whole source, but never more than limit bytes: a longer one is refused before it
     * can fill the heap.
     */
    static byte[] readAtMost(InputStream in, long limit, int maxChars) throws DocumentException {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw tooLong(maxChars);
            }
            return bytes;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    static DocumentException tooLong(int maxChars) {
        return new DocumentException("too-long", "longer than --max-chars " + maxChars
                + " characters; raise --max-chars to extract it anyway");
    }

    static DocumentException unreadable(IOException e) {
        return new DocumentException("unreadable", "cannot read: " + e.getMessage()
                + (e instanceof java.util.zip.ZipException ? " (corrupt gzip data)" : ""), e);
    }

    /** Closes a source given up on; the failure that made us give up is what the user sees. */
    static DocumentException closing(InputStream in, DocumentException failure) {
        try {
            in.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    /** Counts the raw bytes read: what progress compares with the inputs' total size. */
    private static final class Counting extends FilterInputStream {
        private final LongAdder count;

        Counting(InputStream in, LongAdder count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.increment();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.add(n);
            }
            return n;
        }
    }
}
