package dev.factx.extract.quotes;

import dev.factx.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * "painted Trump as a Romney caricature", "see reauthorization as an opportunity", "dismissed the
 * criticism as partisan": a verb of depicting or perceiving reports a view when its object is
 * followed by "as" and what the object is taken for; without "as" the same verbs mostly report
 * deeds ("painted the house", "saw the ceremony").
 */
final class AsComplement {
    private static final int MAX_OBJECT_TOKENS = 12;
    private static final Set<String> ADVERBIAL = Set.of("well", "much", "many", "long", "far", "soon", "if", "though");

    private AsComplement() {
    }

    /** Whether a noun phrase starts at {@code k} and "as" follows it before any verb or punctuation. */
    static boolean follows(List<Token> tokens, int k, int last) {
        int j = k;
        while (j < last && j - k <= MAX_OBJECT_TOKENS && isObjectPart(tokens.get(j))) {
            j++;
        }
        // "accept more refugees as he issued…", "as well": "as" opening a clause or an adverb, not a view.
        return j > k && j + 1 < last && tokens.get(j).lower().equals("as") && !tokens.get(j + 1).hasPos("VB")
                && !(tokens.get(j + 1).hasPos("PRP") && !tokens.get(j + 1).hasPos("PRP$"))
                && !ADVERBIAL.contains(tokens.get(j + 1).lower());
    }

    /** Noun-phrase words and the prepositions inside one ("the salience of ethnic ties"), "as" excluded. */
    private static boolean isObjectPart(Token t) {
        return Speakers.isNounPhrasePart(t) || t.hasPos("PRP$")
                || t.hasPos("IN") && !t.lower().equals("as") && !t.lower().equals("that");
    }
}
