package dev.factx.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The fine-grained NER pass (COUNTRY, CITY, TITLE... over the statistical tags) that CoreNLP's
 * NER runs last, done by {@link FineGrainedGazetteer} after it instead. Loaded by CoreNLP as a
 * custom annotator, hence the (name, properties) constructor.
 */
public final class FineGrainedNerAnnotator implements Annotator {
    private final FineGrainedGazetteer gazetteer;

    public FineGrainedNerAnnotator(String name, Properties props) {
        this.gazetteer = new FineGrainedGazetteer(props.getProperty(name + ".caseless"),
                props.getProperty(name + ".cased"), props.getProperty(name + ".validpospattern"));
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap sentence : sentences) {
            gazetteer.annotate(NerTokenView.of(sentence.get(CoreAnnotations.TokensAnnotation.class)));
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.NamedEntityTagAnnotation.class);
    }
}
