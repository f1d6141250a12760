package dev.factx.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The gazetteer gives the tags CoreNLP's own fine-grained pass (TokensRegexNERAnnotator) gives. */
class FineGrainedGazetteerTest {
    /** Statistical tags as the CRF might give them; every other word is O. */
    private static final Map<String, String> STATISTICAL = Map.ofEntries(
            Map.entry("Michael", "PERSON"), Map.entry("Flynn", "PERSON"), Map.entry("Jesse", "PERSON"),
            Map.entry("Jackson", "PERSON"), Map.entry("San", "LOCATION"), Map.entry("Francisco", "LOCATION"),
            Map.entry("Paris", "LOCATION"), Map.entry("Texas", "LOCATION"), Map.entry("Moscow", "LOCATION"),
            Map.entry("Russia", "LOCATION"), Map.entry("Petersburg", "LOCATION"), Map.entry("Saint", "LOCATION"),
            Map.entry("General", "ORGANIZATION"), Map.entry("Motors", "ORGANIZATION"),
            Map.entry("New", "ORGANIZATION"), Map.entry("York", "ORGANIZATION"), Map.entry("Stock", "ORGANIZATION"),
            Map.entry("Exchange", "ORGANIZATION"), Map.entry("Mexico", "LOCATION"), Map.entry("American", "MISC"),
            Map.entry("Hispanic", "MISC"), Map.entry("Federation", "LOCATION"), Map.entry("Russian", "LOCATION"),
            Map.entry("Washington", "PERSON"), Map.entry("Calif.", "LOCATION"), Map.entry("Georgia", "LOCATION"));

    private static final List<String> TEXTS = List.of(
            "Lt. Gen. Michael Flynn met the Calif. governor in San Francisco and the lt. gen. of Georgia.",
            "The U.S. and the United States of America signed with the Russian Federation, said the u.s.a. envoy.",
            "The president of the New York Stock Exchange visited Paris, Texas and paris in the spring.",
            "He is a Hispanic American senator from New Mexico who works at www.example.com and Example.org.",
            "The chief executive officer of General Motors flew to Moscow, then to Washington.",
            "Saint Petersburg is in Russia; the Rev. Jesse Jackson spoke to Catholics, Muslims and a Mormon bishop.",
            "The president and the prime minister of Ga. met a Chinese diplomat, an Iraqi general and a Briton.");

    private static StanfordCoreNLP tagger;
    private static TokensRegexNERAnnotator coreNlp;
    private static FineGrainedGazetteer gazetteer;

    @BeforeAll
    static void load() {
        CoreNlpLogging.configure(false);
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        tagger = new StanfordCoreNLP(props);
        Properties fine = new Properties();
        fine.setProperty("ner.fine.regexner.mapping", "ignorecase=true,validpospattern=" + CoreNlpProperties.FINE_GRAINED_TAGS
                + "," + CoreNlpProperties.FINE_GRAINED_CASELESS + ";" + CoreNlpProperties.FINE_GRAINED_CASED);
        coreNlp = new TokensRegexNERAnnotator("ner.fine.regexner", fine);
        gazetteer = new FineGrainedGazetteer(CoreNlpProperties.FINE_GRAINED_CASELESS,
                CoreNlpProperties.FINE_GRAINED_CASED, CoreNlpProperties.FINE_GRAINED_TAGS);
    }

    private static Annotation tagged(String text) {
        Annotation annotation = new Annotation(text);
        tagger.annotate(annotation);
        for (CoreLabel token : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
            token.setNER(STATISTICAL.getOrDefault(token.word(), "O"));
        }
        return annotation;
    }

    private static List<String> tags(Annotation annotation) {
        List<String> tags = new ArrayList<>();
        for (CoreLabel token : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
            tags.add(token.word() + "/" + token.ner());
        }
        return tags;
    }

    @Test
    void tagsAsCoreNlpsFineGrainedPass() {
        for (String text : TEXTS) {
            Annotation expected = tagged(text);
            coreNlp.annotate(expected);
            Annotation actual = tagged(text);
            for (CoreMap sentence : actual.get(CoreAnnotations.SentencesAnnotation.class)) {
                gazetteer.annotate(NerTokenView.of(sentence.get(CoreAnnotations.TokensAnnotation.class)));
            }
            assertThat(tags(actual)).as(text).isEqualTo(tags(expected));
            assertThat(tags(actual)).as(text).isNotEqualTo(tags(tagged(text)));
        }
    }

    @Test
    void aHyphenatedNameIsOneTokenUnlessItsSecondPartIsAnException() {
        Annotation annotation = tagged("The U.S.-led coalition met Moscow-based groups.");
        NerTokenView view = NerTokenView.of(annotation.get(CoreAnnotations.TokensAnnotation.class));
        List<String> words = new ArrayList<>();
        for (int i = 0; i < view.size(); i++) {
            words.add(view.word(i));
        }
        assertThat(words).containsExactly("The", "U.S.-led", "coalition", "met", "Moscow", "-", "based", "groups", ".");
    }
}
