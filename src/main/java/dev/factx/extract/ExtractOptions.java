package dev.factx.extract;

import dev.factx.facts.FactKind;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What one run extracts: the typed, immutable options from which the pipeline and the
 * extractors are set up.
 *
 * @param kinds the layers to extract; the pipeline loads only what they need
 */
public record ExtractOptions(Set<FactKind> kinds) {

    public ExtractOptions {
        Objects.requireNonNull(kinds, "kinds");
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
