package dev.factx.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Expands what the user named into sources, lazily and in a stable order: "-" is stdin, a
 * directory is every file under it (sorted, hidden ones skipped), a pattern such as
 * "corpus/**&#47;*.html" is every file it matches (sorted), anything else is one file.
 */
final class Sources {
    private static final String GLOB_CHARS = "*?[{";

    private Sources() {
    }

    static Iterator<Source> expand(Iterator<String> names) {
        return new Iterator<>() {
            private Iterator<Source> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && names.hasNext()) {
                    current = expand(names.next()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Source next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    static List<Source> expand(String name) {
        if (name.equals(Source.STDIN)) {
            return List.of(Source.stdin());
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            return List.of(Source.failed(name, new DocumentException("not-found", "not a valid path: " + e.getReason())));
        }
        if (!Files.exists(path) && isPattern(name)) {
            return glob(name);
        }
        if (Files.isDirectory(path)) {
            List<Source> found = walk(name, path, null);
            return found.isEmpty() ? List.of(Source.failed(name, new DocumentException("not-a-file",
                    "is a directory with no files in it (hidden ones are skipped)"))) : found;
        }
        return List.of(Source.file(path, OutputNames.stem(path.getFileName())));
    }

    private static boolean isPattern(String name) {
        return name.chars().anyMatch(c -> GLOB_CHARS.indexOf(c) >= 0);
    }

    /** The fixed directories before the first wildcard are walked; the rest is matched. */
    private static List<Source> glob(String pattern) {
        String[] parts = pattern.split("/", -1);
        int fixed = 0;
        while (fixed < parts.length - 1 && !isPattern(parts[fixed])) {
            fixed++;
        }
        String base = String.join("/", Arrays.copyOfRange(parts, 0, fixed));
        String rest = String.join("/", Arrays.copyOfRange(parts, fixed, parts.length));
        List<PathMatcher> matchers;
        try {
            // "**/" also matches no directory at all, as in shells with globstar.
            matchers = List.of(FileSystems.getDefault().getPathMatcher("glob:" + rest),
                    FileSystems.getDefault().getPathMatcher("glob:" + rest.replace("**/", "")));
        } catch (PatternSyntaxException e) {
            return List.of(Source.failed(pattern, new DocumentException("not-found",
                    "not a valid pattern: " + e.getDescription())));
        }
        Path root = Path.of(base.isEmpty() && pattern.startsWith("/") ? "/" : base);
        List<Source> found = Files.isDirectory(walkable(root)) ? walk(pattern, root, matchers) : List.of();
        if (found.isEmpty()) {
            return List.of(Source.failed(pattern, new DocumentException("not-found", "no file matches this pattern")));
        }
        return found;
    }

    private static List<Source> walk(String name, Path root, List<PathMatcher> matchers) {
        Path start = walkable(root);
        try (Stream<Path> files = Files.walk(start)) {
            return files
                    .filter(p -> !isHidden(start.relativize(p)) && Files.isRegularFile(p))
                    .map(p -> start.relativize(p))
                    .filter(rel -> matchers == null || matchers.stream().anyMatch(m -> m.matches(rel)))
                    .sorted()
                    .map(rel -> Source.file(root.resolve(rel), OutputNames.stem(rel)))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(Source.failed(name, new DocumentException("unreadable",
                    "cannot list the directory: " + e.getMessage())));
        }
    }

    /** The empty path, the root of a relative pattern, is walked as ".". */
    private static Path walkable(Path root) {
        return root.toString().isEmpty() ? Path.of(".") : root;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
