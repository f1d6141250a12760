package dev.factx.extract;

import dev.factx.facts.Entity;
import dev.factx.nlp.AnnotatedText;

import java.util.List;

/** The entities of an annotated text, for tests of the extractors that link to them (quote speakers). */
public final class ExtractedEntities {
    private ExtractedEntities() {
    }

    public static List<Entity> of(AnnotatedText annotated) {
        return EntityExtractor.extract(annotated, Gazetteer.EMPTY);
    }
}
