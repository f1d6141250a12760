package dev.factx.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.factx.eval.Spans.doc;
import static dev.factx.eval.Spans.entity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EntityScorerTest {
    private static final String TEXT = "Alice met Paris officials at Acme Corp with Bob and some Frenchmen.";

    @Test
    void exactSpanAndTypeOnlyWithKnownCounts() {
        List<EntitySpan> gold = List.of(entity(TEXT, "Alice", "PERSON"), entity(TEXT, "Paris", "LOCATION"),
                entity(TEXT, "Acme Corp", "ORGANIZATION"));
        List<EntitySpan> predicted = List.of(
                entity(TEXT, "Alice", "PERSON"),             // right
                entity(TEXT, "Paris", "ORGANIZATION"),       // right span, wrong type: FP and FN
                entity(TEXT, "Acme", "ORGANIZATION"),        // short boundary: FP and FN
                entity(TEXT, "Bob", "PERSON"),               // not in gold: FP
                entity(TEXT, "Alice", "PERSON"),             // the same mention twice: counted once
                entity(TEXT, "Frenchmen", "MISC"));          // a type the gold set never uses: not scored

        EntityScore score = EntityScorer.score(List.of(doc(TEXT, gold, predicted)));

        assertThat(score.all()).isEqualTo(new Prf(3, 4, 1));
        assertThat(score.all().precision()).isEqualTo(0.25);
        assertThat(score.all().recall()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(score.all().f1()).isCloseTo(2 * 0.25 / 3 / (0.25 + 1 / 3.0), within(1e-9));
        assertThat(score.byType()).containsOnlyKeys("PERSON", "LOCATION", "ORGANIZATION");
        assertThat(score.byType().get("PERSON")).isEqualTo(new Prf(1, 2, 1));
        assertThat(score.byType().get("LOCATION")).isEqualTo(new Prf(1, 0, 0));
        assertThat(score.byType().get("ORGANIZATION")).isEqualTo(new Prf(1, 2, 0));
        assertThat(score.problems()).extracting(Problem::kind, Problem::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("wrong-type", "Paris"),
                org.assertj.core.groups.Tuple.tuple("false-negative", "Acme Corp"),
                org.assertj.core.groups.Tuple.tuple("false-positive", "Acme"),
                org.assertj.core.groups.Tuple.tuple("false-positive", "Bob"));
    }

    @Test
    void anEmptyGoldLayerMakesEveryPredictionFalse() {
        String text = "Bob left.";
        EntityScore score = EntityScorer.score(List.of(
                doc(TEXT, List.of(entity(TEXT, "Alice", "PERSON")), List.of()),
                doc(text, List.of(), List.of(entity(text, "Bob", "PERSON")))));

        assertThat(score.all()).isEqualTo(new Prf(1, 1, 0));
        assertThat(score.all().f1()).isZero();
    }

    @Test
    void aGoldMentionWithoutTypeIsScoredOnItsSpan() {
        EntityScore score = EntityScorer.score(List.of(doc(TEXT, List.of(entity(TEXT, "Bob", null)),
                List.of(entity(TEXT, "Bob", "PERSON")))));

        assertThat(score.all()).isEqualTo(new Prf(1, 1, 1));
    }
}
