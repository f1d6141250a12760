package dev.factx.extract.dates;

import dev.factx.extract.Numbers;
import dev.factx.facts.DateFact;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Timex;
import dev.factx.nlp.Token;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The count of a duration that SUTime drops or cuts: a half ("2 1/2 years", "five and a half
 * hours", "a minute and a half", "half an hour"), a decimal ("2.5 years", which it reads as
 * two), a count before "more" ("at least 20 more years", which it reads as some years), and
 * "the coming years" (which it reads as next year). TimeML writes a half in the next smaller
 * unit where that is exact ("P2Y6M", "PT5H30M").
 */
final class DurationCounts {
    private static final Pattern ONE_UNIT = Pattern.compile("P(T?)(\\d+|X)([YMWDHS])");
    private static final Map<String, Unit> UNITS = Map.of("year", new Unit("", "Y", 1),
            "decade", new Unit("", "Y", 10), "century", new Unit("", "Y", 100), "month", new Unit("", "M", 1),
            "week", new Unit("", "W", 1), "day", new Unit("", "D", 1), "hour", new Unit("T", "H", 1),
            "minute", new Unit("T", "M", 1), "second", new Unit("T", "S", 1));
    private static final Pattern COMING = Pattern.compile("(?i)(?:the\\s+)?coming\\s+(year|month|week|day|hour)s");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** A half of a unit in the next smaller one, where that is exact. */
    private static final Map<String, String> HALVES = Map.of("Y", "6M", "D", "T12H", "TH", "30M", "TM", "30S");

    private DurationCounts() {
    }

    /** A count read from the tokens {@code start} on. */
    private record Count(int start, BigDecimal value) {
    }

    /** A unit word as TIMEX3 writes it: "decade" is ten years. */
    private record Unit(String time, String letter, int factor) {
    }

    static DateFact apply(AnnotatedText doc, Timex t, DateFact d) {
        List<Token> tokens = doc.tokens();
        Matcher sutime = ONE_UNIT.matcher(d.value());
        if (!"DURATION".equals(d.type()) || !sutime.matches() || t.endToken() > tokens.size()
                || t.firstToken() >= t.endToken()) {
            return d;
        }
        int first = t.firstToken();
        int last = t.endToken() - 1;
        Unit unit = UNITS.get(tokens.get(last).lemma());
        if (unit == null) {
            return d;
        }
        boolean single = Set.of("a", "an", "one").contains(tokens.get(first).lower());
        boolean uncounted = sutime.group(2).equals("X");
        Optional<Count> inside = countEndingAt(tokens, first, last).filter(c -> c.start() == first);
        Count count = inside.filter(c -> c.value().stripTrailingZeros().scale() > 0) // "2.5 years"
                .or(() -> uncounted ? countEndingAt(tokens, 0, first) : Optional.empty()) // "2 1/2 years"
                .or(() -> uncounted && isWord(tokens, first - 1, "more")
                        ? countEndingAt(tokens, 0, first - 1) : Optional.empty()) // "20 more years"
                .or(() -> uncounted && isHalfAnd(tokens, first - 3) ? countEndingAt(tokens, 0, first - 3)
                        .map(c -> new Count(c.start(), c.value().add(HALF))) : Optional.empty()) // "five and a half hours"
                .or(() -> single && isWord(tokens, first - 1, "half")
                        ? Optional.of(new Count(first - 1, HALF)) : Optional.empty()) // "half an hour"
                .orElse(null);
        if (count == null && isHalfAnd(tokens, last + 1) && (single || inside.isPresent())) {
            count = new Count(first, inside.map(Count::value).orElse(BigDecimal.ONE).add(HALF)); // "a minute and a half"
            last += 3;
        }
        if (count == null || count.value().signum() <= 0) {
            return d;
        }
        int start = Math.min(d.start(), tokens.get(count.start()).start());
        int end = Math.max(d.end(), tokens.get(last).end());
        return new DateFact(doc.text(start, end), start, end, d.type(),
                value(count.value().multiply(BigDecimal.valueOf(unit.factor())), unit.time(), unit.letter()),
                d.modifier(), d.resolved(), d.begin(), d.until());
    }

    /** "the coming years" is some years ahead, where SUTime reads "the coming year", next year. */
    static DateFact coming(DateFact d) {
        Matcher m = COMING.matcher(d.text());
        if (!m.matches()) {
            return d;
        }
        Unit unit = UNITS.get(m.group(1).toLowerCase(Locale.ROOT));
        return new DateFact(d.text(), d.start(), d.end(), "DURATION", "P" + unit.time() + "X" + unit.letter(),
                d.modifier(), false, null, null);
    }

    /** "P2Y6M" for two and a half years; a decimal where the half has no exact smaller unit. */
    private static String value(BigDecimal count, String time, String unit) {
        BigDecimal whole = new BigDecimal(count.toBigInteger());
        String half = HALVES.get(time + unit);
        if (half != null && count.subtract(whole).compareTo(HALF) == 0) {
            return "P" + time + (whole.signum() == 0 ? "" : whole.toPlainString() + unit) + half;
        }
        return "P" + time + count.stripTrailingZeros().toPlainString() + unit;
    }

    /** The plain number whose last token is just before {@code end}, starting at {@code from} or later. */
    private static Optional<Count> countEndingAt(List<Token> tokens, int from, int end) {
        for (int i = Math.max(from, end - 3); i < end; i++) {
            Numbers.Parsed p = Numbers.parse(tokens, i, false);
            if (p != null && p.end() == end && !p.scaled() && !p.vague()) {
                return Optional.of(new Count(i, p.value()));
            }
        }
        return Optional.empty();
    }

    private static boolean isWord(List<Token> tokens, int i, String word) {
        return i >= 0 && i < tokens.size() && tokens.get(i).lower().equals(word);
    }

    /** "and a half" from token {@code i}. */
    private static boolean isHalfAnd(List<Token> tokens, int i) {
        return isWord(tokens, i, "and") && i + 2 < tokens.size() && tokens.get(i + 1).lower().matches("an?")
                && isWord(tokens, i + 2, "half");
    }
}
