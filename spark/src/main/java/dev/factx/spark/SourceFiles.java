package dev.factx.spark;

import dev.factx.input.FileNames;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Expands the inputs into files on the driver, in the CLI's order: a file is itself, a
 * directory is every file under it (sorted, hidden ones skipped), a glob is its matches
 * (sorted); one that names nothing stays in the list as an error record, as in the CLI.
 * Hadoop globs have no "**": name a directory to read a tree.
 */
final class SourceFiles {
    private static final String GLOB_CHARS = "*?[{";

    private SourceFiles() {
    }

    static List<SourceFile> expand(List<String> inputs, Configuration conf) {
        List<SourceFile> files = new ArrayList<>();
        for (String input : inputs) {
            try {
                files.addAll(expand(input, conf));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    private static List<SourceFile> expand(String input, Configuration conf) throws IOException {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        if (fs.exists(path)) {
            FileStatus status = fs.getFileStatus(path);
            return status.isDirectory() ? walk(input, fs, status.getPath())
                    : List.of(SourceFile.of(status.getPath().toString(), input, path.getName()));
        }
        if (input.chars().anyMatch(c -> GLOB_CHARS.indexOf(c) >= 0)) {
            return glob(input, fs, path);
        }
        return List.of(SourceFile.missing(input, FileNames.id(path.getName()), "not-found", "no such file"));
    }

    private static List<SourceFile> walk(String input, FileSystem fs, Path root) throws IOException {
        String prefix = input.endsWith("/") ? input : input + "/";
        int rootLength = root.toUri().getPath().length() + 1;
        Map<String, FileStatus> byRelative = new TreeMap<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus file = it.next();
            String relative = file.getPath().toUri().getPath().substring(rootLength);
            if (Arrays.stream(relative.split("/")).noneMatch(part -> part.startsWith("."))) {
                byRelative.put(relative, file);
            }
        }
        return byRelative.entrySet().stream()
                .map(e -> SourceFile.of(e.getValue().getPath().toString(), prefix + e.getKey(),
                        e.getValue().getPath().getName()))
                .toList();
    }

    private static List<SourceFile> glob(String input, FileSystem fs, Path pattern) throws IOException {
        FileStatus[] matches = fs.globStatus(pattern);
        List<SourceFile> files = matches == null ? List.of() : Arrays.stream(matches)
                .filter(FileStatus::isFile)
                .sorted(Comparator.comparing(FileStatus::getPath))
                .map(match -> SourceFile.of(match.getPath().toString(), shown(input, match.getPath()),
                        match.getPath().getName()))
                .toList();
        return files.isEmpty()
                ? List.of(SourceFile.missing(input, FileNames.clean(input), "not-found", "no file matches this pattern"))
                : files;
    }

    /** A match as the CLI names it: relative to the working directory when the pattern was. */
    private static String shown(String input, Path match) {
        boolean local = "file".equals(match.toUri().getScheme());
        if (!local) {
            return match.toString();
        }
        java.nio.file.Path file = java.nio.file.Path.of(match.toUri().getPath());
        return new Path(input).isAbsolute() ? file.toString()
                : java.nio.file.Path.of("").toAbsolutePath().relativize(file).toString();
    }
}
