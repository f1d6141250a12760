package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Tokens;

import java.util.List;

/**
 * "Clinton "is the only candidate that has the experience…," retired general Lloyd Newton said":
 * a quoted fragment attributed after it finishes a clause the writer began, and annotators mark
 * the whole clause, the writer's lead-in ("Clinton") with the quoted words.
 */
final class QuotedLeadIns {
    private static final String MARKS = "\"'\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019";

    private QuotedLeadIns() {
    }

    static List<Quote> widen(AnnotatedText doc, List<Quote> quotes) {
        return quotes.stream().map(q -> widen(doc, q)).toList();
    }

    private static Quote widen(AnnotatedText doc, Quote q) {
        // The comma that hands over to the attribution: "…,” X said.
        if (!q.kind().equals("partial") || !q.text().stripTrailing().endsWith(",") || q.speaker() == null || q.speaker().start() < q.end() || q.start() == 0
                || MARKS.indexOf(doc.text().charAt(q.start() - 1)) < 0) {
            return q;
        }
        int first = Tokens.firstEndingAfter(doc.tokens(), q.start());
        if (first >= doc.tokens().size()) {
            return q;
        }
        Sentence s = doc.sentenceOf(doc.tokens().get(first));
        int start = s.start();
        while (start < q.start() && (Character.isWhitespace(doc.text().charAt(start))
                || MARKS.indexOf(doc.text().charAt(start)) >= 0)) {
            start++;
        }
        int leadEnd = q.start();
        while (leadEnd > start && MARKS.indexOf(doc.text().charAt(leadEnd - 1)) >= 0) {
            leadEnd--;
        }
        String leadIn = doc.text(start, leadEnd);
        // Only the writer's words before it: another quotation there is a quote of its own.
        if (leadIn.isBlank() || leadIn.chars().anyMatch(c -> MARKS.indexOf(c) >= 0 || c == '\n')) {
            return q;
        }
        return new Quote(doc.text(start, q.end()), start, q.end(), q.kind(), q.cue(), q.speaker());
    }
}
