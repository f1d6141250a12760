package dev.factx.input;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Reads plain-text articles: from a file or from a stream such as stdin. */
public final class TextDocuments {
    /** The source name for standard input. */
    public static final String STDIN = Source.STDIN;

    private TextDocuments() {
    }

    public static Document read(Path path) throws DocumentException {
        Source source = Source.file(path, OutputNames.stem(path.getFileName()));
        return read(source, SourceStreams.open(source, InputStream.nullInputStream(), new LongAdder()),
                ReadOptions.defaults());
    }

    public static Document read(InputStream in, String source) throws DocumentException {
        return read(new Source(null, source, "stdin", null), in, ReadOptions.defaults());
    }

    static Document read(Source source, InputStream in, ReadOptions options) throws DocumentException {
        byte[] bytes = SourceStreams.readAtMost(in, options.maxBytes(), options.maxChars());
        String text = TextDecoder.checkLength(TextDecoder.decode(bytes), options.maxChars());
        return new Document(source.id(), source.name(), text, null, Titles.firstLine(text), Map.of());
    }
}
