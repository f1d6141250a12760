package dev.factx.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Opens the file named by -o: gzip-compressed when its name ends in ".gz". */
public final class OutputFiles {
    private static final int BUFFER = 1 << 16;

    private OutputFiles() {
    }

    /** The caller closes it; for .gz, only closing writes the end of the compressed stream. */
    public static OutputStream create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new GZIPOutputStream(out, BUFFER) : out;
    }
}
