package dev.factx.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** JSON values as one short line of a CI log. */
final class Values {
    private static final int LONGEST = 100;

    private Values() {
    }

    static String show(JsonNode value) {
        if (value == null) {
            return "(none)";
        }
        String text = value.toString();
        return text.length() > LONGEST ? text.substring(0, LONGEST - 1) + "…" : text;
    }

    /**
     * A field change: "count: 5 → 6". For two lists, the elements added and removed, since a
     * mention more shifts every index after it and would otherwise read as a list of changes.
     */
    static List<String> change(FieldChange change) {
        if (change.before() != null && change.after() != null && change.before().isArray() && change.after().isArray()) {
            List<String> lines = new ArrayList<>();
            for (JsonNode gone : minus(change.before(), change.after())) {
                lines.add(change.field() + ": - " + show(gone));
            }
            for (JsonNode added : minus(change.after(), change.before())) {
                lines.add(change.field() + ": + " + show(added));
            }
            if (lines.isEmpty()) {
                lines.add(change.field() + ": same elements, new order");
            }
            return lines;
        }
        return List.of(change.field() + ": " + show(change.before()) + " → " + show(change.after()));
    }

    /** The elements of a not in b, counting repeats. */
    private static List<JsonNode> minus(JsonNode a, JsonNode b) {
        List<JsonNode> rest = new ArrayList<>();
        b.forEach(rest::add);
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode element : a) {
            if (!rest.remove(element)) {
                out.add(element);
            }
        }
        return out;
    }
}
