package dev.factx.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The one adapter from factx's typed pipeline spec to CoreNLP's string-keyed properties. */
final class CoreNlpProperties {
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    /**
     * CoreNLP's fine-grained gazetteers (COUNTRY, CITY, TITLE...), with the caseless one trimmed
     * by the build to the entries a token can match: same tags, a third of the loading time.
     */
    static final String FINE_GRAINED_CASELESS = "dev/factx/nlp/regexner_caseless_trimmed.tab";
    static final String FINE_GRAINED_CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";
    /** CoreNLP's default: a caseless match needs a noun or adjective ("Bush" but not "bush" the verb). */
    static final String FINE_GRAINED_TAGS = "(NN|JJ|ADD).*";
    /**
     * SUTime's rules with factx's English file: CoreNLP's own tags tense on shared values, so a
     * date's value depended on the text seen before it (see that file's header).
     */
    static final String SUTIME_RULES = "edu/stanford/nlp/models/sutime/defs.sutime.txt,"
            + "dev/factx/nlp/sutime/english.sutime.txt,"
            + "edu/stanford/nlp/models/sutime/english.holidays.sutime.txt";

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
            // CoreNLP's own fine-grained pass costs two thirds of the run; finener gives its tags.
            props.setProperty("ner.applyFineGrained", "false");
            props.setProperty("ner.buildEntityMentions", "false");
            annotators.add("finener");
            props.setProperty("customAnnotatorClass.finener", FineGrainedNerAnnotator.class.getName());
            props.setProperty("finener.caseless", FINE_GRAINED_CASELESS);
            props.setProperty("finener.cased", FINE_GRAINED_CASED);
            props.setProperty("finener.validpospattern", FINE_GRAINED_TAGS);
        }
        if (spec.sutime()) {
            annotators.add("sutime");
            props.setProperty("customAnnotatorClass.sutime", SelectiveTimeAnnotator.class.getName());
            props.setProperty("sutime.markTimeRanges", "true");
            // No "range" attribute: factx reads ranges from the temporal itself, and SUTime
            // fails computing the one of a fourth quarter ("fourth-quarter profit") and drops it.
            props.setProperty("sutime.includeRange", "false");
            props.setProperty("sutime.rules", SUTIME_RULES);
        }
        props.setProperty("annotators", String.join(",", annotators));
        return props;
    }
}
