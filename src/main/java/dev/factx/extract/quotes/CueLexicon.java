package dev.factx.extract.quotes;

import dev.factx.extract.Resources;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A lexicon of cue words shipped as a TSV (word, kinds of content, prepositions): what may follow
 * each word, "clause", "object", "as", "to" or "listener", and the prepositions that introduce its
 * noun-phrase content ("called for", "critical of").
 */
final class CueLexicon {
    private record Entry(Set<String> content, Set<String> prepositions) {
    }

    private final Map<String, Entry> entries;

    private CueLexicon(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    static CueLexicon load(String resource) {
        Map<String, Entry> entries = new HashMap<>();
        for (String[] row : Resources.tsv(CueLexicon.class, resource)) {
            Set<String> prepositions = row.length > 2 && !row[2].isBlank() ? Set.of(row[2].split(",")) : Set.of();
            entries.put(row[0], new Entry(Set.of(row[1].split(",")), prepositions));
        }
        return new CueLexicon(entries);
    }

    boolean contains(String word) {
        return entries.containsKey(word);
    }

    /** Whether {@code word} takes this kind of content: "clause", "object", "as", "to" or "listener". */
    boolean takes(String word, String content) {
        Entry e = entries.get(word);
        return e != null && e.content().contains(content);
    }

    /** Whether {@code word} takes this kind of content and no other. */
    boolean takesOnly(String word, String content) {
        Entry e = entries.get(word);
        return e != null && e.content().equals(Set.of(content));
    }

    /** Whether {@code preposition} introduces a noun-phrase content of {@code word}. */
    boolean introduces(String word, String preposition) {
        Entry e = entries.get(word);
        return e != null && e.prepositions().contains(preposition);
    }
}
