package dev.factx.extract;

import dev.factx.facts.Entity;
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
        List<Entity> entities = EntityExtractor.extract(annotated, Gazetteer.EMPTY);
        return QuoteExtractor.extract(annotated, entities);
    }
}
