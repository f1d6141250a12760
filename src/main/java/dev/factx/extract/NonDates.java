package dev.factx.extract;

import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Timex;
import dev.factx.nlp.Token;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What SUTime takes for a time but news does not mean as one: an age ("the 6-year-old boy",
 * "52 years old"), a word of a name ("Jan Kavan", "Sandra Day O'Connor"), an acronym ("the
 * SEC"), a frequency that only classifies a noun ("its quarterly dividend", "annual sales"),
 * "future" as an adjective ("future earnings"), "present" as a verb or a predicate ("will
 * present the report", "were present"), a month name in lower case ("the march on Washington"),
 * a fraction ("three-quarters of its food"), and "once" or "previously", which order events
 * without placing them in time ("once the war is over", "as previously reported").
 */
final class NonDates {
    private static final Pattern AGE = Pattern.compile("(?i).*\\bold");
    private static final Set<String> ORDERING_ADVERBS = Set.of("once", "previously");
    private static final Set<String> CLASSIFYING_FREQUENCIES = Set.of("annual", "quarterly");
    private static final Set<String> LOWER_CASE_MONTHS = Set.of("march", "may");
    private static final Pattern FRACTION = Pattern.compile("(?i).*\\b(a|one|two|three)[- ]quarters?");
    private static final Pattern MONTH_ABBREVIATION =
            Pattern.compile("Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec");

    private NonDates() {
    }

    static boolean isNonDate(AnnotatedText doc, Timex t) {
        int end = Math.min(t.endToken(), doc.tokens().size());
        int first = t.firstToken();
        // "the SEC" is one word for this purpose: a determiner adds no time.
        if (first < end - 1 && doc.tokens().get(first).hasPos("DT")) {
            first++;
        }
        Token next = end < doc.tokens().size() ? doc.tokens().get(end) : null;
        Token previous = t.firstToken() > 0 ? doc.tokens().get(t.firstToken() - 1) : null;
        String text = doc.text(t.start(), t.end());
        return isAge(text, next)
                || FRACTION.matcher(text).matches() && next != null && next.lower().equals("of")
                || end - first == 1 && isSingleWordNonDate(doc.tokens().get(first), previous, next);
    }

    /** "6-year-old", "37 years old", "a 50-year-old alliance": how long something has lived. */
    private static boolean isAge(String text, Token next) {
        return AGE.matcher(text).matches() || next != null && next.lower().equals("old");
    }

    private static boolean isSingleWordNonDate(Token token, Token previous, Token next) {
        String word = token.text();
        boolean beforeName = next != null && next.hasPos("NNP") && Character.isUpperCase(next.text().charAt(0));
        boolean beforeNoun = next != null && next.hasPos("NN");
        boolean afterBe = previous != null && "be".equals(previous.lemma());
        return ORDERING_ADVERBS.contains(token.lower())
                || CLASSIFYING_FREQUENCIES.contains(token.lower()) && beforeNoun
                || word.equals("future") && beforeNoun
                || word.equals("present") && (token.hasPos("VB") || afterBe)
                || LOWER_CASE_MONTHS.contains(word)
                || word.equals("Day")
                || MONTH_ABBREVIATION.matcher(word).matches() && beforeName
                || word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
                        && word.chars().allMatch(Character::isLetter);
    }
}
