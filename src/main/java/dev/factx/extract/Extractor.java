package dev.factx.extract;

import dev.factx.extract.dates.DateExtractor;
import dev.factx.extract.quotes.QuoteExtractor;
import dev.factx.facts.DateFact;
import dev.factx.facts.DocumentFacts;
import dev.factx.facts.Entity;
import dev.factx.facts.FactKind;
import dev.factx.facts.Quantity;
import dev.factx.facts.Quote;
import dev.factx.facts.Stats;
import dev.factx.input.Document;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.NlpPipeline;
import dev.factx.nlp.PipelineSpec;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * factx's library entry point: one {@link Document} in, one {@link DocumentFacts} out. Build it
 * once per process and share it between threads; {@link #extract} is thread-safe.
 */
public final class Extractor {
    private final ExtractOptions options;
    private final NlpPipeline pipeline;

    private Extractor(ExtractOptions options, NlpPipeline pipeline) {
        this.options = options;
        this.pipeline = pipeline;
    }

    /** Loads the NLP models the options need: seconds, and hundreds of megabytes. */
    public static Extractor load(ExtractOptions options) {
        Objects.requireNonNull(options, "options");
        return new Extractor(options, new NlpPipeline(PipelineSpec.forKinds(options.kinds())));
    }

    /** An extractor for fewer kinds on a pipeline already loaded for at least those kinds. */
    public static Extractor on(NlpPipeline pipeline, ExtractOptions options) {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(options, "options");
        PipelineSpec needed = PipelineSpec.forKinds(options.kinds());
        if ((needed.ner() && !pipeline.spec().ner()) || (needed.sutime() && !pipeline.spec().sutime())) {
            throw new IllegalArgumentException("pipeline " + pipeline.spec() + " cannot serve " + options.kinds());
        }
        return new Extractor(options, pipeline);
    }

    public ExtractOptions options() {
        return options;
    }

    public DocumentFacts extract(Document doc) {
        Objects.requireNonNull(doc, "doc");
        LocalDate date = doc.date() != null ? doc.date().value() : null;
        AnnotatedText text = pipeline.annotate(doc.text(), date);
        List<Entity> entities = needsEntities() ? EntityExtractor.extract(text, options.gazetteer()) : null;
        List<DateFact> dates = options.wants(FactKind.DATES) ? DateExtractor.extract(text) : null;
        List<Quantity> quantities = options.wants(FactKind.QUANTITIES) ? QuantityExtractor.extract(text, options.categories()) : null;
        List<Quote> quotes = options.wants(FactKind.QUOTES) ? QuoteExtractor.extract(text, entities) : null;
        Stats stats = new Stats(doc.text().length(), text.sentences().size(), text.tokens().size());
        return new DocumentFacts(DocumentFacts.SCHEMA, doc.id(), doc.source(), doc.date(), doc.title(),
                doc.metadata().isEmpty() ? null : doc.metadata(), stats,
                options.wants(FactKind.ENTITIES) ? entities : null, dates, quantities, quotes);
    }

    /** Quotes link speakers to entities, so they need entities even when only quotes are shown. */
    private boolean needsEntities() {
        return options.wants(FactKind.ENTITIES) || options.wants(FactKind.QUOTES);
    }
}
