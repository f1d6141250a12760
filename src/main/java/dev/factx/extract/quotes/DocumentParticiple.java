package dev.factx.extract.quotes;

import dev.factx.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * "filed legal papers opposing the unsealing", "sent a letter to the board urging members to
 * reconsider": a participle after a written message reports what the message says, on behalf of
 * whoever sent it.
 */
final class DocumentParticiple {
    private static final Set<String> DOCUMENTS = Set.of("letter", "paper", "brief", "motion", "memo",
            "memorandum", "statement", "resolution", "petition", "email", "e-mail", "note", "message", "ad",
            "advertisement", "editorial", "op-ed", "filing", "lawsuit", "complaint", "report");
    private static final int MAX_GAP_TOKENS = 8;

    private DocumentParticiple() {
    }

    /**
     * Whether the gerund at {@code gerund} follows a document noun with only its modifiers between;
     * the search stops at the first other word or mark, the end of the sentence before among them.
     */
    static boolean at(List<Token> tokens, int gerund) {
        if (!tokens.get(gerund).hasPos("VBG")) {
            return false;
        }
        for (int k = gerund - 1; k >= 0 && gerund - k <= MAX_GAP_TOKENS; k--) {
            Token t = tokens.get(k);
            if (t.hasPos("NN") && DOCUMENTS.contains(t.lowerLemma())) {
                return true;
            }
            if (!Speakers.isNounPhrasePart(t) && !t.hasPos("IN") && !t.hasPos("TO") && !t.hasPos("PRP$")) {
                return false;
            }
        }
        return false;
    }
}
