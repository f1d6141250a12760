package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Token;
import dev.factx.nlp.Tokens;

import java.util.List;
import java.util.Set;

/**
 * A yes-no question the writer puts to the reader ("Do you know where your candidate's tax
 * returns are?", "Or would you think she must be the worst woman?") reports nobody's words or
 * views: the auxiliary opens the question before its subject "you".
 */
final class ReaderQuestions {
    private static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "would", "will", "could", "can",
            "should", "might", "may");
    /**
     * Words after which the auxiliary opens a question ("Or would you…", "and ask would you…");
     * after any other word it does not ("How do you know…" asks what the reader knows, "what would you do").
     */
    private static final Set<String> LEADS = Set.of("or", "and", "so", "but", "ask", "then", "now");

    private ReaderQuestions() {
    }

    static List<Quote> drop(AnnotatedText doc, List<Quote> quotes) {
        return quotes.stream().filter(q -> !askedOfReader(doc, q)).toList();
    }

    private static boolean askedOfReader(AnnotatedText doc, Quote q) {
        Quote.Speaker s = q.speaker();
        if (s == null || !s.text().equalsIgnoreCase("you") || q.kind().equals("direct")) {
            return false;
        }
        List<Token> tokens = doc.tokens();
        int you = Tokens.firstEndingAfter(tokens, s.start());
        if (you <= 0 || you >= tokens.size() || !AUXILIARIES.contains(tokens.get(you - 1).lower())) {
            return false;
        }
        int auxiliary = you - 1;
        if (auxiliary == doc.sentenceOf(tokens.get(you)).firstToken()) {
            return true;
        }
        Token before = tokens.get(auxiliary - 1);
        return LEADS.contains(before.lower()) || before.text().equals(",");
    }
}
