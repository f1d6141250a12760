package dev.factx.extract;

import dev.factx.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * What a quantity measures and whose it is, read from the words before it: "a range between
 * 500 and 5,500 km" measures range; "the U.S. military budget — over $700 billion" measures
 * military budget of U.S.
 */
final class QuantityContext {
    /** Words that may stand between the measured noun and the amount. */
    private static final Set<String> LINKS = Set.of("of", "at", "between", "from", "is", "was", "are",
            "were", "—", "–", "-", ":", ",", "totaling", "totalling", "worth", "reached", "reaching",
            "estimated", "about", "around", "over", "nearly", "some", "by", "to", "than", "more", "less",
            "up", "almost", "roughly", "approximately", "stood", "stands");
    private static final int WINDOW = 6;

    record Context(String measures, String of, String category) {
    }

    private QuantityContext() {
    }

    static Context of(List<Token> sentence, int start, String kind, String countedNoun, Categories categories) {
        String measures = null;
        String owner = null;
        int k = start - 1;
        while (k >= 0 && start - k <= WINDOW && LINKS.contains(sentence.get(k).lower())) {
            k--;
        }
        if (countedNoun == null && k >= 0 && sentence.get(k).hasPos("NN")) {
            int head = k;
            int from = head;
            while (from > 0 && (sentence.get(from - 1).hasPos("NN") && !sentence.get(from - 1).hasPos("NNP")
                    || sentence.get(from - 1).hasPos("JJ"))) {
                from--;
            }
            measures = join(sentence, from, head + 1).toLowerCase(java.util.Locale.ROOT);
            owner = owner(sentence, from);
            if (from >= 2 && sentence.get(from - 1).lower().equals("on") && isSpendVerb(sentence.get(from - 2))) {
                measures = measures + " spending";
                owner = subjectBefore(sentence, from - 2);
            }
        }
        String category = categories.categorize(kind, measures != null ? measures : countedNoun, sentence);
        return new Context(measures, owner, category);
    }

    /** "the U.S. military budget": a proper name right before the noun; "Russia's": a possessor. */
    private static String owner(List<Token> sentence, int nounStart) {
        int k = nounStart - 1;
        if (k >= 0 && sentence.get(k).hasPos("POS")) {
            k--;
        }
        if (k >= 0 && sentence.get(k).hasPos("NNP")) {
            int from = k;
            while (from > 0 && sentence.get(from - 1).hasPos("NNP")) {
                from--;
            }
            return join(sentence, from, k + 1);
        }
        if (k >= 1 && sentence.get(k).lower().equals("a") && sentence.get(k - 1).lower().equals("with")) {
            return nounGroupEndingAt(sentence, k - 2);
        }
        return null;
    }

    /** "missiles with a range": the noun group that has the measured property. */
    private static String nounGroupEndingAt(List<Token> sentence, int end) {
        if (end < 0 || !sentence.get(end).hasPos("NN")) {
            return null;
        }
        int from = end;
        while (from > 0) {
            Token t = sentence.get(from - 1);
            boolean modifier = t.hasPos("NN") || t.hasPos("JJ") || t.hasPos("VBN") || t.hasPos("CC")
                    || t.text().equals(",") || t.text().equals("-") || t.hasPos("HYPH");
            if (!modifier) {
                break;
            }
            from--;
        }
        while (from < end && (sentence.get(from).text().equals(",") || sentence.get(from).hasPos("CC"))) {
            from++;
        }
        return join(sentence, from, end + 1);
    }

    private static boolean isSpendVerb(Token t) {
        return t.lemma() != null && t.lemma().equals("spend");
    }

    private static String subjectBefore(List<Token> sentence, int verb) {
        int k = verb - 1;
        if (k >= 0 && sentence.get(k).hasPos("NNP")) {
            int from = k;
            while (from > 0 && sentence.get(from - 1).hasPos("NNP")) {
                from--;
            }
            return join(sentence, from, k + 1);
        }
        return null;
    }

    /** The original text of tokens [from, to), spaced as in the source. */
    private static String join(List<Token> sentence, int from, int to) {
        StringBuilder sb = new StringBuilder(sentence.get(from).text());
        for (int k = from + 1; k < to; k++) {
            Token previous = sentence.get(k - 1);
            Token t = sentence.get(k);
            sb.append(t.start() > previous.end() ? " " : "").append(t.text());
        }
        return sb.toString();
    }
}
