package dev.factx.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which facts a rule means: each field (a dotted path such as "speaker.name") must have the
 * given value. Numbers compare by value, so 48000000000 matches 4.8E10 and "48000000000".
 */
record Where(Map<String, JsonNode> fields) {
    static final Where ANY = new Where(Map.of());

    Where {
        fields = Map.copyOf(fields);
    }

    boolean matches(JsonNode fact) {
        return fields.entrySet().stream().allMatch(e -> same(fact.at("/" + e.getKey().replace('.', '/')), e.getValue()));
    }

    private static boolean same(JsonNode actual, JsonNode wanted) {
        if (wanted.isNull()) {
            return actual.isMissingNode() || actual.isNull();
        }
        if (actual.isMissingNode() || actual.isNull()) {
            return false;
        }
        BigDecimal a = number(actual);
        BigDecimal w = number(wanted);
        if (a != null && w != null) {
            return a.compareTo(w) == 0;
        }
        return actual.asText().equals(wanted.asText());
    }

    private static BigDecimal number(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        try {
            return node.isTextual() ? new BigDecimal(node.asText().trim()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "name=Vladimir Putin, type=PERSON", in a stable order. */
    String describe() {
        return fields.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue().asText()).collect(Collectors.joining(", "));
    }
}
