package dev.factx.facts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The kinds of fact factx extracts; each is one layer of the output. */
public enum FactKind {
    ENTITIES, DATES, QUANTITIES, QUOTES;

    /** The layer's name as it appears in JSON and on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FactKind fromKey(String key) {
        for (FactKind kind : values()) {
            if (kind.key().equalsIgnoreCase(key.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown fact kind '" + key + "'; expected one of "
                + Arrays.stream(values()).map(FactKind::key).collect(Collectors.joining(", ")));
    }

    public static Set<FactKind> all() {
        return EnumSet.allOf(FactKind.class);
    }
}
