package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Token;
import dev.factx.nlp.Tokens;

import java.util.List;

/**
 * A content that opens with a relative "that" right after a noun ("told reporters after the
 * meeting that was held on a pleasure boat", "the one that visibly reduces anxiety") describes
 * that noun, as its verb right after "that" shows; it is not the clause a verb reports ("told
 * reporters that the summit had failed").
 */
final class RelativeClauses {
    private RelativeClauses() {
    }

    static List<Quote> drop(AnnotatedText doc, List<Quote> quotes) {
        return quotes.stream().filter(q -> !describesNounBefore(doc, q)).toList();
    }

    private static boolean describesNounBefore(AnnotatedText doc, Quote q) {
        if (q.kind().equals("direct")) {
            return false;
        }
        List<Token> tokens = doc.tokens();
        int first = Tokens.firstEndingAfter(tokens, q.start());
        if (first <= 0 || first >= tokens.size() || tokens.get(first).start() != q.start()) {
            return false;
        }
        Token that = tokens.get(first);
        Token before = tokens.get(first - 1);
        return that.lower().equals("that") && (before.hasPos("NN") || before.hasPos("CD"))
                && before.sentence() == that.sentence() && verbFollows(tokens, first + 1, q.end());
    }

    /**
     * The relative clause has no subject of its own: its finite verb comes right after "that"
     * (a gerund there is the subject of a reported clause: "the claim that not paying taxes made him smart").
     */
    private static boolean verbFollows(List<Token> tokens, int from, int end) {
        int k = from;
        while (k < tokens.size() && tokens.get(k).end() <= end && tokens.get(k).hasPos("RB")) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).end() <= end && isFinite(tokens.get(k));
    }

    private static boolean isFinite(Token t) {
        return t.hasPos("VBD") || t.hasPos("VBZ") || t.hasPos("VBP") || t.hasPos("MD");
    }
}
