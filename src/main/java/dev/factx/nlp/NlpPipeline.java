package dev.factx.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpression;
import edu.stanford.nlp.util.CoreMap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The CoreNLP pipeline, built once per process (it costs seconds and hundreds of megabytes) and
 * shared by all threads: {@link #annotate} is thread-safe.
 */
public final class NlpPipeline {
    /** SUTime keeps an expression's value from before resolution only in a package-private field. */
    private static final VarHandle ORIGINAL_TEMPORAL = originalTemporal();

    private final PipelineSpec spec;
    private final StanfordCoreNLP coreNlp;

    public NlpPipeline(PipelineSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.coreNlp = new ParallelCoreNlp(CoreNlpProperties.of(spec));
    }

    public PipelineSpec spec() {
        return spec;
    }

    /**
     * Runs the pipeline on one text.
     *
     * @param documentDate the date relative expressions resolve against, or null
     */
    public AnnotatedText annotate(String text, LocalDate documentDate) {
        Objects.requireNonNull(text, "text");
        Annotation annotation = new Annotation(text);
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        coreNlp.annotate(annotation);
        return convert(text, documentDate, annotation);
    }

    private AnnotatedText convert(String text, LocalDate documentDate, Annotation annotation) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            int first = tokens.size();
            for (CoreLabel label : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(tokens.size(), sentences.size(), label.originalText(),
                        label.beginPosition(), label.endPosition(), label.tag(), label.lemma(),
                        spec.ner() ? label.ner() : null,
                        spec.ner() ? label.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class) : null));
            }
            sentences.add(new Sentence(sentences.size(),
                    s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), first, tokens.size()));
        }
        return new AnnotatedText(text, documentDate, sentences, tokens, timexes(annotation, tokens));
    }

    private static List<Timex> timexes(Annotation annotation, List<Token> tokens) {
        List<CoreMap> found = annotation.get(TimeAnnotations.TimexAnnotations.class);
        if (found == null) {
            return List.of();
        }
        List<Timex> result = new ArrayList<>(found.size());
        for (CoreMap m : found) {
            edu.stanford.nlp.time.Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            String value = timex.value() != null ? timex.value() : timex.altVal();
            if (value == null) {
                continue;
            }
            int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            TimeExpression expression = m.get(TimeExpression.Annotation.class);
            TimexRange range = TimexRange.of(expression);
            result.add(new Timex(start, end, Tokens.firstEndingAfter(tokens, start), Tokens.firstEndingAfter(tokens, end),
                    timex.timexType(), value, range.modifier(), range.begin(), range.until(),
                    unresolvedValue(expression)));
        }
        return result;
    }

    private static String unresolvedValue(TimeExpression expression) {
        if (expression == null) {
            return null;
        }
        SUTime.Temporal original = (SUTime.Temporal) ORIGINAL_TEMPORAL.get(expression);
        return original == null ? null : original.getTimexValue();
    }

    private static VarHandle originalTemporal() {
        try {
            return MethodHandles.privateLookupIn(TimeExpression.class, MethodHandles.lookup())
                    .findVarHandle(TimeExpression.class, "origTemporal", SUTime.Temporal.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
