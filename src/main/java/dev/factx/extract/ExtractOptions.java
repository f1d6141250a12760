package dev.factx.extract;

import dev.factx.facts.FactKind;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What one run extracts: the typed, immutable options from which the pipeline and the
 * extractors are set up.
 *
 * @param kinds      the layers to extract; the pipeline loads only what they need
 * @param gazetteer  the user's own names and their types, added to the entities
 * @param categories the category lexicon of quantities: factx's own, with the user's rules first
 */
public record ExtractOptions(Set<FactKind> kinds, Gazetteer gazetteer, Categories categories) {

    public ExtractOptions(Set<FactKind> kinds) {
        this(kinds, Gazetteer.EMPTY);
    }

    public ExtractOptions(Set<FactKind> kinds, Gazetteer gazetteer) {
        this(kinds, gazetteer, Categories.BUILT_IN);
    }

    public ExtractOptions {
        Objects.requireNonNull(kinds, "kinds");
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(categories, "categories");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("kinds must name at least one fact kind");
        }
        kinds = Set.copyOf(EnumSet.copyOf(kinds));
    }

    public static ExtractOptions all() {
        return new ExtractOptions(FactKind.all());
    }

    public boolean wants(FactKind kind) {
        return kinds.contains(kind);
    }
}
