package dev.factx.eval;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static dev.factx.eval.Spans.entity;
import static dev.factx.eval.Spans.quote;
import static org.assertj.core.api.Assertions.assertThat;

/** The hand-made all-layers gold against hand-made predictions, through the public facade. */
class EvaluationTest {
    private static final GoldSet GOLD = GoldSet.read(GoldSetTest.ALL_LAYERS);

    static List<Annotations> predictions() {
        GoldDocument first = GOLD.documents().get(0);
        GoldDocument second = GOLD.documents().get(1);
        String t1 = first.text();
        String t2 = second.text();
        return List.of(
                new Annotations(List.of(entity(t1, "Alice Smith", "PERSON"), entity(t1, "Acme", "PERSON")),
                        List.of(Spans.timex(t1, "Monday", "DATE", "2020-03-02")),
                        List.of(Spans.quantity(t1, "$5 million", "money", "5000000", "USD"),
                                Spans.quantity(t1, "3 percent", "percent", "3", "%")),
                        List.of()),
                new Annotations(List.of(entity(t2, "Bob Jones", "PERSON")), List.of(), List.of(),
                        List.of(quote(t2, "We will win,", "direct", "Bob Jones", "Bob Jones"))),
                new Annotations(List.of(), List.of(), List.of(Spans.quantity("Nothing to see here.", "Nothing", "money", "0", "USD")), List.of()));
    }

    @Test
    void scoresEachLayerOverTheDocumentsThatAnnotateIt() {
        Report report = Evaluation.score(GOLD, predictions(), EnumSet.allOf(Layer.class));

        assertThat(report.documents()).isEqualTo(3);
        assertThat(report.entities().all()).isEqualTo(new Prf(4, 3, 2));
        assertThat(report.timexes().relaxed()).isEqualTo(new Prf(1, 1, 1));
        assertThat(report.quantities().span()).isEqualTo(new Prf(1, 2, 1));
        assertThat(report.quantities().negativesWithPredictions()).isEqualTo(1);
        assertThat(report.quotes().byThreshold().get("0.8").prf()).isEqualTo(new Prf(1, 1, 1));
        assertThat(report.quotes().byThreshold().get("0.8").speaker()).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void onlyTheLayersAskedFor() {
        Report report = Evaluation.score(GOLD, predictions(), EnumSet.of(Layer.TIMEXES));

        assertThat(report.entities()).isNull();
        assertThat(report.timexes()).isNotNull();
        assertThat(JsonReport.metrics(report)).containsEntry("timexes.valueF1", 1.0)
                .doesNotContainKey("entities.f1");
    }

    @Test
    void aPredictorThatGaveNothingMissesEverything() {
        List<Annotations> nothing = List.of(new Annotations(null, null, null, null),
                new Annotations(null, null, null, null), new Annotations(null, null, null, null));

        Map<String, Double> metrics = JsonReport.metrics(Evaluation.score(GOLD, nothing, EnumSet.allOf(Layer.class)));

        assertThat(metrics).containsEntry("entities.recall", 0.0).containsEntry("timexes.valueAccuracy", null)
                .containsEntry("quotes.0.3.f1", 0.0).containsEntry("entities.byType.PERSON.f1", 0.0);
    }

    @Test
    void predictsInGoldOrderOnSeveralThreads() {
        List<Annotations> predicted = Evaluation.predict(doc -> predictions().get(GOLD.documents().indexOf(doc)), GOLD, 2);

        assertThat(predicted).isEqualTo(predictions());
    }
}
