package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A stance held by the subject of a linking verb, carried by an adjective (stance-adjectives.tsv):
 * "Many Democrats are afraid that turnout may be low", "Graham has been critical of Trump",
 * "Mr. Obama is determined to warn his supporters", "Ham made it clear he had misgivings".
 */
final class StanceAdjectives {
    private static final CueLexicon ADJECTIVES = CueLexicon.load("stance-adjectives.tsv");
    /** Verbs that link a subject to its stance: "are afraid", "felt betrayed", "came away convinced". */
    private static final Set<String> LINKING = Set.of("be", "feel", "seem", "remain", "appear", "become", "grow",
            "get", "look", "sound", "come");

    private StanceAdjectives() {
    }

    static List<Quote> find(AnnotatedText doc, Sentence s, Speakers speakers, int last) {
        List<Token> tokens = doc.tokens();
        List<Quote> found = new ArrayList<>();
        for (int a = s.firstToken() + 1; a + 1 < last; a++) {
            String adjective = tokens.get(a).lower();
            boolean impersonal = impersonal(tokens, s, a);
            int verb = impersonal ? -1 : linkingVerb(tokens, s, a);
            if (!ADJECTIVES.contains(adjective) || (verb < 0 && !impersonal)) {
                continue;
            }
            int from = contentStart(tokens, a + 1, last, adjective);
            if (from < 0 || (impersonal && (from != a + 1 || !ADJECTIVES.takes(adjective, "clause")))) {
                continue;
            }
            // "It is apparent that…": the writer's own view, held by nobody the text names.
            Quote.Speaker who = impersonal ? null : speakers.subjectOf(verb, tokens.get(from).start());
            int end = ReportedSpeech.clauseEnd(tokens, from, last);
            Quote q = impersonal ? ReportedSpeech.reported(doc, from, end, tokens.get(a).text(), null)
                    : ReportedSpeech.quote(doc, from, end, tokens.get(a).text(), who);
            if (q != null) {
                found.add(q);
                a = from;
            }
        }
        return found;
    }

    /** "it is clear", "it's obvious", "Nor is it clear": an adjective after "it" and a form of "be", in either order. */
    private static boolean impersonal(List<Token> tokens, Sentence s, int a) {
        int k = a - 1;
        while (k > s.firstToken() && tokens.get(k).hasPos("RB")) {
            k--;
        }
        if (k - 1 < s.firstToken()) {
            return false;
        }
        if (tokens.get(k).lower().equals("it")) {
            return tokens.get(k - 1).lowerLemma().equals("be");
        }
        if (!tokens.get(k).lowerLemma().equals("be")) {
            return false;
        }
        // "it should be obvious", "it has long been clear": the auxiliaries before "be".
        k--;
        while (k > s.firstToken() && (tokens.get(k).hasPos("MD") || tokens.get(k).hasPos("RB")
                || ReportedSpeech.PERFECT.contains(tokens.get(k).lower()))) {
            k--;
        }
        return tokens.get(k).lower().equals("it");
    }

    /** The verb that links the adjective at {@code a} to its subject, adverbs skipped; "made it clear"; or -1. */
    private static int linkingVerb(List<Token> tokens, Sentence s, int a) {
        int k = a - 1;
        while (k > s.firstToken() && (tokens.get(k).hasPos("RB") || tokens.get(k).lower().equals("away"))) {
            k--;
        }
        if (tokens.get(k).lower().equals("it") && k > s.firstToken() && tokens.get(k - 1).lowerLemma().equals("make")) {
            return k - 1;
        }
        return tokens.get(k).hasPos("VB") && LINKING.contains(tokens.get(k).lowerLemma()) ? k : -1;
    }

    private static int contentStart(List<Token> tokens, int k, int last, String adjective) {
        if (last - k < ReportedSpeech.MIN_CONTENT_TOKENS) {
            return -1;
        }
        Token first = tokens.get(k);
        if (ADJECTIVES.takes(adjective, "clause") && (first.lower().equals("that") || first.lower().equals("whether")
                || first.lower().equals("if") || BareClause.start(tokens, k - 1, last, "say") == k)) {
            return k;
        }
        if (ADJECTIVES.takes(adjective, "to") && first.lower().equals("to") && tokens.get(k + 1).hasPos("VB")) {
            return k;
        }
        boolean nounPhrase = Speakers.isNounPhrasePart(tokens.get(k + 1)) || tokens.get(k + 1).hasPos("PRP$")
                || tokens.get(k + 1).hasPos("W");
        return ADJECTIVES.introduces(adjective, first.lower()) && nounPhrase ? k + 1 : -1;
    }
}
