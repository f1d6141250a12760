package dev.factx.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One accuracy gate, "layer.metric=value" (timexes.valueF1=0.8): the run fails when the metric
 * falls below the value, or could not be measured.
 */
public record Gate(String metric, double minimum) {

    public Gate {
        Objects.requireNonNull(metric, "metric");
        if (!(minimum >= 0 && minimum <= 1)) {
            throw new IllegalArgumentException("minimum must be a fraction from 0 to 1, was " + minimum);
        }
    }

    /** Reads "layer.metric=value"; the message of the exception says what is wrong. */
    public static Gate parse(String text) {
        int eq = text.lastIndexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("expected LAYER.METRIC=VALUE (e.g. timexes.valueF1=0.8), got '" + text + "'");
        }
        double value;
        try {
            value = Double.parseDouble(text.substring(eq + 1).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.substring(eq + 1) + "' in '" + text + "' is not a number", e);
        }
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("'" + text + "': the value must be a fraction from 0 to 1");
        }
        return new Gate(text.substring(0, eq).trim(), value);
    }

    /** The gates whose metric is not among {@code metrics}, as messages; empty when all are known. */
    public static List<String> unknown(List<Gate> gates, Map<String, Double> metrics) {
        List<String> messages = new ArrayList<>();
        for (Gate gate : gates) {
            if (!metrics.containsKey(gate.metric)) {
                messages.add("--min " + gate.metric + ": no such metric for this gold file; metrics: "
                        + String.join(", ", metrics.keySet()));
            }
        }
        return messages;
    }

    /** The gates that fail, as messages for the user; empty when all pass. */
    public static List<String> failures(List<Gate> gates, Map<String, Double> metrics) {
        List<String> messages = new ArrayList<>();
        for (Gate gate : gates) {
            Double value = metrics.get(gate.metric);
            if (value == null) {
                messages.add(gate.metric + " could not be measured (nothing to judge); required " + gate.minimum);
            } else if (value < gate.minimum) {
                messages.add(gate.metric + " = " + value + " is below the required " + gate.minimum);
            }
        }
        return messages;
    }
}
