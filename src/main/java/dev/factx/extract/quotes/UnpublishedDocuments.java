package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Token;
import dev.factx.nlp.Tokens;

import java.util.List;
import java.util.Set;

/**
 * A verb of publication reports what a document says only when the document came out: "Mitt
 * Romney released his returns in 2012". Returns not released, plans not unveiled, income not
 * disclosed ("Trump did not unveil plans to pay for it", "reasons to release the returns", "if
 * Mr. Trump had released the returns", "groups that don't disclose their fundraising") say
 * nothing to anyone.
 */
final class UnpublishedDocuments {
    private static final Set<String> PUBLISHING = Set.of("release", "unveil", "publish", "disclose");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "n’t");
    /** Prepositions before a gerund of something not (yet) done: "intention of releasing", "prevent him from releasing". */
    private static final Set<String> UNREALISED = Set.of("of", "from", "for", "without", "against");
    private static final Set<String> CONDITIONS = Set.of("if", "unless");
    /** Auxiliaries and adverbs between a negation or "to" and the verb ("did not immediately release"). */
    private static final int MAX_GAP = 3;

    private UnpublishedDocuments() {
    }

    static List<Quote> drop(AnnotatedText doc, List<Quote> quotes) {
        return quotes.stream().filter(q -> !unpublished(doc, q)).toList();
    }

    private static boolean unpublished(AnnotatedText doc, Quote q) {
        if (q.cue() == null || q.kind().equals("direct")) {
            return false;
        }
        List<Token> tokens = doc.tokens();
        int first = Tokens.firstEndingAfter(tokens, q.start());
        if (first >= tokens.size()) {
            return false;
        }
        Sentence s = doc.sentenceOf(tokens.get(first));
        int verb = first - 1;
        while (verb >= s.firstToken() && !tokens.get(verb).text().equalsIgnoreCase(q.cue())) {
            verb--;
        }
        if (verb < s.firstToken() || !PUBLISHING.contains(tokens.get(verb).lowerLemma())) {
            return false;
        }
        return negatedOrUnrealised(tokens, s, verb) || underCondition(tokens, s, verb);
    }

    private static boolean negatedOrUnrealised(List<Token> tokens, Sentence s, int verb) {
        if (verb > s.firstToken() && tokens.get(verb).hasPos("VBG") && UNREALISED.contains(tokens.get(verb - 1).lower())) {
            return true;
        }
        for (int k = verb - 1; k >= s.firstToken() && verb - k <= MAX_GAP; k--) {
            Token t = tokens.get(k);
            if (NEGATIONS.contains(t.lower()) || t.hasPos("TO")) {
                return true;
            }
            if (!t.hasPos("RB") && !t.hasPos("MD") && !t.hasPos("VB")) {
                return false;
            }
        }
        return false;
    }

    /** "if Mr. Trump had released the returns during the primaries": a condition before the verb in its sentence. */
    private static boolean underCondition(List<Token> tokens, Sentence s, int verb) {
        for (int k = verb - 1; k >= s.firstToken(); k--) {
            if (CONDITIONS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
