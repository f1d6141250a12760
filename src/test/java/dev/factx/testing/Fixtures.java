package dev.factx.testing;

import dev.factx.extract.ExtractOptions;
import dev.factx.extract.Extractor;
import dev.factx.facts.FactKind;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.CoreNlpLogging;
import dev.factx.nlp.NlpPipeline;
import dev.factx.nlp.PipelineSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The CoreNLP pipeline shared by every test in the JVM: loading it costs seconds and
 * gigabytes, so it is loaded once, on first use.
 */
public final class Fixtures {
    public static final Path TESTDATA = Path.of("testdata");
    public static final Path SEED = TESTDATA.resolve("putin-arms-control.txt");
    public static final LocalDate SEED_DATE = LocalDate.of(2019, 7, 4);

    private Fixtures() {
    }

    private static final class Holder {
        static final NlpPipeline PIPELINE = load();

        private static NlpPipeline load() {
            CoreNlpLogging.configure(false);
            return new NlpPipeline(PipelineSpec.forKinds(FactKind.all()));
        }
    }

    /** The full pipeline (all annotators), loaded once per JVM. */
    public static NlpPipeline pipeline() {
        return Holder.PIPELINE;
    }

    /** An extractor for all kinds on the shared pipeline. */
    public static Extractor extractor() {
        return Extractor.on(pipeline(), ExtractOptions.all());
    }

    public static AnnotatedText annotate(String text, LocalDate date) {
        return pipeline().annotate(text, date);
    }

    public static String seedText() {
        try {
            return Files.readString(SEED, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
