package dev.factx.input;

import dev.factx.facts.DocumentDate;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Turns what the user named on the command line into a lazy stream of inputs. */
public final class Inputs {
    private Inputs() {
    }

    /**
     * Reads the named files in order; "-" (or no name at all) is standard input. Each file is
     * read only when the stream reaches it, so memory stays flat however many there are.
     */
    public static Iterator<Input> of(List<String> names, InputStream stdin) {
        List<String> all = names.isEmpty() ? List.of(TextDocuments.STDIN) : List.copyOf(names);
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < all.size();
            }

            @Override
            public Input next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return read(all.get(next++), stdin);
            }
        };
    }

    /** Gives every document the date the user set on the command line, when there is one. */
    public static Iterator<Input> withDate(Iterator<Input> inputs, LocalDate date) {
        if (date == null) {
            return inputs;
        }
        DocumentDate documentDate = new DocumentDate(date, DocumentDate.FROM_OPTION);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public Input next() {
                Input input = inputs.next();
                return input.ok() ? Input.of(input.document().withDate(documentDate)) : input;
            }
        };
    }

    private static Input read(String name, InputStream stdin) {
        boolean isStdin = name.equals(TextDocuments.STDIN);
        String id = isStdin ? "stdin" : TextDocuments.idOf(Path.of(name));
        try {
            return Input.of(isStdin ? TextDocuments.read(stdin, name) : TextDocuments.read(Path.of(name)));
        } catch (DocumentException e) {
            return Input.failed(id, name, e);
        }
    }
}
