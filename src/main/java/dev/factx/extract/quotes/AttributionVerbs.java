package dev.factx.extract.quotes;

/** The lexicon of verbs that attribute reported speech and what content each takes (attribution-verbs.tsv). */
public final class AttributionVerbs {
    private static final CueLexicon VERBS = CueLexicon.load("attribution-verbs.tsv");

    private AttributionVerbs() {
    }

    static boolean contains(String lemma) {
        return VERBS.contains(lemma);
    }

    public static boolean takesClause(String lemma) {
        return takes(lemma, "clause");
    }

    static boolean takesObject(String lemma) {
        return takes(lemma, "object");
    }

    /** "painted Trump as a caricature": a noun phrase only when "as" and what it is taken for follow. */
    static boolean takesObjectAs(String lemma) {
        return takes(lemma, "as");
    }

    /** "saw the ceremony": a verb whose only content is a noun phrase with "as" reports nothing without it. */
    static boolean takesOnlyObjectAs(String lemma) {
        return VERBS.takesOnly(lemma, "as");
    }

    static boolean takesInfinitive(String lemma) {
        return takes(lemma, "to");
    }

    static boolean hasListener(String lemma) {
        return takes(lemma, "listener");
    }

    /** "called for", "complained about": a preposition that introduces this verb's noun-phrase content. */
    static boolean introducesObject(String lemma, String preposition) {
        return VERBS.introduces(lemma, preposition);
    }

    private static boolean takes(String lemma, String content) {
        return VERBS.takes(lemma, content);
    }
}
