package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Token;
import dev.factx.nlp.Tokens;

import java.util.List;

/**
 * Reported content that says nothing yet: it ends in a colon that introduces what follows ("MSNBC
 * suggested that Clinton has the following tasks ahead of her tonight:"), it is a "that" clause
 * cut before its verb ("continues to insist, most recently in an interview, that he really,
 * really wants…"), or it holds no word but a determiner or a preposition ("invoked the").
 */
final class UnfinishedContents {
    private UnfinishedContents() {
    }

    static List<Quote> drop(AnnotatedText doc, List<Quote> quotes) {
        return quotes.stream().filter(q -> !unfinished(doc, q)).toList();
    }

    private static boolean unfinished(AnnotatedText doc, Quote q) {
        if (!q.kind().equals("indirect")) {
            return false;
        }
        if (q.text().strip().endsWith(":")) {
            return true;
        }
        List<Token> tokens = doc.tokens();
        int first = Tokens.firstEndingAfter(tokens, q.start());
        int end = first;
        while (end < tokens.size() && tokens.get(end).end() <= q.end()) {
            end++;
        }
        if (first >= end) {
            return false;
        }
        List<Token> content = tokens.subList(first, end);
        boolean verb = content.stream().anyMatch(t -> t.hasPos("VB") || t.hasPos("MD"));
        boolean thatClause = content.get(0).lower().equals("that") && content.get(0).hasPos("IN");
        boolean onlyFunctionWords = content.stream().allMatch(t -> t.hasPos("DT") || t.hasPos("IN") || t.hasPos("CC")
                || t.hasPos("TO") || !t.text().chars().anyMatch(Character::isLetterOrDigit));
        return thatClause && !verb || onlyFunctionWords;
    }
}
