package dev.factx.nlp;

/**
 * One token as the extractors see it, detached from CoreNLP's classes.
 *
 * @param index    position among all tokens of the document
 * @param sentence index of its sentence
 * @param text     the token exactly as written
 * @param pos      Penn Treebank part-of-speech tag, or null when not tagged
 * @param ner      named-entity tag (PERSON, COUNTRY, ...), "O" for none, null when not tagged
 * @param coarseNer the statistical tagger's own tag (PERSON, ORGANIZATION, LOCATION, MISC, O)
 *                  before the fine-grained gazetteers refined it; null when not tagged
 */
public record Token(int index, int sentence, String text, int start, int end, String pos,
                    String lemma, String ner, String coarseNer) {

    public boolean hasPos(String prefix) {
        return pos != null && pos.startsWith(prefix);
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    /** The lemma in lower case, or the text's when the pipeline gave no lemma. */
    public String lowerLemma() {
        return lemma != null ? lemma.toLowerCase(java.util.Locale.ROOT) : lower();
    }
}
