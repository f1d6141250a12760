package dev.factx.extract.quotes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotation marks that name rather than quote: the title of a show, book or film in the middle
 * of the writer's sentence (on CBS's "Face the Nation," / his book, ''Make Your Kid a
 * Millionaire,'') or a nickname between a first and a last name (Rep. Robert C. "Bobby" Scott).
 * Nobody says these words, so they are no quotation.
 */
final class QuotedTitles {
    /** Words a title leaves in lower case. */
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for",
            "with", "and", "or", "but", "by", "from", "as", "is", "it", "up", "&");
    /** The longest title taken for one. */
    private static final int MAX_WORDS = 7;
    /** A noun for a work just before its title in quotation marks. */
    private static final Pattern WORK_BEFORE = Pattern.compile(
            "\\b(book|books|film|movie|show|documentary|series|article|headline|column|program|programme|episode|"
                    + "album|song|novel|play|essay|op-ed|podcast|memoir|commentary|segment|special|broadcast)"
                    + "(?:\\s+(?:titled|called|entitled|named))?[\\s,:]*$");
    private static final String MARKS = "\"'\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019";

    private QuotedTitles() {
    }

    /** The passage names a work after a noun for it (his book, ''…'') or a nickname inside a name. */
    static boolean namesWork(String text, QuoteMarks.Passage p) {
        int before = markStart(text, p.start());
        // An initial before the nickname ends in a period that does not end a sentence.
        if (text.substring(p.start(), p.end()).matches("\\p{Lu}\\p{L}+") && nickname(text, before, markEnd(text, p.end()))) {
            return true;
        }
        String[] words = words(text, p);
        String lead = text.substring(Math.max(0, before - 40), before).toLowerCase(Locale.ROOT);
        return words.length > 0 && startsCapitalised(words[0]) && WORK_BEFORE.matcher(lead).find();
    }

    /**
     * Two or more words in title case inside the writer's sentence ("Face the Nation,"): a title,
     * unless a verb of saying introduces them (proclaimed a goal of "Peace Through Strength.").
     */
    static boolean inTitleCase(String text, QuoteMarks.Passage p) {
        String[] words = words(text, p);
        return words.length >= 2 && titleCase(words);
    }

    /** The words between the marks, none when the passage opens a sentence or is too long for a title. */
    private static String[] words(String text, QuoteMarks.Passage p) {
        String inside = text.substring(p.start(), p.end()).replaceAll("[,.]+$", "").strip();
        String[] words = inside.split("\\s+");
        if (opensSentence(text, markStart(text, p.start())) || inside.isEmpty() || words.length > MAX_WORDS) {
            return new String[0];
        }
        return words;
    }

    private static boolean titleCase(String[] words) {
        if (!startsCapitalised(words[0])) {
            return false;
        }
        for (String w : words) {
            if (!startsCapitalised(w) && !SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsCapitalised(String word) {
        char c = word.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** "Robert C. "Bobby" Scott": a capitalised name (or initial) on both sides of the marks. */
    private static boolean nickname(String text, int before, int after) {
        Matcher left = Pattern.compile("\\b\\p{Lu}[\\p{L}.]*\\s+$").matcher(text.substring(Math.max(0, before - 30), before));
        return left.find() && after < text.length()
                && Pattern.compile("^\\s+\\p{Lu}\\p{L}").matcher(text.substring(after, Math.min(text.length(), after + 5))).find();
    }

    private static int markStart(String text, int start) {
        int k = start;
        while (k > 0 && MARKS.indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        return k;
    }

    private static int markEnd(String text, int end) {
        int k = end;
        while (k < text.length() && MARKS.indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        return k;
    }

    private static boolean opensSentence(String text, int mark) {
        int k = mark - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n' || ".?!:".indexOf(text.charAt(k)) >= 0;
    }
}
