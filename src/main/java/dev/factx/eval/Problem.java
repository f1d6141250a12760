package dev.factx.eval;

/**
 * One thing the extractor got wrong, for a developer to look at.
 *
 * @param kind     false-positive, false-negative, wrong-type, wrong-value, wrong-unit, wrong-speaker
 * @param expected what the gold says (type, value, unit, speaker), or null
 * @param found    what was predicted, or null
 * @param context  the span in its sentence, marked with [[ ]]
 */
public record Problem(String kind, String document, int start, int end, String text, String expected,
                      String found, String context) {

    public static final String FALSE_POSITIVE = "false-positive";
    public static final String FALSE_NEGATIVE = "false-negative";

    static Problem of(String kind, String document, String docText, Located span, String expected, String found) {
        return new Problem(kind, document, span.start(), span.end(), span.text(), expected, found,
                context(docText, span.start(), span.end()));
    }

    /** Up to 40 characters either side, on one line. */
    static String context(String text, int start, int end) {
        int from = Math.max(0, start - 40);
        int to = Math.min(text.length(), end + 40);
        String s = (from > 0 ? "…" : "") + text.substring(from, start) + "[[" + text.substring(start, end) + "]]"
                + text.substring(end, to) + (to < text.length() ? "…" : "");
        return s.replaceAll("\\s+", " ").trim();
    }
}
