package dev.factx.input;

/** Finds the headline of a plain-text article. */
final class Titles {
    private static final int MAX_TITLE = 200;

    private Titles() {
    }

    /**
     * The first line, when it stands apart as a headline: short, followed by a blank line, and
     * not ending like a sentence of running text.
     */
    static String firstLine(String text) {
        String trimmed = text.stripLeading();
        int newline = trimmed.indexOf('\n');
        if (newline < 0) {
            return null;
        }
        String line = trimmed.substring(0, newline).strip();
        String rest = trimmed.substring(newline + 1);
        boolean blankFollows = rest.startsWith("\n") || rest.startsWith("\r\n");
        if (line.isEmpty() || line.length() > MAX_TITLE || !blankFollows || line.endsWith(".")) {
            return null;
        }
        return line;
    }
}
