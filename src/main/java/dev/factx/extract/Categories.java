package dev.factx.extract;

import dev.factx.nlp.Token;

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
import java.util.Set;

/**
 * The category lexicon: what a quantity is about (missile-range, defence-budget, ...). factx
 * ships one ({@code categories.tsv}); a user's file adds to it, and its rules are tried first.
 * The format, one rule a line, tab-separated, '#' starts a comment:
 * <pre>
 * category        kinds           measured-noun words             sentence words (optional)
 * oil-price       money           price|prices                    oil|crude|brent|barrel
 * </pre>
 * A rule fits a quantity whose kind is one of its kinds (|-separated: money, percent, length,
 * mass, area, volume, speed, duration, energy, temperature, information, count), whose measured
 * noun (or counted noun) has one of its words, and whose sentence has one of its sentence words
 * (none needed when the column is empty or absent). Words match in any case. The first rule
 * that fits wins.
 */
public final class Categories {
    static final Set<String> KINDS = Set.of("money", "percent", "length", "mass", "area", "volume", "speed",
            "duration", "energy", "temperature", "information", "count");

    /** The lexicon shipped with factx. */
    public static final Categories BUILT_IN = new Categories(builtInRules());

    private record Rule(String category, Set<String> kinds, Set<String> measureWords, Set<String> contextWords) {
    }

    private final List<Rule> rules;

    private Categories(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    private static List<Rule> builtInRules() {
        List<Rule> rules = new ArrayList<>();
        for (String[] row : Resources.tsv(Categories.class, "categories.tsv")) {
            rules.add(rule(row, "categories.tsv"));
        }
        return rules;
    }

    /**
     * The shipped lexicon with the rules of a user's file before it.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed rule
     */
    public static Categories load(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        List<Rule> rules = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rules.add(rule(line.split("\t+", -1), file + ":" + number));
                }
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such categories file");
        }
        rules.addAll(BUILT_IN.rules);
        return new Categories(rules);
    }

    /** The shipped lexicon with these rule lines (in the file format) before it. */
    static Categories withRules(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            rules.add(rule(lines.get(i).split("\t+", -1), "line " + (i + 1)));
        }
        rules.addAll(BUILT_IN.rules);
        return new Categories(rules);
    }

    private static Rule rule(String[] cols, String where) {
        if (cols.length < 3 || cols.length > 4 || cols[0].isBlank() || cols[1].isBlank() || cols[2].isBlank()) {
            throw new IllegalArgumentException(where
                    + ": expected 'category<TAB>kinds<TAB>measured words[<TAB>sentence words]'");
        }
        Set<String> kinds = words(cols[1]);
        for (String kind : kinds) {
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException(where + ": unknown kind '" + kind + "'; expected one of "
                        + String.join(", ", KINDS.stream().sorted().toList()));
            }
        }
        return new Rule(cols[0].strip(), kinds, words(cols[2]), words(cols.length > 3 ? cols[3] : ""));
    }

    private static Set<String> words(String column) {
        // Set.copyOf, not Set.of: a word listed twice is no error.
        return column.isBlank() ? Set.of() : Set.copyOf(List.of(column.strip().toLowerCase(Locale.ROOT).split("\\s*\\|\\s*")));
    }

    /** The first rule whose kind, measured noun and sentence words all fit, or null. */
    String categorize(String kind, String measures, List<Token> sentence) {
        if (measures == null) {
            return null;
        }
        List<String> measureWords = List.of(measures.toLowerCase(Locale.ROOT).split("[\\s-]+"));
        for (Rule rule : rules) {
            if (rule.kinds.contains(kind) && measureWords.stream().anyMatch(rule.measureWords::contains)
                    && (rule.contextWords.isEmpty()
                    || sentence.stream().anyMatch(t -> rule.contextWords.contains(t.lower())))) {
                return rule.category;
            }
        }
        return null;
    }
}
