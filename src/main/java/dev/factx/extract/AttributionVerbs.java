package dev.factx.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The lexicon of verbs that attribute reported speech and what content each takes (attribution-verbs.tsv). */
final class AttributionVerbs {
    /** What may follow one verb: its kinds of content and the prepositions before a noun-phrase content. */
    private record Entry(Set<String> content, Set<String> prepositions) {
    }

    private static final Map<String, Entry> VERBS = load();

    private AttributionVerbs() {
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> verbs = new HashMap<>();
        for (String[] row : Resources.tsv("attribution-verbs.tsv")) {
            Set<String> prepositions = row.length > 2 && !row[2].isBlank() ? Set.of(row[2].split(",")) : Set.of();
            verbs.put(row[0], new Entry(Set.of(row[1].split(",")), prepositions));
        }
        return verbs;
    }

    static boolean contains(String lemma) {
        return VERBS.containsKey(lemma);
    }

    static boolean takesClause(String lemma) {
        return takes(lemma, "clause");
    }

    static boolean takesObject(String lemma) {
        return takes(lemma, "object");
    }

    static boolean takesInfinitive(String lemma) {
        return takes(lemma, "to");
    }

    static boolean hasListener(String lemma) {
        return takes(lemma, "listener");
    }

    /** "called for", "complained about": a preposition that introduces this verb's noun-phrase content. */
    static boolean introducesObject(String lemma, String preposition) {
        Entry e = VERBS.get(lemma);
        return e != null && e.prepositions().contains(preposition);
    }

    private static boolean takes(String lemma, String content) {
        Entry e = VERBS.get(lemma);
        return e != null && e.content().contains(content);
    }
}
