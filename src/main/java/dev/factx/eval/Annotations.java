package dev.factx.eval;

import java.util.List;

/**
 * The spans of one document by layer, gold or predicted. A null layer was not annotated (gold)
 * or not asked for (predictions); an empty one has nothing in it.
 */
public record Annotations(List<EntitySpan> entities, List<TimexSpan> timexes, List<QuantitySpan> quantities,
                          List<QuoteSpan> quotes) {

    public Annotations {
        entities = entities == null ? null : List.copyOf(entities);
        timexes = timexes == null ? null : List.copyOf(timexes);
        quantities = quantities == null ? null : List.copyOf(quantities);
        quotes = quotes == null ? null : List.copyOf(quotes);
    }

    public boolean has(Layer layer) {
        return switch (layer) {
            case ENTITIES -> entities != null;
            case TIMEXES -> timexes != null;
            case QUANTITIES -> quantities != null;
            case QUOTES -> quotes != null;
        };
    }
}
