package dev.factx.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** The evaluate use case: predict on every gold document, then score the layers (a pure step). */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * Scores predictions against gold, layer by layer, over the documents that annotate the layer.
     *
     * @param predictions one per gold document, in the same order
     * @param layers      the layers to score; a layer no document annotates is left out
     */
    public static Report score(GoldSet gold, List<Annotations> predictions, Set<Layer> layers) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predictions, "predictions");
        Objects.requireNonNull(layers, "layers");
        if (predictions.size() != gold.documents().size()) {
            throw new IllegalArgumentException("predictions must be one per gold document: "
                    + predictions.size() + " for " + gold.documents().size());
        }
        Set<Layer> scored = gold.layers();
        scored.retainAll(layers);
        return new Report(gold.name(), gold.documents().size(),
                scored.contains(Layer.ENTITIES) ? EntityScorer.score(pairs(gold, predictions, Layer.ENTITIES, Annotations::entities)) : null,
                scored.contains(Layer.TIMEXES) ? TimexScorer.score(pairs(gold, predictions, Layer.TIMEXES, Annotations::timexes)) : null,
                scored.contains(Layer.QUANTITIES) ? QuantityScorer.score(pairs(gold, predictions, Layer.QUANTITIES, Annotations::quantities)) : null,
                scored.contains(Layer.QUOTES) ? QuoteScorer.score(pairs(gold, predictions, Layer.QUOTES, Annotations::quotes)) : null);
    }

    /** A predictor that found no layer at all gives no predictions: every gold span is missed. */
    private static <T> List<DocPair<T>> pairs(GoldSet gold, List<Annotations> predictions, Layer layer,
                                              Function<Annotations, List<T>> get) {
        List<DocPair<T>> pairs = new ArrayList<>();
        for (int i = 0; i < predictions.size(); i++) {
            GoldDocument doc = gold.documents().get(i);
            if (doc.gold().has(layer)) {
                List<T> predicted = predictions.get(i) == null ? null : get.apply(predictions.get(i));
                pairs.add(new DocPair<>(doc.id(), doc.text(), get.apply(doc.gold()), predicted == null ? List.of() : predicted));
            }
        }
        return pairs;
    }

    /**
     * Runs the predictor on every document, {@code threads} at a time; results in gold order.
     *
     * @throws IllegalStateException naming the gold line of a document the predictor failed on
     */
    public static List<Annotations> predict(Predictor predictor, GoldSet gold, int threads) {
        Objects.requireNonNull(predictor, "predictor");
        Objects.requireNonNull(gold, "gold");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "factx-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Annotations>> futures = new ArrayList<>();
            for (GoldDocument doc : gold.documents()) {
                futures.add(pool.submit(() -> predictor.predict(doc)));
            }
            List<Annotations> results = new ArrayList<>(futures.size());
            for (int i = 0; i < futures.size(); i++) {
                results.add(await(futures.get(i), gold, gold.documents().get(i)));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Annotations await(Future<Annotations> future, GoldSet gold, GoldDocument doc) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting " + doc.id(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(gold.name() + ":" + doc.line() + ": extraction of " + doc.id()
                    + " failed: " + e.getCause(), e.getCause());
        }
    }
}
