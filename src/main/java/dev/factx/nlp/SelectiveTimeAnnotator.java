package dev.factx.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * SUTime on the parts of sentences around temporal cues ({@link TimeWindows}), not on whole
 * sentences: it costs as much per token as the rest of the pipeline, and most news text holds
 * no date. SUTime resolves each expression against the document date alone, so the words it
 * does not see change no value. Loaded by CoreNLP as a custom annotator, hence the (name,
 * properties) constructor.
 */
public final class SelectiveTimeAnnotator implements Annotator {
    private final TimeAnnotator sutime;

    public SelectiveTimeAnnotator(String name, Properties props) {
        this.sutime = new TimeAnnotator(name, props);
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            sutime.annotate(annotation);
            return;
        }
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> parts = sentences.stream().flatMap(s -> TimeWindows.of(s, text).stream()).toList();
        Annotation subset = new Annotation(text);
        subset.set(CoreAnnotations.SentencesAnnotation.class, parts);
        copy(annotation, subset, CoreAnnotations.DocDateAnnotation.class);
        copy(annotation, subset, CoreAnnotations.CalendarAnnotation.class);
        sutime.annotate(subset);
        annotation.set(TimeAnnotations.TimexAnnotations.class, subset.get(TimeAnnotations.TimexAnnotations.class));
    }

    private static <T> void copy(Annotation from, Annotation to, Class<? extends CoreAnnotation<T>> key) {
        if (from.containsKey(key)) {
            to.set(key, from.get(key));
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return sutime.requirementsSatisfied();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return sutime.requires();
    }
}
