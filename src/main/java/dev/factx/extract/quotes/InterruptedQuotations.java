package dev.factx.extract.quotes;

import dev.factx.facts.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "“You know, I love Larry,” he said, but “when it comes to energy issues…”": a quotation that
 * its attribution interrupts and a conjunction takes up again is one statement, and annotators
 * mark it as one span with the attribution inside.
 */
final class InterruptedQuotations {
    /** What stands between the parts: the attribution, then "and" or "but" (", and still “…"). */
    private static final String OPENING_MARKS = "\"'\u201C\u201E\u00AB\u2018";
    private static final Pattern BETWEEN = Pattern.compile("[^\\n.?!]*,\\s*(?:and|but)\\b[^\\n.?!]*");

    private InterruptedQuotations() {
    }

    static List<Quote> join(String text, List<Quote> quotes) {
        List<Quote> joined = new ArrayList<>();
        for (Quote q : quotes) {
            Quote last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && interrupted(text, last, q)) {
                joined.set(joined.size() - 1, new Quote(text.substring(last.start(), q.end()), last.start(), q.end(),
                        last.kind(), last.cue(), last.speaker()));
            } else {
                joined.add(q);
            }
        }
        return joined;
    }

    private static boolean interrupted(String text, Quote first, Quote second) {
        Quote.Speaker s = first.speaker();
        if (s == null || second.speaker() == null || s.start() != second.speaker().start()
                || first.kind().equals("indirect") || second.kind().equals("indirect")
                || s.start() < first.end() || s.end() > second.start() || second.start() < first.end()) {
            return false;
        }
        // The second part may open with the writer's words that lead back to the quotation.
        int resume = second.start();
        while (resume > 0 && OPENING_MARKS.indexOf(text.charAt(resume - 1)) >= 0) {
            resume--;
        }
        while (resume < second.end() && OPENING_MARKS.indexOf(text.charAt(resume)) < 0) {
            resume++;
        }
        return first.text().stripTrailing().endsWith(",")
                && BETWEEN.matcher(text.substring(first.end(), Math.min(resume, second.end()))).matches();
    }
}
