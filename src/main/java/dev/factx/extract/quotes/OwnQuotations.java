package dev.factx.extract.quotes;

import dev.factx.facts.Quote;

import java.util.ArrayList;
import java.util.List;

/**
 * A reported clause that runs on into someone's own quotation ("noted that Trump has not paid
 * taxes ― Trump boasted, “That makes me smart.”") ends where that quotation's attribution begins:
 * the quotation, with its own speaker and verb, is a direct quote of its own.
 */
final class OwnQuotations {
    private OwnQuotations() {
    }

    static List<Quote> trim(String text, List<Quote> reported, List<Quote> direct, List<QuoteMarks.Passage> passages) {
        List<Quote> trimmed = new ArrayList<>();
        for (Quote r : reported) {
            Quote own = direct.stream()
                    .filter(q -> q.kind().equals("direct") && q.speaker() != null && q.cue() != null)
                    // A sentence of its own, not the end of the writer's one ("said, “we were floored.”").
                    .filter(q -> Character.isUpperCase(q.text().charAt(0)))
                    .filter(q -> r.start() < q.start() && q.end() <= r.end())
                    .filter(q -> q.speaker().start() > r.start() && q.speaker().end() <= q.start())
                    .filter(q -> r.speaker() == null || r.speaker().start() != q.speaker().start())
                    .findFirst().orElse(null);
            trimmed.add(own == null ? r : cut(text, r, own.speaker().start(), passages));
        }
        trimmed.removeIf(q -> q.text().isBlank());
        return trimmed;
    }

    /** The reported clause up to {@code at}, without the punctuation and dashes that lead to the attribution. */
    private static Quote cut(String text, Quote r, int at, List<QuoteMarks.Passage> passages) {
        int end = at;
        while (end > r.start() && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        final int e = end;
        boolean quoted = passages.stream().anyMatch(p -> p.start() < e && r.start() < p.end());
        String kind = r.kind().equals("partial") && !quoted ? "indirect" : r.kind();
        return new Quote(text.substring(r.start(), end), r.start(), end, kind, r.cue(), r.speaker());
    }
}
