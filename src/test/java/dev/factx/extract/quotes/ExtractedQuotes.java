package dev.factx.extract.quotes;

import dev.factx.extract.ExtractedEntities;
import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.testing.Fixtures;

import java.util.List;

/** The quotes of a text as the extractor finds them, speakers linked to its entities. */
final class ExtractedQuotes {
    private ExtractedQuotes() {
    }

    static List<Quote> of(String text) {
        AnnotatedText annotated = Fixtures.annotate(text, null);
        return QuoteExtractor.extract(annotated, ExtractedEntities.of(annotated));
    }
}
