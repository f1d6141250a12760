package dev.factx.extract;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A reporting verb in the passive with its agent: "The registration issue was first reported by
 * The Washington Post", "His views were echoed by a number of tax experts". The content is the
 * subject, the speaker the agent after "by".
 */
final class PassiveCues {
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be", "being", "'s", "'re");
    private static final Set<String> OPENERS = Set.of("however", "meanwhile", "but", "and", "instead");

    private PassiveCues() {
    }

    static List<Quote> find(AnnotatedText doc, Sentence s, Speakers speakers, int last) {
        List<Token> tokens = doc.tokens();
        List<Quote> found = new ArrayList<>();
        for (int v = s.firstToken() + 2; v + 2 < last; v++) {
            Token verb = tokens.get(v);
            if (!verb.hasPos("VBN") || !AttributionVerbs.contains(verb.lowerLemma()) || !tokens.get(v + 1).lower().equals("by")) {
                continue;
            }
            int aux = v - 1;
            while (aux > s.firstToken() && tokens.get(aux).hasPos("RB")) {
                aux--;
            }
            if (!BE.contains(tokens.get(aux).lower())) {
                continue;
            }
            int subjectEnd = aux;
            while (subjectEnd > s.firstToken() && (tokens.get(subjectEnd - 1).hasPos("MD")
                    || BE.contains(tokens.get(subjectEnd - 1).lower()) || ReportedSpeech.PERFECT.contains(tokens.get(subjectEnd - 1).lower()))) {
                subjectEnd--;
            }
            int subjectStart = subjectStart(tokens, s, subjectEnd);
            int agentEnd = v + 2;
            while (agentEnd < last && (Speakers.isNounPhrasePart(tokens.get(agentEnd)) || tokens.get(agentEnd).hasPos("NNP"))) {
                agentEnd++;
            }
            Quote.Speaker who = agentEnd > v + 2 ? speakers.phrase(v + 2, agentEnd, tokens.get(subjectStart).start()) : null;
            Quote q = subjectStart < subjectEnd ? ReportedSpeech.quote(doc, subjectStart, subjectEnd, verb.text(), who) : null;
            if (q != null) {
                found.add(q);
            }
        }
        return found;
    }

    /** The subject's first token: a noun phrase with its "of" phrases, back to the clause's start. */
    private static int subjectStart(List<Token> tokens, Sentence s, int end) {
        int k = end;
        while (k > s.firstToken()) {
            Token t = tokens.get(k - 1);
            boolean part = Speakers.isNounPhrasePart(t) || t.hasPos("PRP$") || t.hasPos("WP$")
                    || (t.lower().equals("of") && k - 1 > s.firstToken());
            if (!part || OPENERS.contains(t.lower())) {
                break;
            }
            k--;
        }
        return k;
    }
}
