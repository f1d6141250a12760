package dev.factx.input;

import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * The documents of a run, read lazily in input order: one file at a time, a JSON Lines file
 * one line at a time, so memory stays flat however large the corpus.
 */
public final class Corpus implements Iterator<Input> {
    private final Iterator<Source> sources;
    private final InputStream stdin;
    private final ReadOptions options;
    private final LongAdder bytesRead = new LongAdder();
    private Iterator<Input> current = Collections.emptyIterator();
    private Source currentSource;

    Corpus(Iterator<Source> sources, InputStream stdin, ReadOptions options) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Raw bytes read so far (compressed bytes for .gz): progress compares it with the total. */
    public long bytesRead() {
        return bytesRead.sum();
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && sources.hasNext()) {
            currentSource = sources.next();
            current = open(currentSource);
        }
        return current.hasNext();
    }

    @Override
    public Input next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Input input = current.next();
        return input.ok() ? input.withDocument(DocumentDates.resolve(input.document(), options, currentSource)) : input;
    }

    private Iterator<Input> open(Source source) {
        try {
            if (source.problem() != null) {
                throw source.problem();
            }
            InputStream in = SourceStreams.open(source, stdin, bytesRead);
            InputFormat format = options.formatOf(source);
            if (format == InputFormat.JSONL) {
                return new JsonlDocuments(source, in, options);
            }
            Document document = format == InputFormat.HTML
                    ? HtmlDocuments.read(source, in, options) : TextDocuments.read(source, in, options);
            return Collections.singleton(Input.of(document).named(source.stem())).iterator();
        } catch (DocumentException e) {
            return Collections.singleton(Input.failed(source.id(), source.name(), e).named(source.stem())).iterator();
        }
    }
}
