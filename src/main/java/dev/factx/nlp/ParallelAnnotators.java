package dev.factx.nlp;

import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * CoreNLP's annotator factory, loading the models in parallel: CoreNLP builds the annotators one
 * after another, and the POS tagger, the NER classifier and each custom annotator (gazetteer,
 * SUTime) take a second or more apiece. Asked for the tokenizer, which comes first, it starts
 * loading the others, each on its own thread; asked for one of them, it waits for it.
 */
final class ParallelAnnotators extends AnnotatorImplementations {
    private final Map<String, CompletableFuture<Annotator>> loading = new ConcurrentHashMap<>();
    private volatile Properties loadingWith;

    @Override
    public Annotator tokenizer(Properties props) {
        startLoading(props);
        return super.tokenizer(props);
    }

    private void startLoading(Properties props) {
        loadingWith = props;
        for (String name : List.of(props.getProperty("annotators", "").split("\\s*,\\s*"))) {
            if (name.equals("pos")) {
                start(name, () -> super.posTagger(props));
            } else if (name.equals("ner")) {
                start(name, () -> super.ner(props));
            } else if (props.containsKey("customAnnotatorClass." + name)) {
                start(name, () -> super.custom(props, name));
            }
        }
    }

    private void start(String name, Supplier<Annotator> load) {
        loading.put(name, CompletableFuture.supplyAsync(load, task -> {
            Thread thread = new Thread(task, "factx-load-" + name);
            thread.setDaemon(true);
            thread.start();
        }));
    }

    @Override
    public Annotator posTagger(Properties props) {
        return loaded("pos", props, () -> super.posTagger(props));
    }

    @Override
    public Annotator ner(Properties props) {
        return loaded("ner", props, () -> super.ner(props));
    }

    @Override
    public Annotator custom(Properties props, String name) {
        return loaded(name, props, () -> super.custom(props, name));
    }

    /** The annotator loading in the background, or (other properties, or none loading) a new one. */
    private Annotator loaded(String name, Properties props, Supplier<Annotator> load) {
        CompletableFuture<Annotator> future = props == loadingWith ? loading.remove(name) : null;
        if (future == null) {
            return load.get();
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
