package dev.factx.nlp;

import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Properties;

/** StanfordCoreNLP building its annotators with {@link ParallelAnnotators}. */
final class ParallelCoreNlp extends StanfordCoreNLP {
    ParallelCoreNlp(Properties props) {
        super(props);
    }

    /** Called by StanfordCoreNLP's constructor, before this class's fields exist: keeps none. */
    @Override
    protected AnnotatorImplementations getAnnotatorImplementations() {
        return new ParallelAnnotators();
    }
}
