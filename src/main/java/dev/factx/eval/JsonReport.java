package dev.factx.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factx.output.Json;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report as JSON for machines: {"gold", "documents", "layers": {...}, "errors": {...}};
 * fractions from 0 to 1, rounded to 4 places; an accuracy with nothing to judge is null.
 */
public final class JsonReport {
    private JsonReport() {
    }

    /** @param errors how many problems of each kind to list per layer; 0 leaves "errors" out */
    public static ObjectNode render(Report report, int errors) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("gold", report.gold());
        root.put("documents", report.documents());
        root.set("layers", layers(report));
        if (errors > 0) {
            ObjectNode byLayer = root.putObject("errors");
            for (Layer layer : Layer.values()) {
                if (layerPresent(report, layer)) {
                    byLayer.set(layer.key(), Json.mapper().valueToTree(Problems.firstOfEachKind(report.problems(layer), errors)));
                }
            }
        }
        return root;
    }

    /**
     * Every metric by its dotted path below "layers" ("timexes.valueF1", "quotes.0.3.f1",
     * "entities.byType.PERSON.f1"): what --min names. An unmeasured metric maps to null.
     */
    public static Map<String, Double> metrics(Report report) {
        Map<String, Double> flat = new LinkedHashMap<>();
        flatten("", layers(report), flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Double> flat) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = prefix + field.getKey();
            if (field.getValue().isObject()) {
                flatten(path + ".", field.getValue(), flat);
            } else {
                flat.put(path, field.getValue().isNumber() ? field.getValue().asDouble() : null);
            }
        }
    }

    private static boolean layerPresent(Report report, Layer layer) {
        return switch (layer) {
            case ENTITIES -> report.entities() != null;
            case TIMEXES -> report.timexes() != null;
            case QUANTITIES -> report.quantities() != null;
            case QUOTES -> report.quotes() != null;
        };
    }

    private static ObjectNode layers(Report report) {
        ObjectNode layers = Json.mapper().createObjectNode();
        if (report.entities() != null) {
            ObjectNode e = prf(layers.putObject("entities"), report.entities().all());
            ObjectNode byType = e.putObject("byType");
            report.entities().byType().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(t -> prf(byType.putObject(t.getKey()), t.getValue()));
        }
        if (report.timexes() != null) {
            TimexScore t = report.timexes();
            ObjectNode node = layers.putObject("timexes");
            prf(node.putObject("relaxed"), t.relaxed());
            prf(node.putObject("strict"), t.strict());
            fraction(node, "valueAccuracy", t.value().fraction());
            fraction(node, "typeAccuracy", t.type().fraction());
            fraction(node, "valueF1", t.valueF1());
        }
        if (report.quantities() != null) {
            QuantityScore q = report.quantities();
            ObjectNode node = layers.putObject("quantities");
            prf(node.putObject("span"), q.span());
            fraction(node, "valueAccuracy", q.value().fraction());
            fraction(node, "unitAccuracy", q.unit().fraction());
            ObjectNode negatives = node.putObject("negatives");
            negatives.put("documents", q.negatives());
            negatives.put("withPredictions", q.negativesWithPredictions());
        }
        if (report.quotes() != null) {
            ObjectNode node = layers.putObject("quotes");
            report.quotes().byThreshold().forEach((threshold, level) -> {
                ObjectNode l = prf(node.putObject(threshold), level.prf());
                fraction(l, "speakerAccuracy", level.speaker().fraction());
                fraction(l, "kindAccuracy", level.kind().fraction());
                ObjectNode byKind = l.putObject("byKind");
                level.byKind().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(k -> prf(byKind.putObject(k.getKey()), k.getValue()));
            });
        }
        return layers;
    }

    private static ObjectNode prf(ObjectNode node, Prf prf) {
        fraction(node, "precision", prf.precision());
        fraction(node, "recall", prf.recall());
        fraction(node, "f1", prf.f1());
        node.put("gold", prf.gold());
        node.put("predicted", prf.predicted());
        node.put("correct", prf.correct());
        return node;
    }

    private static void fraction(ObjectNode node, String key, Double value) {
        if (value == null) {
            node.putNull(key);
        } else {
            node.put(key, Math.round(value * 10000) / 10000.0);
        }
    }
}
