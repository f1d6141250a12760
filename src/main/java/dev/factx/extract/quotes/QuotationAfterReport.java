package dev.factx.extract.quotes;

import dev.factx.facts.Quote;

import java.util.ArrayList;
import java.util.List;

/**
 * A quotation that follows reported speech in its paragraph without an attribution of its own
 * goes on with what was reported: "The talks may stall, Lee said. “Nobody wants to move first.”"
 * is one partial quote, the writer's words and the speaker's, as news annotators mark it.
 */
final class QuotationAfterReport {
    private static final String CLOSING_MARKS = "\u201D\"\u00BB";

    private QuotationAfterReport() {
    }

    /** The quotes with each unattributed quotation joined to the reported speech just before it. */
    static List<Quote> join(String text, List<Quote> sorted) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : sorted) {
            Quote previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && continues(text, previous, q)) {
                // The writer's words around it, so the closing mark belongs to the span.
                int end = q.end() < text.length() && CLOSING_MARKS.indexOf(text.charAt(q.end())) >= 0 ? q.end() + 1 : q.end();
                out.set(out.size() - 1, new Quote(text.substring(previous.start(), end), previous.start(), end,
                        "partial", previous.cue(), previous.speaker()));
            } else {
                out.add(q);
            }
        }
        return out;
    }

    /** The quotation's speaker is the report's mention, taken over because it has none of its own. */
    private static boolean sameMention(Quote report, Quote quotation) {
        return report.speaker().start() == quotation.speaker().start() && report.speaker().end() == quotation.speaker().end();
    }

    private static boolean continues(String text, Quote report, Quote quotation) {
        if (report.kind().equals("direct") || !quotation.kind().equals("direct") || report.speaker() == null
                || report.end() > quotation.start() || !(quotation.speaker() == null || sameMention(report, quotation))) {
            return false;
        }
        String between = text.substring(report.end(), quotation.start());
        if (between.contains("\n")) {
            return false;
        }
        // Only the attribution ("…, Lee said. “…”") or punctuation stands between them; not the main
        // clause after an opening participle ("Lamenting their luck, Mexicans often say, “…”").
        boolean trailing = report.speaker().start() >= report.end() && report.speaker().end() <= quotation.start()
                && between.contains(report.cue());
        return trailing || between.chars().noneMatch(Character::isLetterOrDigit);
    }
}
