package dev.factx.extract.quotes;

import dev.factx.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * A reported clause without "that" whose subject is too long to read as one noun phrase: "said
 * the demands that come with the job erase the barriers", "say her plans to raise taxes would
 * make the code more complicated", "has said about 20 people have indicated an interest". After
 * a verb of saying or thinking, a noun phrase with a finite verb later in the clause is the
 * clause's subject, not the verb's object.
 */
final class BareClause {
    /** Words that open a subject besides noun-phrase words: "about 20 people", "neither the nominee nor". */
    private static final Set<String> SUBJECT_OPENERS = Set.of("about", "nearly", "almost", "more", "only",
            "neither", "either", "both", "even", "at");

    private BareClause() {
    }

    /** Where the clause begins (right after the verb), or -1 when no subject and finite verb follow. */
    static int start(List<Token> tokens, int verb, int end, String lemma) {
        int k = verb + 1;
        if (!AttributionVerbs.takesClause(lemma) || end - k < ReportedSpeech.MIN_CONTENT_TOKENS) {
            return -1;
        }
        Token first = tokens.get(k);
        boolean subject = Speakers.isNounPhrasePart(first) || first.hasPos("PRP$")
                || SUBJECT_OPENERS.contains(first.lower());
        if (!subject || first.lower().equals("that")) {
            return -1;
        }
        for (int j = k + 1; j < end; j++) {
            Token t = tokens.get(j);
            if (t.text().equals(";") || t.text().equals(":")) {
                return -1;
            }
            if (t.hasPos("VBD") || t.hasPos("VBZ") || t.hasPos("VBP") || t.hasPos("MD")) {
                return k;
            }
        }
        return -1;
    }
}
