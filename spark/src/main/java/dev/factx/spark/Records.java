package dev.factx.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.factx.extract.Extractor;
import dev.factx.facts.ErrorRecord;
import dev.factx.input.Input;
import dev.factx.output.Json;

import java.util.function.Supplier;

/**
 * An input's output line, as the CLI makes it: its facts, or an error record in its place.
 * This mirrors the CLI's BatchRunner, whose per-document step is not public.
 */
final class Records {
    private Records() {
    }

    static Object of(Input input, Supplier<Extractor> extractor) {
        if (!input.ok()) {
            return new ErrorRecord(input.id(), input.source(), input.error().type(), input.error().getMessage());
        }
        // A model that fails to load fails the task (and the job), not this document.
        Extractor loaded = extractor.get();
        try {
            return loaded.extract(input.document());
        } catch (RuntimeException e) {
            return new ErrorRecord(input.id(), input.source(), "internal",
                    "extraction failed: " + e + "; please report this with the input");
        }
    }

    /** The exact bytes of one line of the CLI's JSON Lines, without the line end. */
    static String line(Object record) {
        try {
            return Json.mapper().writer().writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a record as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
