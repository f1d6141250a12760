package dev.factx.extract;

import dev.factx.nlp.Token;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The cents after whole units of money: "3 dollars 50 cents", "thirteen dollars and forty-five". */
final class Subunits {
    private static final Set<String> SUBUNIT_WORDS = Set.of("cent", "cents", "penny", "pence", "p");
    /** Currencies without a hundredth in use: "5 yen 20" is no amount. */
    private static final Set<String> WHOLE_ONLY = Set.of("JPY", "KRW", "VND", "IDR", "CLP", "ISK", "IRR", "LAK");
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    /** The amount with its hundredths added, and the index just past them. */
    record Amount(BigDecimal value, int end) {
    }

    private Subunits() {
    }

    /**
     * The hundredths written after a whole amount of {@code currency} ending at {@code i}: a
     * number from 1 to 99 followed by a subunit word, or ending the phrase (before punctuation,
     * "and" or the sentence end), as "and fifty" does after "c $ 100". Null when there are none.
     */
    static Amount after(List<Token> tokens, int i, BigDecimal whole, String currency) {
        boolean iso = Character.isUpperCase(currency.charAt(0));
        if (!iso || WHOLE_ONLY.contains(currency) || whole.stripTrailingZeros().scale() > 0 || i >= tokens.size()) {
            return null;
        }
        int at = tokens.get(i).lower().equals("and") ? i + 1 : i;
        Numbers.Parsed cents = Numbers.parse(tokens, at, false);
        if (cents == null || cents.scaled() || cents.glued() != null || cents.fraction() || cents.vague()
                || cents.value().signum() <= 0 || cents.value().compareTo(HUNDRED) >= 0
                || cents.value().stripTrailingZeros().scale() > 0) {
            return null;
        }
        int end = cents.end();
        String next = end < tokens.size() ? tokens.get(end).lower() : null;
        if (next != null && SUBUNIT_WORDS.contains(next)) {
            end++;
        } else if (!(next == null || next.equals("and") || tokens.get(end).hasPos(".") || tokens.get(end).hasPos(","))) {
            return null;
        }
        return new Amount(whole.add(cents.value().movePointLeft(2)), end);
    }
}
