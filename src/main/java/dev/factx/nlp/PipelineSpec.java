package dev.factx.nlp;

import dev.factx.facts.FactKind;

import java.util.Set;

/**
 * Which NLP layers a run needs, derived from the facts asked for: the one place that decides
 * what the pipeline loads.
 */
public record PipelineSpec(boolean ner, boolean sutime) {

    public static PipelineSpec forKinds(Set<FactKind> kinds) {
        boolean ner = kinds.contains(FactKind.ENTITIES) || kinds.contains(FactKind.QUOTES);
        // Quantities use dates to tell "in 1987" from "1987 troops", so they need SUTime too.
        boolean sutime = kinds.contains(FactKind.DATES) || kinds.contains(FactKind.QUANTITIES);
        return new PipelineSpec(ner, sutime);
    }
}
