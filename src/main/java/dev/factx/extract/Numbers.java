package dev.factx.extract;

import dev.factx.nlp.Token;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads numbers written in news: "5,500", "1.5 million", "twenty-two", "a dozen", "20bn". */
final class Numbers {
    private static final Pattern DIGITS = Pattern.compile("[-+−]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    /** A number with a scale glued on: "5m", "20bn", "3.5k". */
    private static final Pattern DIGITS_SCALED =
            Pattern.compile("(\\d+(?:\\.\\d+)?)(k|m|mn|mln|bn|b|tn|tr)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12));
    private static final Map<String, BigDecimal> SCALES = Map.of(
            "hundred", new BigDecimal(100), "thousand", new BigDecimal(1000),
            "million", new BigDecimal(1_000_000), "billion", new BigDecimal(1_000_000_000L),
            "trillion", new BigDecimal(1_000_000_000_000L));
    /** Abbreviated scales, only trusted after an amount of money ("$5 bn", "€3 m"). */
    private static final Map<String, BigDecimal> MONEY_SCALES = Map.of(
            "k", new BigDecimal(1000), "m", new BigDecimal(1_000_000), "mn", new BigDecimal(1_000_000),
            "mln", new BigDecimal(1_000_000), "bn", new BigDecimal(1_000_000_000L),
            "b", new BigDecimal(1_000_000_000L), "tn", new BigDecimal(1_000_000_000_000L),
            "tr", new BigDecimal(1_000_000_000_000L), "crore", new BigDecimal(10_000_000),
            "lakh", new BigDecimal(100_000));

    private Numbers() {
    }

    /**
     * A number read from tokens.
     *
     * @param end    index just past its last token
     * @param scale  the scale word's factor (a million for "1.5 million"), or one
     */
    record Parsed(BigDecimal value, int end, BigDecimal scale) {
        boolean scaled() {
            return scale.compareTo(BigDecimal.ONE) != 0;
        }
    }

    /** Reads the number that starts at {@code i}, or returns null. */
    static Parsed parse(List<Token> tokens, int i, boolean money) {
        if (i >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(i);
        BigDecimal value = digits(t.text());
        int next = i + 1;
        BigDecimal totalScale = BigDecimal.ONE;
        if (value == null) {
            Matcher glued = DIGITS_SCALED.matcher(t.text());
            if (money && glued.matches()) {
                BigDecimal scale = MONEY_SCALES.get(glued.group(2).toLowerCase(Locale.ROOT));
                return new Parsed(new BigDecimal(glued.group(1)).multiply(scale), next, scale);
            }
            Parsed words = words(tokens, i);
            if (words == null) {
                return null;
            }
            value = words.value();
            next = words.end();
            totalScale = words.scale();
        }
        while (next < tokens.size()) {
            String w = tokens.get(next).lower();
            BigDecimal scale = SCALES.get(w);
            if (scale == null && money) {
                scale = MONEY_SCALES.get(w);
            }
            if (scale == null) {
                break;
            }
            value = value.multiply(scale);
            totalScale = totalScale.multiply(scale);
            next++;
        }
        return new Parsed(value, next, totalScale);
    }

    static BigDecimal digits(String text) {
        if (!DIGITS.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text.replace(",", "").replace('−', '-'));
    }

    /** Number words: "two", "twenty-two", "a dozen", "three hundred", "half a million". */
    private static Parsed words(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.lower();
        if ((w.equals("a") || w.equals("an")) && i + 1 < tokens.size()) {
            String n = tokens.get(i + 1).lower();
            if (n.equals("dozen") || SCALES.containsKey(n)) {
                BigDecimal v = n.equals("dozen") ? new BigDecimal(12) : BigDecimal.ONE;
                return new Parsed(v, n.equals("dozen") ? i + 2 : i + 1, BigDecimal.ONE);
            }
            return null;
        }
        Integer base = compound(w);
        if (base == null) {
            return null;
        }
        return new Parsed(new BigDecimal(base), i + 1, BigDecimal.ONE);
    }

    /** "twenty-two" as one token, or a single number word. */
    private static Integer compound(String w) {
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = UNITS.get(w.substring(0, dash));
            Integer ones = UNITS.get(w.substring(dash + 1));
            return tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10 ? tens + ones : null;
        }
        return UNITS.get(w);
    }

    static boolean isNumberWord(String lower) {
        return compound(lower) != null || SCALES.containsKey(lower);
    }
}
