package dev.factx.extract.dates;

import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Timex;
import dev.factx.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What SUTime takes for a time but news does not mean as one: an age ("the 6-year-old boy",
 * "52 years old"), a word of a name ("Jan Kavan", "Sandra Day O'Connor"), an acronym ("the
 * SEC"), a frequency that only classifies a noun ("its quarterly dividend", "annual sales"),
 * "future" as an adjective ("future earnings"), "present" as a verb or a predicate ("will
 * present the report", "were present"), a month name in lower case ("the march on Washington"),
 * a fraction ("three-quarters of its food"), "once" or "previously", which order events
 * without placing them in time ("once the war is over", "as previously reported"), "second" as
 * an ordinal ("a second group"), "past" as a preposition ("continued past the deadline"), a
 * month or season that begins a name ("the March for Life", "the Spring of Hope"), and a title
 * in quotation marks ("ABC's \"This Week\"").
 */
final class NonDates {
    private static final Pattern AGE = Pattern.compile("(?i).*\\bold");
    private static final Set<String> ORDERING_ADVERBS = Set.of("once", "previously");
    private static final Set<String> CLASSIFYING_FREQUENCIES = Set.of("annual", "quarterly");
    private static final Set<String> LOWER_CASE_MONTHS = Set.of("march", "may");
    private static final Pattern FRACTION = Pattern.compile("(?i).*\\b(a|one|two|three)[- ]quarters?");
    private static final Pattern MONTH_OR_SEASON = Pattern.compile(
            "January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Spring|Summer|Fall|Autumn|Winter");
    private static final Set<String> QUOTES = Set.of("\"", "``", "''", "\u201C", "\u201D");
    /** How many words a title may run on after its temporal words ("This Week With David Brinkley"). */
    private static final int TITLE_TAIL = 5;
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
                || end - first == 1 && isSingleWordNonDate(doc.tokens().get(first), previous, next)
                || beginsName(doc.tokens(), end - 1)
                || isQuotedTitle(doc.tokens(), t.firstToken(), end);
    }

    /** "the March for Life", "March of the Combatant Mothers": "of" or "for" and a capitalized word. */
    private static boolean beginsName(List<Token> tokens, int i) {
        if (!MONTH_OR_SEASON.matcher(tokens.get(i).text()).matches() || i + 2 >= tokens.size()
                || !Set.of("of", "for").contains(tokens.get(i + 1).text())) {
            return false;
        }
        Token named = tokens.get(i + 2).lower().equals("the") && i + 3 < tokens.size() ? tokens.get(i + 3) : tokens.get(i + 2);
        return Character.isUpperCase(named.text().charAt(0));
    }

    /**
     * A programme's title: several capitalized words that a quotation opens in mid-sentence and
     * closes a few words on ("on CBS's ``60 Minutes.''").
     */
    private static boolean isQuotedTitle(List<Token> tokens, int first, int end) {
        if (end - first < 2 || first == 0 || !isQuote(tokens.get(first - 1))
                || tokens.get(first - 1).sentence() != tokens.get(first).sentence()) {
            return false;
        }
        boolean capitalized = tokens.subList(first, end).stream()
                .allMatch(t -> Character.isUpperCase(t.text().charAt(0)) || Character.isDigit(t.text().charAt(0)));
        boolean closed = tokens.subList(end, Math.min(tokens.size(), end + TITLE_TAIL)).stream()
                .anyMatch(t -> isQuote(t) && t.sentence() == tokens.get(first).sentence());
        return capitalized && closed;
    }

    private static boolean isQuote(Token token) {
        return QUOTES.contains(token.text());
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
        boolean beforeNounOrAdjective = next != null && (next.hasPos("NN") || next.hasPos("JJ"));
        return ORDERING_ADVERBS.contains(token.lower())
                || word.equals("second") && beforeNounOrAdjective
                || word.equals("past") && token.hasPos("IN")
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
