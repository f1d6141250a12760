package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Token;
import dev.factx.nlp.Tokens;

import java.util.List;
import java.util.Set;

/**
 * A sentence's opening adverbial taken for reported content: "But when Congress cut funding two
 * years later, Mexico said enough", "In her 2003 book, Living History, Clinton noted…",
 * "As with so much at the United Nations, the interests of member states trump…". A phrase that
 * opens with a preposition or a conjunction of time and has no clause of its own after its first
 * comma says when or where, not what anyone said; so does a participle phrase with no verb of its
 * own ("Campaigning against Mitt Romney in 2012, he barely mentioned climate change").
 */
final class FrontedAdverbials {
    /** Words that open content rather than an adverbial. */
    private static final Set<String> CONTENT_OPENERS = Set.of("that", "whether", "if");
    private static final Set<String> CONJUNCTIONS = Set.of("but", "and", "yet", "so");

    private FrontedAdverbials() {
    }

    static List<Quote> drop(AnnotatedText doc, List<Quote> quotes) {
        return quotes.stream().filter(q -> !isAdverbial(doc, q)).toList();
    }

    static boolean isAdverbial(AnnotatedText doc, Quote q) {
        if (!q.kind().equals("indirect")) {
            return false;
        }
        List<Token> tokens = doc.tokens();
        int k = Tokens.firstEndingAfter(tokens, q.start());
        int end = Tokens.firstEndingAfter(tokens, q.end() - 1);
        if (k >= end || !Character.isUpperCase(tokens.get(k).text().charAt(0))) {
            return false;
        }
        if (CONJUNCTIONS.contains(tokens.get(k).lower()) && k + 1 < end) {
            k++;
        }
        Token opener = tokens.get(k);
        // "Campaigning against Mitt Romney in 2012, he barely mentioned climate change": a participle phrase with no verb of its own.
        if (opener.hasPos("VBG") && !hasFiniteVerb(tokens, k, end)) {
            return true;
        }
        boolean adverbial = (opener.hasPos("IN") && !CONTENT_OPENERS.contains(opener.lower()))
                || opener.lower().equals("when");
        return adverbial && !clauseAfterComma(tokens, k, end);
    }

    private static boolean hasFiniteVerb(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to && k < tokens.size(); k++) {
            if (isFinite(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFinite(Token t) {
        return t.hasPos("VBD") || t.hasPos("VBZ") || t.hasPos("VBP") || t.hasPos("MD");
    }

    private static boolean clauseAfterComma(List<Token> tokens, int from, int to) {
        boolean comma = false;
        for (int k = from; k <= to && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            comma |= t.text().equals(",");
            if (comma && isFinite(t)) {
                return true;
            }
        }
        return false;
    }
}
