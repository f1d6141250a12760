package dev.factx.input;

import java.nio.file.Path;
import java.util.StringJoiner;

/** Output name stems: relative paths that are safe as file names in any output directory. */
final class OutputNames {
    private OutputNames() {
    }

    /** "2019/putin.txt.gz" is "2019/putin". */
    static String stem(Path relative) {
        StringJoiner joined = new StringJoiner("/");
        int last = relative.getNameCount() - 1;
        for (int i = 0; i <= last; i++) {
            String part = relative.getName(i).toString();
            joined.add(clean(i == last ? withoutExtensions(part) : part));
        }
        return joined.toString();
    }

    static String withoutExtensions(String fileName) {
        int dot = fileName.indexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** One path component: no separators, nothing hidden, no "..". */
    static String clean(String part) {
        String cleaned = part.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
        return cleaned.isEmpty() ? "_" : cleaned;
    }
}
