package dev.factx.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The one adapter from factx's typed pipeline spec to CoreNLP's string-keyed properties. */
final class CoreNlpProperties {
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private CoreNlpProperties() {
    }

    static Properties of(PipelineSpec spec) {
        Properties props = new Properties();
        List<String> annotators = new ArrayList<>(List.of("tokenize", "ssplit", "pos", "lemma"));
        // A blank line ends a sentence, so a headline never runs into the first paragraph.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        if (spec.ner()) {
            annotators.add("ner");
            props.setProperty("ner.model", NER_MODEL);
            // Dates and numbers have their own extractors; SUTime inside NER would run twice.
            props.setProperty("ner.useSUTime", "false");
            props.setProperty("ner.applyNumericClassifiers", "false");
            props.setProperty("ner.applyFineGrained", "true");
            props.setProperty("ner.buildEntityMentions", "false");
        }
        if (spec.sutime()) {
            annotators.add("sutime");
            props.setProperty("customAnnotatorClass.sutime", "edu.stanford.nlp.time.TimeAnnotator");
            props.setProperty("sutime.markTimeRanges", "true");
            props.setProperty("sutime.includeRange", "true");
        }
        props.setProperty("annotators", String.join(",", annotators));
        return props;
    }
}
