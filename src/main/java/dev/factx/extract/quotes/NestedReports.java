package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Token;

import java.util.List;

/**
 * "…it should be obvious that voters want to know what's in Mr. Trump's returns": a wish, a view
 * or an act inside the content of another report is part of what that one says; annotators mark
 * the outer report, not a second one within it ("want to know…"). Speech reported there ("it is
 * clear the governor told reporters that…", "believed her promise that…") stays a quote of its own.
 */
final class NestedReports {
    private NestedReports() {
    }

    static List<Quote> drop(AnnotatedText doc, List<Quote> quotes) {
        return quotes.stream().filter(q -> !nested(doc, q, quotes)).toList();
    }

    private static boolean nested(AnnotatedText doc, Quote q, List<Quote> quotes) {
        return q.kind().equals("indirect") && !reportsSpeech(doc, q) && quotes.stream().anyMatch(o -> o != q
                && o.start() <= q.start() && q.end() <= o.end() && o.end() - o.start() > q.end() - q.start());
    }

    /** The cue is a word of saying ("told", "her promise that…"): the last token before the content that spells it. */
    private static boolean reportsSpeech(AnnotatedText doc, Quote q) {
        Token cue = null;
        for (Token t : doc.tokens()) {
            if (t.end() > q.start()) {
                break;
            }
            if (t.text().equals(q.cue())) {
                cue = t;
            }
        }
        return cue != null && Cues.isSpeechWord(cue);
    }
}
