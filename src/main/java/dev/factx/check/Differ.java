package dev.factx.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares two documents' facts by identity key, so one changed value is one change. */
final class Differ {
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private Differ() {
    }

    static SnapshotDiff diff(JsonNode expected, JsonNode actual) {
        List<FieldChange> document = new ArrayList<>();
        for (String field : fieldNames(expected, actual)) {
            if (!Layers.isLayer(field)) {
                fields(field, expected.path(field), actual.path(field), document);
            }
        }
        List<FactChange> facts = new ArrayList<>();
        for (String layer : Layers.ALL) {
            layer(layer, expected.path(layer), actual.path(layer), facts);
        }
        return new SnapshotDiff(document, facts);
    }

    private static void layer(String layer, JsonNode expected, JsonNode actual, List<FactChange> out) {
        Map<String, JsonNode> before = byKey(layer, expected);
        Map<String, JsonNode> after = byKey(layer, actual);
        for (Map.Entry<String, JsonNode> e : before.entrySet()) {
            JsonNode now = after.get(e.getKey());
            if (now == null) {
                out.add(new FactChange(layer, e.getKey(), FactChange.Kind.REMOVED, e.getValue(), null, List.of()));
            } else if (!same(now, e.getValue())) {
                List<FieldChange> fields = new ArrayList<>();
                for (String field : fieldNames(e.getValue(), now)) {
                    fields(field, e.getValue().path(field), now.path(field), fields);
                }
                out.add(new FactChange(layer, e.getKey(), FactChange.Kind.CHANGED, e.getValue(), now, fields));
            }
        }
        for (Map.Entry<String, JsonNode> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                out.add(new FactChange(layer, e.getKey(), FactChange.Kind.ADDED, null, e.getValue(), List.of()));
            }
        }
    }

    /** Facts by key; a second fact with the same key gets "#2", so none is lost. */
    private static Map<String, JsonNode> byKey(String layer, JsonNode facts) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (JsonNode fact : facts) {
            String key = Layers.key(layer, fact);
            String unique = key;
            for (int n = 2; map.containsKey(unique); n++) {
                unique = key + " #" + n;
            }
            map.put(unique, fact);
        }
        return map;
    }

    /** Nested objects are compared field by field; arrays and scalars as whole values. */
    private static void fields(String path, JsonNode before, JsonNode after, List<FieldChange> out) {
        if (same(before, after)) {
            return;
        }
        if (before.isObject() && after.isObject()) {
            for (String field : fieldNames(before, after)) {
                fields(path + "." + field, before.path(field), after.path(field), out);
            }
            return;
        }
        out.add(new FieldChange(path, orNull(before), orNull(after)));
    }

    /** 15, 15.0 and 1.5E1 are one value, however the JSON spelled them. */
    private static boolean same(JsonNode a, JsonNode b) {
        return a.equals(NUMBERS_BY_VALUE, b);
    }

    private static JsonNode orNull(JsonNode node) {
        return node instanceof MissingNode ? null : node;
    }

    private static Set<String> fieldNames(JsonNode a, JsonNode b) {
        Set<String> names = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(names::add);
        b.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
