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
    private static final Map<String, Unit> UNITS = new HashMap<>();
    private static final Map<String, Unit> CURRENCY_WORDS = new HashMap<>();
    private static final Map<String, Unit> CURRENCY_SYMBOLS = new HashMap<>();

    static {
        for (String[] row : Resources.tsv("units.tsv")) {
            BigDecimal factor = row[4].isEmpty() ? null : new BigDecimal(row[4]);
            Unit unit = new Unit(row[1], row[2], row[3].isEmpty() ? null : row[3], factor);
            for (String form : row[0].split("\\|")) {
                UNITS.put(form, unit);
            }
        }
        for (String[] row : Resources.tsv("currencies.tsv")) {
            Unit currency = new Unit("money", row[0], null, null);
            for (String symbol : row[1].split("\\|")) {
                CURRENCY_SYMBOLS.put(symbol, currency);
            }
            for (String word : row[2].split("\\|")) {
                CURRENCY_WORDS.put(word, currency);
            }
        }
    }

    private Units() {
    }

    /** A currency symbol written before the amount ("$", "US$", "€"), ending just before {@code i}. */
    static Match currencyBefore(List<Token> tokens, int i) {
        for (int n = Math.min(2, i); n >= 1; n--) {
            Unit unit = CURRENCY_SYMBOLS.get(join(tokens, i - n, i, ""));
            if (unit != null) {
                return new Match(unit, i - n);
            }
        }
        return null;
    }

    /** A unit of measure written after the amount, starting at {@code i}. */
    static Match unitAt(List<Token> tokens, int i) {
        return longest(UNITS, tokens, i);
    }

    /** A currency word written after the amount ("rubles", "US dollars"), starting at {@code i}. */
    static Match currencyAt(List<Token> tokens, int i) {
        return longest(CURRENCY_WORDS, tokens, i);
    }

    private static Match longest(Map<String, Unit> forms, List<Token> tokens, int i) {
        for (int n = Math.min(MAX_FORM_TOKENS, tokens.size() - i); n >= 1; n--) {
            Unit unit = forms.get(join(tokens, i, i + n, " "));
            if (unit != null) {
                return new Match(unit, i + n);
            }
        }
        return null;
    }

    private static String join(List<Token> tokens, int from, int to, String separator) {
        List<String> words = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            words.add(tokens.get(k).lower());
        }
        return String.join(separator, words).toLowerCase(Locale.ROOT);
    }
}
