package dev.factx.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines of bytes as they arrive (so stdin streams), never holding more of one line than
 * a limit: the rest of a longer line is skipped and the line reported as too long.
 */
final class LineReader {
    private final InputStream in;
    private final int limit;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int filled;
    private int number;

    /** @param bytes the line's bytes without its end, or null when the line was too long */
    record Line(int number, byte[] bytes) {
    }

    LineReader(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** @return the next line, or null at the end of the input */
    Line next() throws IOException {
        byte[] line = new byte[256];
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == filled) {
                filled = in.read(buffer);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    return any ? finish(line, length, tooLong) : null;
                }
            }
            any = true;
            int end = position;
            while (end < filled && buffer[end] != '\n') {
                end++;
            }
            int chunk = end - position;
            if (!tooLong && length + chunk > limit) {
                tooLong = true;
            }
            if (!tooLong) {
                if (length + chunk > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
                }
                System.arraycopy(buffer, position, line, length, chunk);
                length += chunk;
            }
            if (end < filled) {
                position = end + 1;
                return finish(line, length, tooLong);
            }
            position = filled;
        }
    }

    private Line finish(byte[] line, int length, boolean tooLong) {
        number++;
        if (tooLong) {
            return new Line(number, null);
        }
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return new Line(number, Arrays.copyOf(line, end));
    }
}
