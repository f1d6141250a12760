package dev.factx.extract;

import dev.factx.nlp.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The unit and currency lexicons: what may follow or precede a number. */
final class Units {
    /**
     * A unit of measure.
     *
     * @param siUnit   the SI unit it converts to, or null for units without one (%)
     * @param siFactor value in SI = value x factor
     */
    record Unit(String kind, String symbol, String siUnit, BigDecimal siFactor) {
    }

    /** A unit found in the text: what it is and the index just past its last token. */
    record Match(Unit unit, int end) {
    }

    private static final int MAX_FORM_TOKENS = 3;
    /** Forms this short are symbols whose case matters: "m" is metres, "MB" megabytes. */
    private static final int CASED_FORM_LENGTH = 2;
    private static final Map<String, Unit> UNITS_CASED = new HashMap<>();
    private static final Map<String, Unit> UNITS_FOLDED = new HashMap<>();
    private static final Map<String, Unit> CURRENCY_WORDS = new HashMap<>();
    private static final Map<String, Unit> CURRENCY_SYMBOLS = new HashMap<>();
    private static final Map<String, String> CLOSING_BRACKETS = Map.of("(", ")", "[", "]", "{", "}", "<", ">");

    static {
        for (String[] row : Resources.tsv(Units.class, "units.tsv")) {
            BigDecimal factor = row[4].isEmpty() ? null : new BigDecimal(row[4]);
            Unit unit = new Unit(row[1], row[2], row[3].isEmpty() ? null : row[3], factor);
            for (String form : row[0].split("\\|")) {
                if (form.length() <= CASED_FORM_LENGTH) {
                    UNITS_CASED.put(form, unit);
                } else {
                    UNITS_FOLDED.put(form.toLowerCase(Locale.ROOT), unit);
                }
            }
        }
        for (String[] row : Resources.tsv(Units.class, "currencies.tsv")) {
            Unit currency = new Unit("money", row[0], null, null);
            addForms(CURRENCY_SYMBOLS, row[1], currency);
            addForms(CURRENCY_WORDS, row[2], currency);
        }
    }

    private Units() {
    }

    private static void addForms(Map<String, Unit> forms, String column, Unit unit) {
        for (String form : column.split("\\|")) {
            if (!form.isEmpty()) {
                forms.put(form.toLowerCase(Locale.ROOT), unit);
            }
        }
    }

    /**
     * A currency symbol written before the amount ("$", "US$", "c $"), ending just before
     * {@code i}; the match's end is the index of its first token.
     */
    static Match currencyBefore(List<Token> tokens, int i) {
        for (int n = Math.min(2, i); n >= 1; n--) {
            Unit unit = CURRENCY_SYMBOLS.get(join(tokens, i - n, i, ""));
            if (unit != null && (n == 1 || isPrefix(tokens, i - n))) {
                return new Match(unit, i - n);
            }
        }
        return null;
    }

    /**
     * Whether the token before a symbol belongs to it: glued ("US$") or, spaced as in tokenized
     * text ("c $", "a us $ 150 million"), neither an article ("a $ 700 million"), a possessive
     * ("music ' s $ 500 million") nor a pronoun object ("paid us $ 5").
     */
    private static boolean isPrefix(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.end() == tokens.get(k + 1).start()) {
            return true;
        }
        if (t.hasPos("DT") || t.hasPos("POS")) {
            return false;
        }
        Token before = k > 0 ? tokens.get(k - 1) : null;
        return !(t.hasPos("PRP") && before != null && (before.hasPos("VB") || before.hasPos("IN") || before.hasPos("TO")));
    }

    /**
     * A unit of measure written after the amount, starting at {@code i}; {@code glued} is the
     * rest of the number's own token ("km" of "10km"), read first, or null.
     */
    static Match unitAt(List<Token> tokens, int i, String glued) {
        Match plain = longest(tokens, i, glued, true);
        return plain != null || glued != null ? plain : inBrackets(tokens, i);
    }

    /** A currency word or symbol written after the amount ("rubles", "US dollars", "元"). */
    static Match currencyAt(List<Token> tokens, int i, String glued) {
        return longest(tokens, i, glued, false);
    }

    /** "20 (kg)", "20 [kg]", "20 <kg>": a unit in brackets, as tables write it. */
    private static Match inBrackets(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        String text = tokens.get(i).text();
        String close = CLOSING_BRACKETS.get(text);
        if (close != null) {
            Match inner = longest(tokens, i + 1, null, true);
            return inner != null && inner.end() < tokens.size() && tokens.get(inner.end()).text().equals(close)
                    ? new Match(inner.unit(), inner.end() + 1) : null;
        }
        if (text.length() > 2 && close(text.substring(0, 1)).equals(text.substring(text.length() - 1))) {
            Unit unit = lookup(text.substring(1, text.length() - 1), true);
            return unit != null ? new Match(unit, i + 1) : null;
        }
        return null;
    }

    private static String close(String open) {
        return CLOSING_BRACKETS.getOrDefault(open, "");
    }

    private static Match longest(List<Token> tokens, int i, String glued, boolean measure) {
        List<String> words = new ArrayList<>(MAX_FORM_TOKENS);
        if (glued != null) {
            words.add(glued);
        }
        for (int k = i; k < tokens.size() && words.size() < MAX_FORM_TOKENS; k++) {
            words.add(tokens.get(k).text());
        }
        int fromTokens = glued != null ? 1 : 0;
        for (int n = words.size(); n >= 1; n--) {
            String form = String.join(" ", words.subList(0, n));
            Unit unit = measure ? lookup(form, n == 1) : CURRENCY_WORDS.get(form.toLowerCase(Locale.ROOT));
            if (unit != null) {
                return new Match(unit, i + n - fromTokens);
            }
        }
        return null;
    }

    private static Unit lookup(String form, boolean oneToken) {
        Unit cased = oneToken ? UNITS_CASED.get(form) : null;
        return cased != null ? cased : UNITS_FOLDED.get(form.toLowerCase(Locale.ROOT));
    }

    private static String join(List<Token> tokens, int from, int to, String separator) {
        List<String> words = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            words.add(tokens.get(k).lower());
        }
        return String.join(separator, words);
    }
}
