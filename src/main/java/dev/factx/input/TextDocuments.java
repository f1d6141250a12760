package dev.factx.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/** Reads plain-text articles: from a file or from a stream such as stdin. */
public final class TextDocuments {
    /** The source name for standard input. */
    public static final String STDIN = "-";

    private TextDocuments() {
    }

    public static Document read(Path path) throws DocumentException {
        if (Files.isDirectory(path)) {
            throw new DocumentException("not-a-file", "is a directory; name the files in it, or a glob");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new DocumentException("not-found", "no such file");
        } catch (AccessDeniedException e) {
            throw new DocumentException("unreadable", "permission denied");
        } catch (IOException e) {
            throw new DocumentException("unreadable", "cannot read: " + e.getMessage(), e);
        }
        return fromBytes(idOf(path), path.toString(), bytes);
    }

    public static Document read(InputStream in, String source) throws DocumentException {
        try {
            return fromBytes("stdin", source, in.readAllBytes());
        } catch (IOException e) {
            throw new DocumentException("unreadable", "cannot read: " + e.getMessage(), e);
        }
    }

    static Document fromBytes(String id, String source, byte[] bytes) throws DocumentException {
        String text = TextDecoder.decode(bytes);
        return new Document(id, source, text, null, Titles.firstLine(text), Map.of());
    }

    /** The file name without its extensions: "a/putin.txt.gz" is "putin". */
    static String idOf(Path path) {
        String name = path.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
