package dev.factx.eval;

/** Something at character offsets of a document's text (end exclusive). */
interface Located {
    int start();

    int end();

    String text();

    default int overlap(Located other) {
        return Math.max(0, Math.min(end(), other.end()) - Math.max(start(), other.start()));
    }

    default boolean sameSpan(Located other) {
        return start() == other.start() && end() == other.end();
    }
}
