package dev.factx.spark;

import dev.factx.extract.ExtractOptions;
import dev.factx.extract.Extractor;
import dev.factx.nlp.CoreNlpLogging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One extractor per executor JVM, built by the first task that needs it: loading the models
 * takes seconds and over a gigabyte, so never per record or per task. Tasks running at the
 * same time on the executor's cores share it; {@link Extractor#extract} is thread-safe.
 */
final class ExtractorHolder {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractorHolder.class);
    private static volatile Extractor extractor;

    private ExtractorHolder() {
    }

    static Extractor get() {
        Extractor loaded = extractor;
        if (loaded != null) {
            return loaded;
        }
        synchronized (ExtractorHolder.class) {
            if (extractor == null) {
                long began = System.nanoTime();
                CoreNlpLogging.configure(false);
                extractor = Extractor.load(ExtractOptions.all());
                // The executor log tells what each JVM paid once for the models.
                LOG.info(String.format("factx models loaded in %.1f s", (System.nanoTime() - began) / 1e9));
            }
            return extractor;
        }
    }
}
