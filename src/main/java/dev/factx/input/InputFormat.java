package dev.factx.input;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a source's bytes hold articles: one plain-text article, one HTML page, or JSON Lines. */
public enum InputFormat {
    TEXT, HTML, JSONL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InputFormat fromKey(String key) {
        for (InputFormat format : values()) {
            if (format.key().equalsIgnoreCase(key.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown input format '" + key + "'; expected one of "
                + Arrays.stream(values()).map(InputFormat::key).collect(Collectors.joining(", ")));
    }

    /** The format a file name says, looking through ".gz"; anything unknown is plain text. */
    public static InputFormat forName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSONL;
        }
        return TEXT;
    }
}
