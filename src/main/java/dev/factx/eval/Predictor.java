package dev.factx.eval;

import java.util.Set;

/** What is being evaluated: gold document in, predicted spans out. Implementations are thread-safe. */
public interface Predictor {
    Annotations predict(GoldDocument doc);

    /** factx itself, loading the models for the given layers only. */
    static Predictor factx(Set<Layer> layers) {
        return FactxPredictor.load(layers);
    }

    /** Plain CoreNLP with its default NER (and quote annotator): the baseline factx should beat. */
    static Predictor coreNlpBaseline(Set<Layer> layers, String nerModel) {
        return CoreNlpBaseline.load(layers, nerModel);
    }
}
