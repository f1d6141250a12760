package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How something seems: "Melania seems to have vanished from the campaign trail", "RT can seem
 * like just another entrant", "it appeared that Trump was unable to…". An impression that nobody
 * in the text is named for: the whole clause is the content, with no speaker.
 */
final class Appearances {
    private static final Set<String> VERBS = Set.of("seem", "appear");
    /** Auxiliaries before a bare or perfect "seem": "can seem", "may once have seemed", "has appeared". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "'s", "’s");
    /** Words that open a clause of their own, so a subject never runs back over them. */
    private static final Set<String> SUBORDINATORS = Set.of("that", "if", "whether", "because", "as", "while",
            "although", "though", "since", "when", "after", "before", "until", "unless", "than");
    private static final Set<String> BREAKS = Set.of(":", "(", "--", "—", "–", ";");

    private Appearances() {
    }

    static List<Quote> find(AnnotatedText doc, Sentence s, int last) {
        List<Token> tokens = doc.tokens();
        List<Quote> found = new ArrayList<>();
        for (int v = s.firstToken() + 1; v + 2 < last; v++) {
            Token verb = tokens.get(v);
            if (!VERBS.contains(verb.lowerLemma()) || !verb.hasPos("VB") || !finite(tokens, s, v)) {
                continue;
            }
            int subjectEnd = subjectEnd(tokens, s, v);
            int subjectStart = subjectStart(tokens, s, subjectEnd);
            boolean impersonal = subjectEnd - subjectStart == 1 && tokens.get(subjectStart).lower().equals("it");
            // "it appeared that Trump was…": the impression is the "that" clause.
            int from = impersonal && tokens.get(v + 1).lower().equals("that") ? v + 1 : subjectStart;
            if (subjectStart >= subjectEnd || (impersonal && from == subjectStart) || tokens.get(subjectStart).hasPos("EX")
                    || (from == subjectStart && !impressionFollows(tokens, v + 1, last))) {
                continue;
            }
            int end = contentEnd(tokens, v, last);
            Quote q = ReportedSpeech.reported(doc, from, end, verb.text(), null);
            if (q != null) {
                found.add(q);
                v = end;
            }
        }
        return found;
    }

    /** "seems", "seemed", or a bare or perfect form after a modal or "has": not "makes him seem kinder". */
    private static boolean finite(List<Token> tokens, Sentence s, int v) {
        Token verb = tokens.get(v);
        if (verb.hasPos("VBZ") || verb.hasPos("VBD") || verb.hasPos("VBP")) {
            return true;
        }
        int k = v - 1;
        while (k > s.firstToken() && tokens.get(k).hasPos("RB")) {
            k--;
        }
        return tokens.get(k).hasPos("MD") || AUXILIARIES.contains(tokens.get(k).lower());
    }

    /** "to have vanished", "too risky", "like just another entrant": what the subject seems; not "appeared on MSNBC". */
    private static boolean impressionFollows(List<Token> tokens, int k, int last) {
        while (k + 1 < last && tokens.get(k).hasPos("RB") && !tokens.get(k + 1).hasPos("JJ")) {
            k++;
        }
        Token next = tokens.get(k);
        if (next.lower().equals("to")) {
            return k + 1 < last && tokens.get(k + 1).hasPos("VB");
        }
        return next.hasPos("JJ") || next.hasPos("RB") || next.lower().equals("like");
    }

    /** Where the subject ends: before the modals, auxiliaries and adverbs of the verb. */
    static int subjectEnd(List<Token> tokens, Sentence s, int v) {
        int end = v;
        while (end > s.firstToken() && (tokens.get(end - 1).hasPos("MD") || tokens.get(end - 1).hasPos("RB")
                || AUXILIARIES.contains(tokens.get(end - 1).lower()) || tokens.get(end - 1).lowerLemma().equals("be"))) {
            end--;
        }
        return end;
    }

    /**
     * The subject's first token: a noun phrase with its prepositional phrases ("the lack of
     * enthusiasm for Clinton among black voters"), a gerund's ("drawing on home equity"), or a
     * relative pronoun ("which seems", "a gray sky that seemed").
     */
    static int subjectStart(List<Token> tokens, Sentence s, int end) {
        int k = end;
        if (k > s.firstToken() && (tokens.get(k - 1).hasPos("WDT") || tokens.get(k - 1).lower().equals("that"))) {
            return k - 1;
        }
        while (k > s.firstToken()) {
            Token t = tokens.get(k - 1);
            boolean part = Speakers.isNounPhrasePart(t) || t.hasPos("PRP$") || t.hasPos("WP$") || t.hasPos("FW")
                    || (t.hasPos("IN") && !SUBORDINATORS.contains(t.lower()) && k < end);
            if (!part) {
                return t.hasPos("VBG") ? k - 1 : k;
            }
            k--;
        }
        return k;
    }

    /** The clause ends at a colon, a bracket or a dash, or where a comma opens a clause or an aside of its own. */
    static int contentEnd(List<Token> tokens, int v, int last) {
        int end = PassiveCues.nextClause(tokens, v, ReportedSpeech.clauseEnd(tokens, v, last));
        for (int k = v + 1; k < end; k++) {
            Token t = tokens.get(k);
            boolean aside = t.text().equals(",") && k + 1 < end && (tokens.get(k + 1).hasPos("IN")
                    || tokens.get(k + 1).hasPos("W") || tokens.get(k + 1).hasPos("VBN"));
            if (BREAKS.contains(t.text()) || aside) {
                return k;
            }
        }
        return end;
    }
}
