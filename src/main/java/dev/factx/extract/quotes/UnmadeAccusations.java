package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Token;
import dev.factx.nlp.Tokens;

import java.util.List;
import java.util.Set;

/**
 * "Mr. Trump has never been charged with any wrongdoing", "Neither Clinton nor her allies have
 * been charged with any crime": an accusation denied in the passive reports nobody's view; only
 * one that was made does ("Mr. Quiros was accused of using $50 million…").
 */
final class UnmadeAccusations {
    private static final Set<String> ACCUSING = Set.of("charge", "accuse", "suspect", "blame", "criticize", "criticise",
            "fault");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t", "never");
    private static final Set<String> NEITHER = Set.of("neither", "nor");

    private UnmadeAccusations() {
    }

    static List<Quote> drop(AnnotatedText doc, List<Quote> quotes) {
        return quotes.stream().filter(q -> !unmade(doc, q)).toList();
    }

    private static boolean unmade(AnnotatedText doc, Quote q) {
        if (q.speaker() != null || q.cue() == null || !q.kind().equals("indirect")) {
            return false;
        }
        List<Token> tokens = doc.tokens();
        int first = Tokens.firstEndingAfter(tokens, q.start());
        if (first >= tokens.size()) {
            return false;
        }
        Sentence s = doc.sentenceOf(tokens.get(first));
        int verb = first;
        while (verb < s.endToken() && tokens.get(verb).end() <= q.end()
                && !(tokens.get(verb).text().equals(q.cue()) && tokens.get(verb).hasPos("VBN"))) {
            verb++;
        }
        if (verb >= s.endToken() || tokens.get(verb).end() > q.end() || !ACCUSING.contains(tokens.get(verb).lowerLemma())) {
            return false;
        }
        if (first > s.firstToken() && NEITHER.contains(tokens.get(first - 1).lower())) {
            return true;
        }
        // The auxiliaries before the participle: "has never been", "were not".
        for (int k = verb - 1; k >= first && (tokens.get(k).hasPos("RB") || tokens.get(k).hasPos("VB")
                || tokens.get(k).hasPos("MD")); k--) {
            if (NEGATIONS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
