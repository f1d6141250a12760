package dev.factx.eval;

import java.util.Map;

/**
 * Maps the entity types of factx and of CoreNLP's fine-grained NER onto the four CoNLL types,
 * as ../shared/gold/FORMAT.md asks. Types with no CoNLL counterpart (TITLE, DATE, MONEY,
 * CAUSE_OF_DEATH, ...) map to nothing and are not scored.
 */
final class EntityTypes {
    private static final Map<String, String> TO_CONLL = Map.ofEntries(
            Map.entry("PERSON", "PERSON"),
            Map.entry("ORGANIZATION", "ORGANIZATION"),
            Map.entry("LOCATION", "LOCATION"),
            Map.entry("COUNTRY", "LOCATION"),
            Map.entry("CITY", "LOCATION"),
            Map.entry("STATE_OR_PROVINCE", "LOCATION"),
            Map.entry("MISC", "MISC"),
            Map.entry("NATIONALITY", "MISC"),
            Map.entry("RELIGION", "MISC"),
            Map.entry("IDEOLOGY", "MISC"),
            // Named documents: CoNLL annotates treaties and laws as MISC.
            Map.entry("TREATY", "MISC"),
            Map.entry("LAW", "MISC"));

    private EntityTypes() {
    }

    /** The CoNLL type for a factx or CoreNLP type, or null when CoNLL has none. */
    static String toConll(String type) {
        return type == null ? null : TO_CONLL.get(type);
    }
}
