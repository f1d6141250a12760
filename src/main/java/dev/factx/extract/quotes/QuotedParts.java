package dev.factx.extract.quotes;

import dev.factx.facts.Quote;

import java.util.List;
import java.util.Locale;

/**
 * Reported speech next to quotation marks: a clause that quotes in part ("said the tweets were
 * “unhinged”") is one partial quote, the writer's words and the quoted ones together; a clause
 * that is all quotation ("said, “…”") is the direct quote its marks already give.
 */
final class QuotedParts {
    /** The writer's own words a partial quote needs besides the quoted ones ("that" aside). */
    private static final int MIN_OWN_WORDS = 2;
    private static final String MARKS = "\"'\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019";

    private QuotedParts() {
    }

    /**
     * The reported clause as it stands (no quotation in it), as a partial quote reaching to the
     * end of a quotation that opens inside it, or null when it is all quotation.
     */
    static Quote classify(String text, Quote q, List<QuoteMarks.Passage> passages) {
        int end = q.end();
        boolean quoted = false;
        for (QuoteMarks.Passage p : passages) {
            if (p.start() < end && q.start() < p.end()) {
                // A quotation that opens a sentence stands on its own: a direct quote, not a fragment.
                if (opensSentence(text, p)) {
                    return null;
                }
                quoted = true;
                if (p.start() >= q.start() && p.end() > end) {
                    end = p.end();
                }
            }
        }
        if (!quoted) {
            return q;
        }
        if (ownWords(text, q.start(), end, passages) < MIN_OWN_WORDS) {
            return null;
        }
        return new Quote(text.substring(q.start(), end), q.start(), end, "partial", q.cue(), q.speaker());
    }

    private static boolean opensSentence(String text, QuoteMarks.Passage p) {
        int k = p.start() - 1;
        while (k >= 0 && (Character.isWhitespace(text.charAt(k)) || MARKS.indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n' || ".?!".indexOf(text.charAt(k)) >= 0;
    }

    /** Words between start and end outside quotation marks, not counting a leading "that". */
    private static int ownWords(String text, int start, int end, List<QuoteMarks.Passage> passages) {
        StringBuilder own = new StringBuilder();
        for (int i = start; i < end; i++) {
            final int at = i;
            boolean inside = passages.stream().anyMatch(p -> p.start() <= at && at < p.end());
            own.append(inside || !Character.isLetterOrDigit(text.charAt(i)) ? ' ' : text.charAt(i));
        }
        String[] words = own.toString().strip().toLowerCase(Locale.ROOT).split("\\s+");
        int count = words[0].isEmpty() ? 0 : words.length;
        return count > 0 && words[0].equals("that") ? count - 1 : count;
    }
}
