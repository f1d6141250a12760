package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Token;
import dev.factx.nlp.Tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence that ends with its attribution ("…, but the NYPD overruled that request, the source
 * added.") is what that speaker said, whole: a verb inside it ("Clinton had told police officials
 * that…") reports nothing of its own that runs on into the attribution.
 */
final class TrailingAttribution {
    /** The longest attribution after the last comma: "Sen. Lindsey Graham (R-S.C.) told The Huffington Post". */
    private static final int MAX_TAIL_TOKENS = 14;
    /** The longest object after the verb: "told The Huffington Post", "said in a statement". */
    private static final int MAX_OBJECT_TOKENS = 6;
    /** The verbs news puts after what was said. */
    private static final java.util.Set<String> ATTRIBUTING = java.util.Set.of("say", "add", "tell", "write", "note",
            "explain", "announce", "report", "conclude", "argue", "insist", "acknowledge", "claim", "recall", "warn",
            "predict", "suggest", "continue", "state", "confirm", "contend", "maintain");
    private static final java.util.Set<String> RELATIVE = java.util.Set.of("which", "who", "that");

    private TrailingAttribution() {
    }

    static List<Quote> apply(AnnotatedText doc, Speakers speakers, List<Quote> reported, List<QuoteMarks.Passage> passages) {
        List<Quote> result = new ArrayList<>();
        for (Quote q : reported) {
            Quote whole = wholeSentence(doc, speakers, q, passages);
            Quote kept = whole != null ? whole : q;
            if (result.stream().noneMatch(r -> r.start() == kept.start() && r.end() == kept.end())) {
                result.add(kept);
            }
        }
        return result;
    }

    /** The sentence up to its trailing attribution, said by that attribution's speaker; null when q does not run into one. */
    private static Quote wholeSentence(AnnotatedText doc, Speakers speakers, Quote q, List<QuoteMarks.Passage> passages) {
        List<Token> tokens = doc.tokens();
        int first = Tokens.firstEndingAfter(tokens, q.start());
        if (first >= tokens.size()) {
            return null;
        }
        Sentence s = doc.sentenceOf(tokens.get(first));
        int end = s.endToken();
        while (end > s.firstToken() && !tokens.get(end - 1).text().chars().anyMatch(Character::isLetterOrDigit)) {
            end--;
        }
        int comma = end - 1;
        while (comma > s.firstToken() && end - comma <= MAX_TAIL_TOKENS && !tokens.get(comma).text().equals(",")) {
            comma--;
        }
        if (comma <= s.firstToken() || !tokens.get(comma).text().equals(",")) {
            return null;
        }
        Token commaToken = tokens.get(comma);
        if (q.end() <= commaToken.start() || q.start() >= commaToken.start()
                || doc.text(s.start(), commaToken.start()).contains(":") || insideQuotation(passages, commaToken)) {
            return null;
        }
        for (int v = comma + 1; v < end; v++) {
            Token t = tokens.get(v);
            if (t.hasPos("VB") && !Cues.isSpeechVerb(t)) {
                return null;
            }
            if (ATTRIBUTING.contains(t.lowerLemma())) {
                if (end - v - 1 > MAX_OBJECT_TOKENS || hasVerb(tokens, v + 1, end)) {
                    return null;
                }
                Quote.Speaker who = speakers.subjectOf(v, tokens.get(s.firstToken()).start());
                if (who == null || who.start() < commaToken.end()) {
                    who = speakers.subjectAfter(v, end, tokens.get(s.firstToken()).start());
                }
                if (who == null || !opensTail(tokens, comma, who) || RELATIVE.contains(who.text().toLowerCase(java.util.Locale.ROOT))) {
                    return null;
                }
                int start = tokens.get(s.firstToken()).start();
                Quote whole = new Quote(doc.text(start, commaToken.start()), start, commaToken.start(), "indirect",
                        t.text(), who);
                return QuotedParts.classify(doc.text(), whole, passages);
            }
        }
        return null;
    }

    /** The speaker's mention ends the noun phrase right after the comma ("…, the source added", "…, attorneys for the family said"). */
    private static boolean opensTail(List<Token> tokens, int comma, Quote.Speaker who) {
        int k = comma + 1;
        while (k < tokens.size() && tokens.get(k).start() < who.start()) {
            Token t = tokens.get(k);
            if (!Speakers.isNounPhrasePart(t) && !t.hasPos("PRP$") && !t.lower().equals("of") && !t.lower().equals("for")) {
                return false;
            }
            k++;
        }
        return k < tokens.size() && tokens.get(k).start() == who.start();
    }

    /** A comma inside a quotation that goes on after it: the quotation's words, not the writer's attribution. */
    private static boolean insideQuotation(List<QuoteMarks.Passage> passages, Token comma) {
        return passages.stream().anyMatch(p -> p.start() < comma.start() && comma.end() < p.end());
    }

    private static boolean hasVerb(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).hasPos("VB")) {
                return true;
            }
        }
        return false;
    }
}
