package dev.factx.extract;

import dev.factx.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The category lexicon: what a quantity is about (missile-range, defence-budget, ...). */
final class Categories {
    private record Rule(String category, Set<String> kinds, Set<String> measureWords, Set<String> contextWords) {
    }

    private static final List<Rule> RULES = Resources.tsv("categories.tsv").stream()
            .map(row -> new Rule(row[0], words(row[1]), words(row[2]), words(row.length > 3 ? row[3] : "")))
            .toList();

    private Categories() {
    }

    private static Set<String> words(String column) {
        return column.isBlank() ? Set.of() : Set.of(column.toLowerCase(Locale.ROOT).split("\\|"));
    }

    /** The first rule whose kind, measured noun and sentence words all fit, or null. */
    static String categorize(String kind, String measures, List<Token> sentence) {
        if (measures == null) {
            return null;
        }
        Set<String> measureWords = Set.of(measures.toLowerCase(Locale.ROOT).split("[\\s-]+"));
        for (Rule rule : RULES) {
            if (rule.kinds.contains(kind) && measureWords.stream().anyMatch(rule.measureWords::contains)
                    && (rule.contextWords.isEmpty() || sentence.stream().anyMatch(t -> rule.contextWords.contains(t.lower())))) {
                return rule.category;
            }
        }
        return null;
    }
}
