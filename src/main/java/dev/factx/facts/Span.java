package dev.factx.facts;

/** A piece of the input text: what every fact carries so a user can find it again. */
public interface Span {
    String text();

    /** Offset of the first character, in UTF-16 code units (Java string indices). */
    int start();

    /** Offset just past the last character. */
    int end();

    default boolean overlaps(Span other) {
        return start() < other.end() && other.start() < end();
    }
}
