package dev.factx.eval;

import java.util.List;
import java.util.Objects;

/**
 * The scores of one evaluation run. A layer the gold file does not annotate (or that was not
 * asked for) is null.
 *
 * @param gold      the gold file as the user named it
 * @param documents how many gold documents were scored
 */
public record Report(String gold, int documents, EntityScore entities, TimexScore timexes,
                     QuantityScore quantities, QuoteScore quotes) {
    public Report {
        Objects.requireNonNull(gold, "gold");
    }

    /** The errors of one layer, in document order; empty when the layer was not scored. */
    public List<Problem> problems(Layer layer) {
        return switch (layer) {
            case ENTITIES -> entities == null ? List.of() : entities.problems();
            case TIMEXES -> timexes == null ? List.of() : timexes.problems();
            case QUANTITIES -> quantities == null ? List.of() : quantities.problems();
            case QUOTES -> quotes == null ? List.of() : quotes.problems();
        };
    }
}
