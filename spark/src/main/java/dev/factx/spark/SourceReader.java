package dev.factx.spark;

import dev.factx.input.Document;
import dev.factx.input.FileNames;
import dev.factx.input.Input;
import dev.factx.input.InputFormat;
import dev.factx.input.Inputs;
import dev.factx.input.ReadOptions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * Reads one file with the CLI's own readers, streaming: the file's bytes go in as the
 * reader's stdin, so JSON Lines parsing, limits, line numbers and error records are the CLI's.
 * Only the names differ from stdin's ("-", "-:17", "stdin-17"), and are put back to the file's.
 */
final class SourceReader {
    private static final String STDIN = "-";
    private static final String STDIN_ID = "stdin";

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
        InputFormat format = options.format() != null ? options.format() : InputFormat.forName(file.name());
        Iterator<Input> inputs = Inputs.open(List.of(STDIN), in, options.withFormat(format));
        String fileName = new Path(file.uri()).getName();
        return Iterators.map(inputs, input -> renamed(input, file, fileName));
    }

    private static Input failed(SourceFile file, String type, String message) {
        return new WireDocument(file.id(), file.name(), null, null, null, null, null, type, message).toInput();
    }

    private static Input renamed(Input input, SourceFile file, String fileName) {
        String source = input.source().equals(STDIN) ? file.name()
                : input.source().startsWith(STDIN + ":") ? file.name() + input.source().substring(STDIN.length())
                : input.source();
        String id = renamedId(input, file);
        if (!input.ok()) {
            return Input.failed(id, source, input.error());
        }
        Document doc = input.document();
        // The CLI's last resort for a date is the file name; stdin has none.
        return Input.of(new Document(id, source, doc.text(), doc.date() != null ? doc.date() : FileNames.date(fileName),
                doc.title(), doc.metadata()));
    }

    /** "stdin" is the file's id; "stdin-17" (a JSON line without an id) is "<file id>-17". */
    private static String renamedId(Input input, SourceFile file) {
        if (input.id().equals(STDIN_ID)) {
            return file.id();
        }
        String line = input.source().startsWith(STDIN + ":") ? input.source().substring(STDIN.length() + 1) : null;
        return line != null && input.id().equals(STDIN_ID + "-" + line) ? file.id() + "-" + line : input.id();
    }
}
