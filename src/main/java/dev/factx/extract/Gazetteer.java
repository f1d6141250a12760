package dev.factx.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Domain names the statistical NER does not know (weapon systems, treaties), supplied by the
 * user. The format, one entry a line, tab-separated, '#' starts a comment:
 * <pre>
 * 9M729            WEAPON
 * New START        TREATY
 * /SS-\d+/         WEAPON      (between slashes: a Java regular expression)
 * </pre>
 * A literal name matches whole words, case-sensitively. Gazetteer matches win over the
 * statistical NER where they overlap.
 */
public final class Gazetteer {
    public static final Gazetteer EMPTY = new Gazetteer(List.of());

    record Entry(Pattern pattern, String type) {
    }

    /** A stretch of text the gazetteer names. */
    record Match(int start, int end, String type) {
    }

    private final List<Entry> entries;

    private Gazetteer(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** @throws IllegalArgumentException naming the file and line of a malformed entry */
    public static Gazetteer load(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                entries.add(parse(line, file + ":" + number));
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such gazetteer file");
        }
        return new Gazetteer(entries);
    }

    static Gazetteer of(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            entries.add(parse(lines.get(i), "line " + (i + 1)));
        }
        return new Gazetteer(entries);
    }

    private static Entry parse(String line, String where) {
        String[] cols = line.split("\t+");
        if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
            throw new IllegalArgumentException(where + ": expected 'name<TAB>TYPE', got '" + line + "'");
        }
        String name = cols[0].strip();
        String type = cols[1].strip().toUpperCase(Locale.ROOT);
        if (name.length() > 2 && name.startsWith("/") && name.endsWith("/")) {
            try {
                return new Entry(Pattern.compile(name.substring(1, name.length() - 1)), type);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(where + ": bad regular expression: " + e.getDescription());
            }
        }
        return new Entry(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])"), type);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        for (Entry e : entries) {
            Matcher m = e.pattern.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    matches.add(new Match(m.start(), m.end(), e.type));
                }
            }
        }
        return matches;
    }
}
