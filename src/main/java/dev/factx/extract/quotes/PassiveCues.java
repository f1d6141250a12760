package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reporting verb in the passive with its agent: "The registration issue was first reported by
 * The Washington Post", "His views were echoed by a number of tax experts". The content is the
 * subject, the speaker the agent after "by".
 */
final class PassiveCues {
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be", "being", "'s", "'re");
    private static final Set<String> OPENERS = Set.of("however", "meanwhile", "but", "and", "instead");

    /**
     * Passive verbs of judgement or expectation that report a view with nobody named: "is
     * expected to", "was accused of", "were rated as", with the words their complement opens with.
     */
    private static final Map<String, Set<String>> UNSOURCED = Map.ofEntries(
            Map.entry("expect", Set.of("to")), Map.entry("think", Set.of("to")), Map.entry("believe", Set.of("to")),
            Map.entry("say", Set.of("to")), Map.entry("allege", Set.of("to")), Map.entry("rumor", Set.of("to")),
            Map.entry("consider", Set.of("to", "a", "an", "the")), Map.entry("deem", Set.of("to", "a", "an", "the")),
            Map.entry("accuse", Set.of("of")), Map.entry("suspect", Set.of("of")),
            Map.entry("blame", Set.of("for")), Map.entry("criticize", Set.of("for")), Map.entry("criticise", Set.of("for")),
            Map.entry("fault", Set.of("for")), Map.entry("rate", Set.of("as")), Map.entry("label", Set.of("as")),
            Map.entry("brand", Set.of("as")), Map.entry("regard", Set.of("as")), Map.entry("dub", Set.of("the", "a", "an")),
            Map.entry("charge", Set.of("with")));

    private PassiveCues() {
    }

    /**
     * "North Korea is not thought to be capable of…", "Mr. Quiros was accused of using $50
     * million…": a view reported with nobody named; the whole clause is the content, with no speaker.
     */
    static List<Quote> unsourced(AnnotatedText doc, Sentence s, int last) {
        List<Token> tokens = doc.tokens();
        List<Quote> found = new ArrayList<>();
        for (int v = s.firstToken() + 2; v + 2 < last; v++) {
            Token verb = tokens.get(v);
            Set<String> complements = UNSOURCED.get(verb.lowerLemma());
            if (!verb.hasPos("VBN") || complements == null || !complements.contains(tokens.get(v + 1).lower())) {
                continue;
            }
            int subjectEnd = subjectEnd(tokens, s, v);
            if (subjectEnd < 0) {
                continue;
            }
            int subjectStart = subjectStart(tokens, s, subjectEnd);
            int end = nextClause(tokens, v, ReportedSpeech.clauseEnd(tokens, v, last));
            if (subjectStart < subjectEnd && end - subjectStart >= ReportedSpeech.MIN_CONTENT_TOKENS) {
                int start = tokens.get(subjectStart).start();
                int stop = tokens.get(end - 1).end();
                found.add(new Quote(doc.text(start, stop), start, stop, "indirect", verb.text(), null));
                v = end;
            }
        }
        return found;
    }

    static List<Quote> find(AnnotatedText doc, Sentence s, Speakers speakers, int last) {
        List<Token> tokens = doc.tokens();
        List<Quote> found = new ArrayList<>();
        for (int v = s.firstToken() + 2; v + 2 < last; v++) {
            Token verb = tokens.get(v);
            if (!verb.hasPos("VBN") || !AttributionVerbs.contains(verb.lowerLemma()) || !tokens.get(v + 1).lower().equals("by")
                    || isTime(doc, v + 2)) {
                continue;
            }
            int subjectEnd = subjectEnd(tokens, s, v);
            if (subjectEnd < 0) {
                continue;
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

    /** "expected by the end of the year": a time after "by" is no agent. */
    private static boolean isTime(AnnotatedText doc, int token) {
        return doc.timexes().stream().anyMatch(t -> t.firstToken() <= token && token < t.endToken());
    }

    /**
     * "…, but Republicans seem confident", "…, but there's a gap": a comma before a
     * subject and its finite verb starts another clause.
     */
    static int nextClause(List<Token> tokens, int from, int end) {
        for (int k = from + 1; k + 2 < end; k++) {
            if (!tokens.get(k).text().equals(",")) {
                continue;
            }
            int j = tokens.get(k + 1).hasPos("CC") ? k + 2 : k + 1;
            int subject = j;
            while (j < end && (Speakers.isNounPhrasePart(tokens.get(j)) || tokens.get(j).hasPos("NNP") || tokens.get(j).hasPos("EX"))) {
                j++;
            }
            while (j < end && tokens.get(j).hasPos("RB")) {
                j++;
            }
            Token verb = j < end ? tokens.get(j) : null;
            if (j > subject && verb != null && (verb.hasPos("VBD") || verb.hasPos("VBZ") || verb.hasPos("VBP") || verb.hasPos("MD"))) {
                return k;
            }
        }
        return end;
    }

    /** The subject's first token: a noun phrase with its "of" phrases, back to the clause's start. */
    /**
     * Where the subject of the passive participle at {@code verb} ends: before its auxiliaries
     * ("could have been", "is not"); -1 when no form of "be" comes before the participle.
     */
    private static int subjectEnd(List<Token> tokens, Sentence s, int verb) {
        int aux = verb - 1;
        while (aux > s.firstToken() && tokens.get(aux).hasPos("RB")) {
            aux--;
        }
        if (!BE.contains(tokens.get(aux).lower())) {
            return -1;
        }
        int end = aux;
        while (end > s.firstToken() && (tokens.get(end - 1).hasPos("MD") || tokens.get(end - 1).hasPos("RB")
                || BE.contains(tokens.get(end - 1).lower()) || ReportedSpeech.PERFECT.contains(tokens.get(end - 1).lower()))) {
            end--;
        }
        return end;
    }

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
