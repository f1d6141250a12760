package dev.factx.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRenderingTest {
    private static final Report REPORT = Evaluation.score(GoldSet.read(GoldSetTest.ALL_LAYERS),
            EvaluationTest.predictions(), EnumSet.allOf(Layer.class));

    @Test
    void jsonHasTheDocumentedShape() {
        JsonNode json = JsonReport.render(REPORT, 0);

        assertThat(json.get("gold").asText()).isEqualTo(GoldSetTest.ALL_LAYERS.toString());
        assertThat(json.get("documents").asInt()).isEqualTo(3);
        assertThat(json.at("/layers/entities/f1").asDouble()).isEqualTo(0.5714);
        assertThat(json.at("/layers/entities/byType/PERSON/precision").asDouble()).isEqualTo(0.6667);
        assertThat(json.at("/layers/timexes/relaxed/f1").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/layers/timexes/strict/f1").isNumber()).isTrue();
        assertThat(json.at("/layers/timexes/valueF1").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/layers/quantities/span/precision").asDouble()).isEqualTo(0.5);
        assertThat(json.at("/layers/quantities/unitAccuracy").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/layers/quotes").has("0.3")).isTrue();
        assertThat(json.at("/layers/quotes").get("0.8").get("speakerAccuracy").asDouble()).isEqualTo(1.0);
        assertThat(json.has("errors")).isFalse();
    }

    @Test
    void jsonListsErrorsWhenAsked() {
        JsonNode errors = JsonReport.render(REPORT, 5).get("errors");

        assertThat(errors.get("entities")).hasSize(2);
        assertThat(errors.at("/entities/0/kind").asText()).isEqualTo("false-negative");
        assertThat(errors.at("/entities/0/context").asText()).isEqualTo("Alice Smith told [[Reuters]] on Monday that Acme paid $5 million, or…");
        assertThat(errors.at("/quantities/0/kind").asText()).isEqualTo("false-positive");
    }

    @Test
    void tableForPeople() {
        String table = TableReport.render(REPORT, 1);

        assertThat(table).startsWith("gold: " + GoldSetTest.ALL_LAYERS + " (3 documents)\n")
                .contains("entities (CoNLL: exact span and type)")
                .containsPattern("  all +0\\.667 +0\\.500 +0\\.571 +4 +3 +2\n")
                .contains("  value F1                  1.000\n")
                .contains("negatives with predictions 1 of 1 documents")
                .contains("threshold 0.3")
                .contains("entities errors\n  false-negative  all-1 17..24  gold: ORGANIZATION\n")
                .contains("  wrong-type  all-1 40..44  gold: ORGANIZATION  found: PERSON\n");
    }

    @Test
    void firstFewOfEachKind() {
        assertThat(Problems.firstOfEachKind(REPORT.problems(Layer.ENTITIES), 1)).extracting(Problem::kind)
                .containsExactly("false-negative", "wrong-type");
    }
}
