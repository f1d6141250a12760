package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Token;

import java.util.List;

/**
 * An attribution introduced by "as": "As the mayor put it, the city is broke", "The city, as one
 * of his aides pointed out, rarely gets snow", "…, as a Treasury memo put it." Opening the
 * sentence it attributes what follows, closing it what comes before, and inside it the whole
 * sentence, as annotators mark it.
 */
final class AsAttribution {
    /** Tokens from "as" to its verb ("as one of Mr. Obama's climate advisers pointed out"). */
    private static final int MAX_SOURCE_TOKENS = 9;
    /** Tokens from the verb to the comma that closes the aside ("put it in a statement in July"). */
    private static final int MAX_TAIL_TOKENS = 12;

    private AsAttribution() {
    }

    /** The quote an "as" attribution in {@code s} makes, or null. */
    static Quote find(AnnotatedText doc, Sentence s, Speakers speakers, int last) {
        List<Token> tokens = doc.tokens();
        for (int k = s.firstToken(); k + 2 < last; k++) {
            if (!tokens.get(k).lower().equals("as") || k > s.firstToken() && !tokens.get(k - 1).text().equals(",")) {
                continue;
            }
            int verb = verbOf(tokens, k + 1, last);
            if (verb < 0) {
                continue;
            }
            int close = verb + 1;
            while (close < last && !tokens.get(close).text().equals(",") && close - verb <= MAX_TAIL_TOKENS
                    && !tokens.get(close).hasPos("VB")) {
                close++;
            }
            boolean opening = k == s.firstToken() && close < last && tokens.get(close).text().equals(",");
            boolean closing = k > s.firstToken() && close == last;
            boolean inside = k > s.firstToken() && close < last && tokens.get(close).text().equals(",");
            if (!opening && !closing && !inside) {
                continue;
            }
            int from = opening ? close + 1 : s.firstToken();
            int to = closing ? k - 1 : last;
            Quote.Speaker who = speakers.phrase(k + 1, verb, tokens.get(from).start());
            if (who == null) {
                continue;
            }
            String cue = isPutIt(tokens, verb) ? tokens.get(verb).text() + " it" : tokens.get(verb).text();
            return ReportedSpeech.quote(doc, from, to, cue, who);
        }
        return null;
    }

    /**
     * The finite verb of "as NP VERB": a verb that reports a clause ("noted", "argued") or "put it";
     * not "as the economy grew" or "as she spoke".
     */
    private static int verbOf(List<Token> tokens, int from, int last) {
        for (int k = from; k < last && k - from <= MAX_SOURCE_TOKENS; k++) {
            Token t = tokens.get(k);
            if (t.hasPos("VB") || t.hasPos("MD")) {
                boolean finite = t.hasPos("VBD") || t.hasPos("VBZ") || t.hasPos("VBP");
                boolean reports = isPutIt(tokens, k)
                        || AttributionVerbs.takesClause(t.lowerLemma());
                return k > from && finite && reports ? k : -1;
            }
            if (t.text().equals(",") || t.hasPos("IN") && !t.lower().equals("of")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isPutIt(List<Token> tokens, int verb) {
        return tokens.get(verb).lowerLemma().equals("put") && verb + 1 < tokens.size()
                && tokens.get(verb + 1).lower().equals("it");
    }
}
