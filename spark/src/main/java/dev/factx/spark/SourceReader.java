package dev.factx.spark;

import dev.factx.input.Input;
import dev.factx.input.Inputs;
import dev.factx.input.ReadOptions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * Reads one file with the CLI's own readers, streaming: JSON Lines parsing, limits, line
 * numbers, ids, error records and the file-name date are the CLI's.
 */
final class SourceReader {
    private SourceReader() {
    }

    static Iterator<Input> read(SourceFile file, ReadOptions options, Configuration conf) {
        if (file.problem() != null) {
            return List.of(failed(file, file.problem().type(), file.problem().message())).iterator();
        }
        InputStream in;
        try {
            Path path = new Path(file.uri());
            in = path.getFileSystem(conf).open(path);
        } catch (IOException e) {
            return List.of(failed(file, "unreadable", "cannot read: " + e.getMessage())).iterator();
        }
        return Inputs.openStream(in, file.name(), options);
    }

    private static Input failed(SourceFile file, String type, String message) {
        return new WireDocument(file.id(), file.name(), null, null, null, null, null, type, message).toInput();
    }
}
