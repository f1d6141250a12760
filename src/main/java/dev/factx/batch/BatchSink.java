package dev.factx.batch;

import dev.factx.input.Input;

/** Receives each result in input order: a DocumentFacts or an ErrorRecord, with its input. */
@FunctionalInterface
public interface BatchSink {
    void accept(Input input, Object record);
}
