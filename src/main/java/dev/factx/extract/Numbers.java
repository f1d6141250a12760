package dev.factx.extract;

import dev.factx.nlp.Token;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers written in news: "5,500", "1.5 million", "twenty-two", "forty five", "a dozen",
 * "20bn", "10 1/2", "minus 5", "tens of thousands".
 */
public final class Numbers {
    private static final Pattern DIGITS = Pattern.compile("[-+−]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    /**
     * Digits with something glued on: a scale ("20bn") or a unit ("10km", "100元", "24703m2": a
     * unit's only digit is its power); "9M729" and "24703L202" are names, not amounts.
     */
    private static final Pattern GLUED = Pattern.compile("([-+−]?\\d+(?:[,.]\\d+)*)([^\\d,.\\-+][^\\d]*[23]?)");
    /** "1/4", and "10 1/2" (one token: the tokenizer keeps a mixed fraction whole). */
    private static final Pattern FRACTION = Pattern.compile("(?:(\\d+)[\\s\\u00A0]+)?(\\d+)/(\\d+)");
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("dozen", new BigDecimal(12)), Map.entry("hundred", new BigDecimal(100)), Map.entry("thousand", new BigDecimal(1000)),
            Map.entry("million", new BigDecimal(1_000_000)), Map.entry("billion", new BigDecimal(1_000_000_000L)),
            Map.entry("trillion", new BigDecimal(1_000_000_000_000L)), Map.entry("lakh", new BigDecimal(100_000)),
            Map.entry("lakhs", new BigDecimal(100_000)), Map.entry("crore", new BigDecimal(10_000_000)),
            Map.entry("crores", new BigDecimal(10_000_000)), Map.entry("bn", new BigDecimal(1_000_000_000L)),
            Map.entry("mn", new BigDecimal(1_000_000)), Map.entry("tn", new BigDecimal(1_000_000_000_000L)));
    /** "tens of thousands", "dozens", "millions": a vague amount, read as its lower bound. */
    private static final Map<String, BigDecimal> PLURAL_SCALES = Map.of(
            "tens", BigDecimal.TEN, "dozens", new BigDecimal(12), "hundreds", new BigDecimal(100),
            "thousands", new BigDecimal(1000), "millions", new BigDecimal(1_000_000),
            "billions", new BigDecimal(1_000_000_000L));
    /** Scales written as a capital letter: "1.8M dollars"; a lower-case "m" may be metres. */
    private static final Map<String, BigDecimal> CAPITAL_SCALES = Map.of(
            "K", new BigDecimal(1000), "M", new BigDecimal(1_000_000), "B", new BigDecimal(1_000_000_000L));
    /** Abbreviated scales, only trusted after an amount of money ("$5 m", "€3k"). */
    private static final Map<String, BigDecimal> MONEY_SCALES = Map.of(
            "k", new BigDecimal(1000), "m", new BigDecimal(1_000_000), "mln", new BigDecimal(1_000_000),
            "b", new BigDecimal(1_000_000_000L), "tr", new BigDecimal(1_000_000_000_000L));
    private static final Set<String> NEGATIONS = Set.of("minus", "negative");

    private Numbers() {
    }

    /**
     * A number read from tokens.
     *
     * @param end      index just past its last token
     * @param scale    the scale word's factor (a million for "1.5 million"), or one
     * @param glued    text glued to the digits that is no scale ("km" of "10km"), or null
     * @param fraction written as a fraction ("1/4"): an amount of a unit, never a count
     * @param vague    a lower bound ("thousands of")
     */
    public record Parsed(BigDecimal value, int end, BigDecimal scale, String glued, boolean fraction, boolean vague) {
        Parsed(BigDecimal value, int end, BigDecimal scale) {
            this(value, end, scale, null, false, false);
        }

        public boolean scaled() {
            return scale.compareTo(BigDecimal.ONE) != 0;
        }
    }

    /** Reads the number that starts at {@code i}, or returns null. */
    public static Parsed parse(List<Token> tokens, int i, boolean money) {
        if (i >= tokens.size()) {
            return null;
        }
        String w = tokens.get(i).lower();
        if (NEGATIONS.contains(w)) {
            Parsed p = parse(tokens, i + 1, money);
            return p == null ? null : negate(p);
        }
        Parsed base = first(tokens, i, money);
        if (base == null || base.glued() != null || base.vague()) {
            return base;
        }
        BigDecimal value = base.value();
        BigDecimal totalScale = base.scale();
        int next = base.end();
        while (next < tokens.size()) {
            BigDecimal scale = scaleWord(tokens.get(next).text(), money);
            if (scale == null) {
                break;
            }
            value = value.multiply(scale);
            totalScale = totalScale.multiply(scale);
            next++;
        }
        return new Parsed(value, next, totalScale, null, base.fraction(), false);
    }

    private static Parsed negate(Parsed p) {
        return new Parsed(p.value().negate(), p.end(), p.scale(), p.glued(), p.fraction(), p.vague());
    }

    private static BigDecimal scaleWord(String text, boolean money) {
        String lower = text.toLowerCase(Locale.ROOT);
        BigDecimal scale = SCALES.get(lower);
        if (scale == null) {
            scale = CAPITAL_SCALES.get(text);
        }
        return scale == null && money ? MONEY_SCALES.get(lower) : scale;
    }

    /** The first token of a number: digits, a fraction, digits with a glued suffix, or words. */
    private static Parsed first(List<Token> tokens, int i, boolean money) {
        String text = tokens.get(i).text();
        BigDecimal value = digits(text);
        if (value != null) {
            return new Parsed(value, i + 1, BigDecimal.ONE);
        }
        Matcher fraction = FRACTION.matcher(text);
        if (fraction.matches()) {
            return fraction(fraction, i);
        }
        Matcher glued = GLUED.matcher(text);
        if (glued.matches()) {
            BigDecimal number = digits(glued.group(1));
            if (number == null) {
                return null;
            }
            BigDecimal scale = scaleWord(glued.group(2), money);
            return scale != null ? new Parsed(number.multiply(scale), i + 1, scale)
                    : new Parsed(number, i + 1, BigDecimal.ONE, glued.group(2), false, false);
        }
        return words(tokens, i);
    }

    private static Parsed fraction(Matcher m, int i) {
        BigDecimal numerator = new BigDecimal(m.group(2));
        BigDecimal denominator = new BigDecimal(m.group(3));
        // "24/7", "9/11": only a proper fraction is read as one.
        if (denominator.signum() == 0 || numerator.compareTo(denominator) >= 0) {
            return null;
        }
        BigDecimal whole = m.group(1) != null ? new BigDecimal(m.group(1)) : BigDecimal.ZERO;
        BigDecimal value = whole.add(numerator.divide(denominator, MathContext.DECIMAL64));
        return new Parsed(value, i + 1, BigDecimal.ONE, null, true, false);
    }

    static BigDecimal digits(String text) {
        if (!DIGITS.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text.replace(",", "").replace('−', '-'));
    }

    /**
     * Number words: "two", "twenty-two", "forty five", "a dozen", "a million", "half a million",
     * "tens of thousands (of)".
     */
    private static Parsed words(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        String n = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
        if (w.equals("a") || w.equals("an")) {
            // "a dozen", "a million": the scale that follows multiplies one.
            return SCALES.containsKey(n) ? new Parsed(BigDecimal.ONE, i + 1, BigDecimal.ONE) : null;
        }
        if (w.equals("half") && (n.equals("a") || n.equals("an")) && i + 2 < tokens.size()
                && SCALES.containsKey(tokens.get(i + 2).lower())) {
            return new Parsed(new BigDecimal("0.5"), i + 2, BigDecimal.ONE);
        }
        if (PLURAL_SCALES.containsKey(w)) {
            return vague(tokens, i);
        }
        Integer base = compound(w);
        if (base == null) {
            return null;
        }
        // "forty five", and "forty - five" as a tokenizer that splits hyphens gives it.
        boolean hyphen = n.equals("-") && i + 2 < tokens.size();
        Integer ones = UNITS.get(hyphen ? tokens.get(i + 2).lower() : n);
        if (base >= 20 && base % 10 == 0 && ones != null && ones > 0 && ones < 10) {
            return new Parsed(new BigDecimal(base + ones), hyphen ? i + 3 : i + 2, BigDecimal.ONE);
        }
        return new Parsed(new BigDecimal(base), i + 1, BigDecimal.ONE);
    }

    /** "thousands of", "tens of thousands of": the lower bound, up to and with the last "of". */
    private static Parsed vague(List<Token> tokens, int i) {
        BigDecimal value = PLURAL_SCALES.get(tokens.get(i).lower());
        int next = i + 1;
        while (next + 1 < tokens.size() && tokens.get(next).lower().equals("of")
                && PLURAL_SCALES.containsKey(tokens.get(next + 1).lower())
                && !tokens.get(next + 1).lower().equals("tens")) {
            value = value.multiply(PLURAL_SCALES.get(tokens.get(next + 1).lower()));
            next += 2;
        }
        if (next + 1 >= tokens.size() || !tokens.get(next).lower().equals("of")) {
            return null;
        }
        return new Parsed(value, next + 1, value, null, false, true);
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
}
