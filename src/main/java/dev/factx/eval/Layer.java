package dev.factx.eval;

import dev.factx.facts.FactKind;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The layers a gold file can annotate, named as in the gold JSONL, with the facts that predict each. */
public enum Layer {
    ENTITIES(FactKind.ENTITIES), TIMEXES(FactKind.DATES), QUANTITIES(FactKind.QUANTITIES), QUOTES(FactKind.QUOTES);

    private final FactKind predictedBy;

    Layer(FactKind predictedBy) {
        this.predictedBy = predictedBy;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of fact factx extracts for this layer: timexes are predicted by dates. */
    public FactKind predictedBy() {
        return predictedBy;
    }

    public static Layer fromKey(String key) {
        for (Layer layer : values()) {
            if (layer.key().equalsIgnoreCase(key.trim())) {
                return layer;
            }
        }
        throw new IllegalArgumentException("unknown layer '" + key + "'; expected one of "
                + Arrays.stream(values()).map(Layer::key).collect(Collectors.joining(", ")));
    }
}
