package dev.factx.extract.quotes;

import dev.factx.facts.Quote;

/**
 * A paragraph that is nothing but a quotation, right after a paragraph whose quotation ends with
 * its attribution ("“…,” he said." then "“Right now, …”"), goes on with the same speaker: news
 * names a speaker once and lets the next paragraphs of the quotation stand alone.
 */
final class ParagraphQuotes {
    /** The longest attribution between the first quotation and the end of its paragraph. */
    private static final int MAX_ATTRIBUTION = 80;
    private static final String MARKS = "\"'\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019";

    private ParagraphQuotes() {
    }

    /** {@code next} opens and fills the paragraph after the one that {@code previous} and its attribution end. */
    static boolean goesOn(String text, Quote first, QuoteMarks.Passage previous, QuoteMarks.Passage next) {
        Quote.Speaker speaker = first.speaker();
        if (speaker.start() < previous.end() || speaker.end() > next.start()) {
            return false;
        }
        String between = text.substring(previous.end(), next.start());
        int paragraphEnd = between.indexOf('\n');
        if (paragraphEnd < 0 || paragraphEnd > MAX_ATTRIBUTION || speaker.end() > previous.end() + paragraphEnd) {
            return false;
        }
        String gap = between.substring(paragraphEnd);
        return gap.strip().chars().allMatch(c -> MARKS.indexOf(c) >= 0) && gap.chars().filter(c -> c == '\n').count() <= 2
                && fillsParagraph(text, next.end());
    }

    private static boolean fillsParagraph(String text, int end) {
        int k = end;
        while (k < text.length() && (MARKS.indexOf(text.charAt(k)) >= 0 || text.charAt(k) == ' ')) {
            k++;
        }
        return k == text.length() || text.charAt(k) == '\n';
    }
}
