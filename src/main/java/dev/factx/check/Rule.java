package dev.factx.check;

import java.util.List;

/** One assertion of a rules file. Every rule is a pure function of the documents it sees. */
interface Rule {
    String name();

    /** The one document the rule is about, or null for every document. */
    default String document() {
        return null;
    }

    /** Whether it is checked once on the whole corpus rather than on each document. */
    default boolean corpus() {
        return false;
    }

    /** Failures in one document that was extracted; empty when the rule holds. */
    List<Failure> check(Doc doc);
}
