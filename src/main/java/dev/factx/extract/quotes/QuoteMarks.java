package dev.factx.extract.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages by their marks: “…”, "…", «…», „…“, ‘…’ and ''…'' (two apostrophes, as
 * the New York Times archive writes double quotes). A passage left open at
 * the end of a paragraph is closed there, because news reopens a quotation that runs over
 * several paragraphs at the start of each one.
 */
final class QuoteMarks {
    /** The content between the marks, and whether the marks closed within the paragraph. */
    record Passage(int start, int end, boolean closed) {
    }

    private QuoteMarks() {
    }

    private static final String TWO_APOSTROPHES = "''";

    static List<Passage> find(String text) {
        List<Passage> passages = new ArrayList<>();
        int open = -1;
        char closer = 0;
        int nested = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A quotation left open whose next line opens another ends at the line break.
            if (open >= 0 && c == '\u201C' && startsParagraph(text, i)) {
                add(passages, text, open, i, false);
                open = -1;
                nested = 0;
            }
            if (open >= 0) {
                // "…“Shark Tank”…" and “…what he calls “hell” than…”: curly marks nested in a quotation
                // close themselves, not it.
                if ((closer == '"' || closer == '\u201D') && (c == '\u201C' || (c == '\u201D' && nested > 0))) {
                    nested += c == '\u201C' ? 1 : -1;
                    continue;
                }
                if (closer == '\'' ? text.startsWith(TWO_APOSTROPHES, i)
                        : (c == closer || (closer == '"' && c == '\u201D')) && !isApostrophe(text, i)) {
                    add(passages, text, open, i, true);
                    open = -1;
                    nested = 0;
                    i += closer == '\'' ? 1 : 0;
                } else if (c == '\n' && i + 1 < text.length() && isParagraphBreak(text, i)) {
                    add(passages, text, open, i, false);
                    open = -1;
                    nested = 0;
                }
                continue;
            }
            char expected = closerFor(text, i);
            if (expected != 0) {
                open = i + (expected == '\'' ? 2 : 1);
                closer = expected;
                i = open - 1;
            }
        }
        if (open >= 0) {
            add(passages, text, open, text.length(), false);
        }
        return passages;
    }

    /** The closing mark for an opening mark at {@code i}, or 0 when no quotation opens there. */
    private static char closerFor(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '\u201C':
                return '\u201D';
            case '\u201D':
                // ”…” opening a paragraph: an opening mark typed as a closing one.
                return startsParagraph(text, i) && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))
                        ? '\u201D' : 0;
            case '\u00AB':
                return '\u00BB';
            case '\u201E':
                return '\u201C';
            case '"':
                return '"';
            case '\'':
                // ''…'': two apostrophes that start a word open a quotation; one is an apostrophe.
                return text.startsWith(TWO_APOSTROPHES, i) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                        ? '\'' : 0;
            case '\u2018':
                // An opening single mark starts a word; elsewhere ‘ is an apostrophe.
                return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) ? '\u2019' : 0;
            default:
                return 0;
        }
    }

    /** A token that opens a quotation: “, ", «, „, ‘ or ''. */
    static boolean isOpeningMark(String token) {
        return !token.isEmpty() && token.length() <= 2 && closerFor(token, 0) != 0;
    }

    /** "it’s" inside a ‘…’ quotation: a ’ between letters does not close it. */
    private static boolean isApostrophe(String text, int i) {
        return text.charAt(i) == '\u2019' && i + 1 < text.length() && i > 0
                && Character.isLetter(text.charAt(i + 1)) && Character.isLetter(text.charAt(i - 1));
    }

    private static boolean startsParagraph(String text, int i) {
        int k = i - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n';
    }

    private static boolean isParagraphBreak(String text, int newline) {
        int k = newline + 1;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\r' || text.charAt(k) == '\t')) {
            k++;
        }
        return k < text.length() && text.charAt(k) == '\n';
    }

    private static void add(List<Passage> passages, String text, int start, int end, boolean closed) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            passages.add(new Passage(s, e, closed));
        }
    }
}
