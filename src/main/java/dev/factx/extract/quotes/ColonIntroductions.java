package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Token;

import java.util.List;

/**
 * A quotation introduced by a colon with no verb of saying: "The piece used one of the woman's
 * quotes as its headline: “…”", "President Obama is rolling out a new campaign message: "…"",
 * "Sanders made the following comment:" before the paragraph that quotes him. The subject of the
 * clause before the colon presents the words as its own.
 */
final class ColonIntroductions {
    /** Characters between the colon and the quotation: its marks and spaces, or a paragraph break. */
    private static final String BETWEEN = " \t\n\u00A0\"'\u201C\u201D\u2018\u2019";

    private ColonIntroductions() {
    }

    /** The subject of the last finite verb before the colon right before {@code quoteStart}, or null. */
    static Quote.Speaker speaker(AnnotatedText doc, Speakers speakers, int quoteStart) {
        String text = doc.text();
        int k = quoteStart - 1;
        while (k >= 0 && BETWEEN.indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        if (k < 0 || text.charAt(k) != ':') {
            return null;
        }
        List<Token> tokens = doc.tokens();
        int colon = -1;
        for (Token t : tokens) {
            if (t.start() == k) {
                colon = t.index();
                break;
            }
        }
        if (colon < 0) {
            return null;
        }
        Sentence s = doc.sentenceOf(tokens.get(colon));
        for (int v = colon - 1; v > s.firstToken(); v--) {
            Token t = tokens.get(v);
            if (t.hasPos("VBD") || t.hasPos("VBZ") || t.hasPos("VBP")) {
                return speakers.subjectOf(v, quoteStart);
            }
        }
        return null;
    }
}
