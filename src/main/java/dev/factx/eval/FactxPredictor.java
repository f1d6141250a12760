package dev.factx.eval;

import dev.factx.extract.ExtractOptions;
import dev.factx.extract.Extractor;
import dev.factx.facts.DocumentDate;
import dev.factx.facts.FactKind;
import dev.factx.input.Document;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** factx's extractor run on the gold text, with the gold's creation date as the document date. */
final class FactxPredictor implements Predictor {
    private final Extractor extractor;

    private FactxPredictor(Extractor extractor) {
        this.extractor = extractor;
    }

    static FactxPredictor load(Set<Layer> layers) {
        Objects.requireNonNull(layers, "layers");
        Set<FactKind> kinds = EnumSet.noneOf(FactKind.class);
        layers.forEach(l -> kinds.add(l.predictedBy()));
        return new FactxPredictor(Extractor.load(new ExtractOptions(kinds)));
    }

    @Override
    public Annotations predict(GoldDocument doc) {
        DocumentDate date = doc.dct() == null ? null : new DocumentDate(doc.dct(), DocumentDate.FROM_METADATA);
        Document input = new Document(doc.id(), doc.id(), doc.text(), date, null, Map.of());
        return FactsAdapter.toAnnotations(extractor.extract(input));
    }
}
