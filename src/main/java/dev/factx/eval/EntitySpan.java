package dev.factx.eval;

/** A named-entity mention, gold or predicted. @param type a CoNLL type, or null when unannotated */
public record EntitySpan(int start, int end, String text, String type) implements Located {
}
