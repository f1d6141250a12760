package dev.factx.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The baseline: CoreNLP's default "tokenize,ssplit,pos,lemma,ner" (three CRF models, SUTime,
 * numeric classifiers, fine-grained types) and, for quotes, its quote annotator without
 * attribution, read as predictions and scored exactly as factx is. Kept apart from factx's
 * own pipeline, which configures NER differently.
 */
final class CoreNlpBaseline implements Predictor {
    private static final Set<String> TIMEX_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    private final StanfordCoreNLP pipeline;
    private final Set<Layer> layers;

    private CoreNlpBaseline(StanfordCoreNLP pipeline, Set<Layer> layers) {
        this.pipeline = pipeline;
        this.layers = Set.copyOf(layers);
    }

    /**
     * Loads the default NER only when a layer needs it: quotes alone need just the quote annotator.
     *
     * @param nerModel one CRF model to use instead of the default three, or null
     */
    static CoreNlpBaseline load(Set<Layer> layers, String nerModel) {
        Objects.requireNonNull(layers, "layers");
        List<String> annotators = new ArrayList<>(List.of("tokenize", "ssplit"));
        if (layers.contains(Layer.ENTITIES) || layers.contains(Layer.TIMEXES) || layers.contains(Layer.QUANTITIES)) {
            annotators.addAll(List.of("pos", "lemma", "ner"));
        }
        Properties props = new Properties();
        if (layers.contains(Layer.QUOTES)) {
            annotators.add("quote");
            props.setProperty("quote.attributeQuotes", "false");
        }
        if (nerModel != null) {
            props.setProperty("ner.model", nerModel);
        }
        props.setProperty("annotators", String.join(",", annotators));
        return new CoreNlpBaseline(new StanfordCoreNLP(props), layers);
    }

    @Override
    public Annotations predict(GoldDocument doc) {
        Annotation annotation = new Annotation(doc.text());
        if (doc.dct() != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, doc.dct().toString());
        }
        pipeline.annotate(annotation);
        List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        List<CoreMap> found = mentions == null ? List.of() : mentions;
        return new Annotations(
                layers.contains(Layer.ENTITIES) ? entities(found) : null,
                layers.contains(Layer.TIMEXES) ? timexes(found) : null,
                layers.contains(Layer.QUANTITIES) ? quantities(found) : null,
                layers.contains(Layer.QUOTES) ? quotes(annotation) : null);
    }

    private static List<EntitySpan> entities(List<CoreMap> mentions) {
        List<EntitySpan> spans = new ArrayList<>();
        for (CoreMap m : mentions) {
            String type = EntityTypes.toConll(coarseType(m));
            if (type != null) {
                spans.add(new EntitySpan(begin(m), end(m), m.get(CoreAnnotations.TextAnnotation.class), type));
            }
        }
        return spans;
    }

    /** The CRF's coarse type under the fine-grained one (COUNTRY is a LOCATION to the CRF). */
    private static String coarseType(CoreMap mention) {
        List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
        String coarse = tokens == null || tokens.isEmpty() ? null
                : tokens.get(0).get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class);
        return coarse != null ? coarse : mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
    }

    private static List<TimexSpan> timexes(List<CoreMap> mentions) {
        List<TimexSpan> spans = new ArrayList<>();
        for (CoreMap m : mentions) {
            String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            if (TIMEX_TAGS.contains(tag)) {
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                String value = timex == null ? m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)
                        : timex.value() != null ? timex.value() : timex.altVal();
                String type = timex != null && timex.timexType() != null ? timex.timexType() : tag;
                spans.add(new TimexSpan(begin(m), end(m), m.get(CoreAnnotations.TextAnnotation.class), type, value));
            }
        }
        return spans;
    }

    private static List<QuantitySpan> quantities(List<CoreMap> mentions) {
        List<QuantitySpan> spans = new ArrayList<>();
        for (CoreMap m : mentions) {
            spans.addAll(NormalizedNumbers.read(begin(m), end(m), m.get(CoreAnnotations.TextAnnotation.class),
                    m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
                    m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
        }
        return spans;
    }

    /** Top-level quotations, whole (marks included), as direct quotes with no speaker. */
    private static List<QuoteSpan> quotes(Annotation annotation) {
        List<CoreMap> quotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
        List<QuoteSpan> spans = new ArrayList<>();
        for (CoreMap q : quotes == null ? List.<CoreMap>of() : quotes) {
            spans.add(new QuoteSpan(begin(q), end(q), q.get(CoreAnnotations.TextAnnotation.class), "direct", null, null));
        }
        return spans;
    }

    private static int begin(CoreMap m) {
        return m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    }

    private static int end(CoreMap m) {
        return m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }
}
