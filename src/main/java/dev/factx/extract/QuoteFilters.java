package dev.factx.extract;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;

import java.util.List;

/** What the finders took for quotes but a reader would not: run after all of them. */
final class QuoteFilters {
    private QuoteFilters() {
    }

    static List<Quote> apply(AnnotatedText doc, List<Quote> quotes) {
        return RelativeClauses.drop(doc, Markup.clean(doc.text(), EditorsNotes.drop(doc.text(), quotes)));
    }
}
