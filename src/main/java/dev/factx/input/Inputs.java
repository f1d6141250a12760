package dev.factx.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** Turns what the user named on the command line into a lazy stream of inputs. */
public final class Inputs {
    private Inputs() {
    }

    /**
     * Reads the named files, directories and patterns in order; "-" (or no name at all) is
     * standard input. Each file is read only when the stream reaches it.
     */
    public static Corpus open(List<String> names, InputStream stdin, ReadOptions options) {
        return open((names.isEmpty() ? List.of(Source.STDIN) : List.copyOf(names)).iterator(), stdin, options);
    }

    /** As {@link #open(List, InputStream, ReadOptions)}, for names that arrive one by one. */
    public static Corpus open(Iterator<String> names, InputStream stdin, ReadOptions options) {
        return new Corpus(Sources.expand(names), stdin, options);
    }

    /**
     * As {@link #open(List, InputStream, ReadOptions)}, then the inputs listed in a file (or in
     * stdin, for "-"), one a line, read as they are needed.
     *
     * @throws DocumentException when the list cannot be opened
     */
    public static Corpus open(List<String> names, String list, InputStream stdin, ReadOptions options)
            throws DocumentException {
        Iterator<String> listed = listedIn(list, stdin);
        Iterator<String> named = List.copyOf(names).iterator();
        return open(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return named.hasNext() || listed.hasNext();
            }

            @Override
            public String next() {
                return named.hasNext() ? named.next() : listed.next();
            }
        }, stdin, options);
    }

    /**
     * The names listed one a line in a file, or in stdin for "-", read as they are needed.
     *
     * @throws DocumentException when the list cannot be opened
     */
    public static Iterator<String> listedIn(String list, InputStream stdin) throws DocumentException {
        InputStream in;
        try {
            in = list.equals(Source.STDIN) ? stdin : Files.newInputStream(Path.of(list));
        } catch (NoSuchFileException e) {
            throw new DocumentException("not-found", "no such file");
        } catch (IOException e) {
            throw new DocumentException("unreadable", "cannot read: " + e.getMessage(), e);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new LookaheadIterator<>() {
            @Override
            protected String advance() {
                try {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        if (!line.isBlank()) {
                            return line.strip();
                        }
                    }
                    reader.close();
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the list " + list, e);
                }
            }
        };
    }

    /**
     * Reads one stream as the file it came from: ids, error records and a date in the file's
     * name are the file's, as if the run had opened it. For front ends that open files
     * themselves, like the Spark job on a distributed file system.
     *
     * @param name the file as error records name it; its last segment is the file name
     */
    public static Corpus openStream(InputStream in, String name, ReadOptions options) {
        Objects.requireNonNull(in, "in");
        if (name == null || name.isBlank() || name.equals(Source.STDIN)) {
            throw new IllegalArgumentException("name must name a file, not " + (name == null ? "null" : "\"" + name + "\""));
        }
        return new Corpus(List.of(Source.stream(name)).iterator(), in, options);
    }

    /** The total size of the named files, for progress; empty when stdin is among them. */
    public static OptionalLong totalBytes(List<String> names) {
        long total = 0;
        for (String name : names) {
            for (Source source : Sources.expand(name)) {
                if (source.isStdin()) {
                    return OptionalLong.empty();
                }
                // File.length is 0 for what cannot be read: that will be an error record anyway.
                total += source.path() == null ? 0 : source.path().toFile().length();
            }
        }
        return names.isEmpty() ? OptionalLong.empty() : OptionalLong.of(total);
    }
}
