package dev.factx.eval;

/** A temporal expression, gold or predicted, with its TIMEX3 type and value (either may be null). */
public record TimexSpan(int start, int end, String text, String type, String value) implements Located {
}
