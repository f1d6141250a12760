package dev.factx.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One fact that differs from the snapshot.
 *
 * @param key    what identifies the fact in both runs (see the README's "CI checks")
 * @param before the fact in the snapshot, or null when it was added
 * @param after  the fact now, or null when it was removed
 * @param fields for a changed fact, each field that changed
 */
public record FactChange(String layer, String key, Kind kind, JsonNode before, JsonNode after,
                         List<FieldChange> fields) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public FactChange {
        fields = List.copyOf(fields);
    }

    /** The fact as a CI log shows it. */
    public String description() {
        return Layers.describe(layer, after != null ? after : before);
    }
}
