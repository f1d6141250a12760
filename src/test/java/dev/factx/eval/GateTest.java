package dev.factx.eval;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GateTest {
    private static final Map<String, Double> METRICS = new HashMap<>(Map.of(
            "timexes.valueF1", 0.75, "quotes.0.3.f1", 0.5));

    static {
        METRICS.put("timexes.valueAccuracy", null);
    }

    @Test
    void parsesMetricAndMinimum() {
        assertThat(Gate.parse("timexes.valueF1=0.8")).isEqualTo(new Gate("timexes.valueF1", 0.8));
        assertThat(Gate.parse("quotes.0.3.f1=.5")).isEqualTo(new Gate("quotes.0.3.f1", 0.5));
    }

    @Test
    void rejectsWhatIsNotAGate() {
        assertThatThrownBy(() -> Gate.parse("timexes.valueF1")).hasMessageContaining("expected LAYER.METRIC=VALUE");
        assertThatThrownBy(() -> Gate.parse("timexes.valueF1=high")).hasMessageContaining("'high'");
        assertThatThrownBy(() -> Gate.parse("timexes.valueF1=80")).hasMessageContaining("fraction from 0 to 1");
    }

    @Test
    void failsBelowTheMinimumOrWhenUnmeasured() {
        List<Gate> gates = List.of(Gate.parse("timexes.valueF1=0.8"), Gate.parse("quotes.0.3.f1=0.5"),
                Gate.parse("timexes.valueAccuracy=0.1"));

        assertThat(Gate.failures(gates, METRICS)).containsExactly(
                "timexes.valueF1 = 0.75 is below the required 0.8",
                "timexes.valueAccuracy could not be measured (nothing to judge); required 0.1");
        assertThat(Gate.failures(List.of(Gate.parse("timexes.valueF1=0.75")), METRICS)).isEmpty();
    }

    @Test
    void namesUnknownMetrics() {
        assertThat(Gate.unknown(List.of(Gate.parse("timexes.f1=0.5")), METRICS))
                .singleElement().asString().startsWith("--min timexes.f1: no such metric");
    }
}
