package dev.factx.batch;

import dev.factx.facts.ErrorRecord;

/** Hears about each document as its result is written: for progress and error lines. */
public interface BatchListener {
    BatchListener NONE = new BatchListener() {
    };

    default void extracted(String source, int tokens) {
    }

    default void failed(ErrorRecord record) {
    }

    /** A document whose extraction threw: a bug in factx, {@code cause} says where. */
    default void crashed(ErrorRecord record, Throwable cause) {
        failed(record);
    }
}
