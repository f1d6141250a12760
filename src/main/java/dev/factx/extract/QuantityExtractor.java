package dev.factx.extract;

import dev.factx.facts.Quantity;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Timex;
import dev.factx.nlp.Token;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds numbers with their units in each sentence: money, measures, percentages and counts of
 * things, as single values or ranges, with qualifiers ("about", "over").
 */
final class QuantityExtractor {
    /** Qualifier phrases written before an amount, longest first within each. */
    private static final Map<String, String> QUALIFIERS = Map.ofEntries(
            Map.entry("about", "approximate"), Map.entry("around", "approximate"),
            Map.entry("approximately", "approximate"), Map.entry("roughly", "approximate"),
            Map.entry("nearly", "approximate"), Map.entry("almost", "approximate"),
            Map.entry("some", "approximate"), Map.entry("an estimated", "approximate"),
            Map.entry("estimated", "approximate"), Map.entry("close to", "approximate"),
            Map.entry("over", "more-than"), Map.entry("more than", "more-than"),
            Map.entry("above", "more-than"), Map.entry("upwards of", "more-than"),
            Map.entry("in excess of", "more-than"), Map.entry("exceeding", "more-than"),
            Map.entry("less than", "less-than"), Map.entry("under", "less-than"),
            Map.entry("below", "less-than"), Map.entry("fewer than", "less-than"),
            Map.entry("at least", "at-least"), Map.entry("no less than", "at-least"),
            Map.entry("no fewer than", "at-least"), Map.entry("up to", "at-most"),
            Map.entry("at most", "at-most"), Map.entry("no more than", "at-most"),
            Map.entry("as many as", "at-most"), Map.entry("as much as", "at-most"));
    private static final Set<String> RANGE_DASHES = Set.of("-", "–", "—", "to", "--");
    private static final Set<String> PER_WORDS = Set.of("a", "an", "per", "each", "every", "/");
    private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC",
            "COUNTRY", "CITY", "STATE_OR_PROVINCE", "NATIONALITY");

    private QuantityExtractor() {
    }

    static List<Quantity> extract(AnnotatedText doc) {
        return extract(doc, Categories.BUILT_IN);
    }

    static List<Quantity> extract(AnnotatedText doc, Categories categories) {
        boolean[] inDate = dateTokens(doc);
        List<Quantity> found = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            List<Token> tokens = doc.tokensOf(sentence);
            int i = 0;
            while (i < tokens.size()) {
                Candidate c = read(tokens, i, inDate);
                if (c == null) {
                    i++;
                    continue;
                }
                found.add(c.toQuantity(doc, tokens, categories));
                i = c.end;
            }
        }
        return found;
    }

    /** Tokens inside a date, time or set expression: "1987" there is a year, not an amount. */
    private static boolean[] dateTokens(AnnotatedText doc) {
        boolean[] inDate = new boolean[doc.tokens().size()];
        for (Timex t : doc.timexes()) {
            if (!"DURATION".equals(t.type())) {
                for (int k = t.firstToken(); k < t.endToken(); k++) {
                    inDate[k] = true;
                }
            }
        }
        return inDate;
    }

    /** A quantity being read: token indices are local to the sentence. */
    private record Candidate(int start, int end, BigDecimal low, BigDecimal high, Units.Unit unit,
                             String countedNoun, String qualifier, String per) {

        Quantity toQuantity(AnnotatedText doc, List<Token> tokens, Categories categories) {
            int from = tokens.get(start).start();
            int to = tokens.get(end - 1).end();
            boolean range = high != null;
            BigDecimal value = range ? null : plain(low);
            BigDecimal min = range ? plain(low) : null;
            BigDecimal max = range ? plain(high) : null;
            String kind = countedNoun != null ? "count" : unit.kind();
            String unitName = countedNoun != null ? countedNoun : unit.symbol();
            Quantity.Si si = countedNoun == null ? si(unit, value, min, max) : null;
            QuantityContext.Context context = QuantityContext.of(tokens, start, kind, countedNoun, categories);
            return new Quantity(doc.text(from, to), from, to, kind, unitName, value, min, max,
                    qualifier, per, si, context.measures(), context.of(), context.category());
        }
    }

    private static Candidate read(List<Token> tokens, int i, boolean[] inDate) {
        if (!startsAmount(tokens, i, inDate)) {
            return null;
        }
        Units.Match currency = Units.currencyBefore(tokens, i);
        boolean money = currency != null;
        Numbers.Parsed first = Numbers.parse(tokens, i, money);
        if (first == null) {
            return null;
        }
        int numberStart = money ? currency.end() : i;
        Lead lead = lead(tokens, numberStart);
        BigDecimal low = first.value();
        BigDecimal high = null;
        int next = first.end();
        Numbers.Parsed second = first.glued() == null ? secondOfRange(tokens, next, lead.rangeWord, money) : null;
        Numbers.Parsed last = first;
        if (second != null) {
            high = second.value();
            if (!first.scaled() && second.scaled()) {
                low = low.multiply(second.scale());
            }
            next = second.end();
            last = second;
        }
        Units.Match after = unitAfter(tokens, next, last, money, first.scaled() || last.scaled());
        if (last.glued() != null && after == null) {
            // "2nd", "9M729", "24703L202": digits glued to something that is no unit.
            return null;
        }
        Units.Unit unit = money ? currency.unit() : null;
        String countedNoun = null;
        if (after != null) {
            unit = after.unit();
            next = after.end();
        } else if (!money) {
            int noun = countedNoun(tokens, next);
            if (noun < 0 || first.fraction() || isNamePart(tokens, i) || isYear(first, tokens.get(i))) {
                return null;
            }
            countedNoun = tokens.get(noun).lemma() != null ? tokens.get(noun).lemma() : tokens.get(noun).lower();
            next = noun + 1;
        }
        if (second == null && unit != null && !money) {
            Upper upper = upperAfterUnit(tokens, next, lead.rangeWord, unit);
            if (upper != null) {
                high = upper.value();
                next = upper.end();
                second = last;
            }
        }
        if (second == null && lead.rangeWord != null) {
            lead = lead.withoutRangeWord(numberStart);
        }
        if (high == null && unit != null && unit.kind().equals("money") && !first.scaled()) {
            Subunits.Amount withCents = Subunits.after(tokens, next, low, unit.symbol());
            if (withCents != null) {
                low = withCents.value();
                next = withCents.end();
            }
        }
        String per = null;
        if (countedNoun == null && next + 1 < tokens.size() && PER_WORDS.contains(tokens.get(next).lower())
                && tokens.get(next + 1).hasPos("NN")) {
            per = tokens.get(next + 1).lower();
            next += 2;
        }
        String qualifier = lead.qualifier != null ? lead.qualifier : first.vague() ? "at-least" : null;
        return new Candidate(lead.start, next, low, high, unit, countedNoun, qualifier, per);
    }

    /**
     * The unit after the number ending at {@code next}: a currency word ("$ 5 dollars" too), or,
     * for other amounts, a unit of measure, after a hyphen in "three-ton".
     */
    private static Units.Match unitAfter(List<Token> tokens, int next, Numbers.Parsed number, boolean money,
                                         boolean scaled) {
        String glued = number.glued();
        if (money) {
            return Units.currencyAt(tokens, next, glued);
        }
        int unitStart = glued == null && next < tokens.size() && tokens.get(next).text().equals("-") ? next + 1 : next;
        Units.Match currency = Units.currencyAt(tokens, unitStart, glued);
        if (currency != null) {
            return currency;
        }
        Units.Match unit = Units.unitAt(tokens, unitStart, glued);
        // "5 million pounds" is money; "5 pounds" is a weight.
        if (unit != null && scaled && unit.unit().symbol().equals("lb")) {
            return new Units.Match(new Units.Unit("money", "GBP", null, null), unit.end());
        }
        return unit;
    }

    /** The upper end of a range written with the unit twice: "10 km to 20 km", "10 % - 20 %". */
    private record Upper(BigDecimal value, int end) {
    }

    private static Upper upperAfterUnit(List<Token> tokens, int i, String rangeWord, Units.Unit unit) {
        if (i + 1 >= tokens.size()) {
            return null;
        }
        String connector = tokens.get(i).lower();
        boolean fits = "between".equals(rangeWord) ? connector.equals("and") : RANGE_DASHES.contains(connector);
        Numbers.Parsed upper = fits ? Numbers.parse(tokens, i + 1, false) : null;
        if (upper == null || upper.vague()) {
            return null;
        }
        Units.Match again = unitAfter(tokens, upper.end(), upper, false, upper.scaled());
        return again != null && again.unit().equals(unit) ? new Upper(upper.value(), again.end()) : null;
    }

    private static boolean startsAmount(List<Token> tokens, int i, boolean[] inDate) {
        Token t = tokens.get(i);
        if (inDate[t.index()]) {
            return false;
        }
        if (t.ner() != null && NAME_TAGS.contains(t.ner())) {
            return false;
        }
        String text = t.text();
        boolean wordForm = Character.isLetter(text.charAt(0));
        // "Group of Twenty": a capitalised number word inside a sentence is part of a name.
        return !(wordForm && Character.isUpperCase(text.charAt(0)) && i > 0);
    }

    /** What stands before the amount: a qualifier ("about") or a range opener ("between"). */
    private record Lead(int start, String qualifier, String rangeWord) {
        Lead withoutRangeWord(int numberStart) {
            return new Lead(numberStart, qualifier, null);
        }
    }

    private static Lead lead(List<Token> tokens, int numberStart) {
        if (numberStart > 0) {
            String w = tokens.get(numberStart - 1).lower();
            if (w.equals("between") || w.equals("from")) {
                return new Lead(numberStart - 1, null, w);
            }
        }
        for (int n = Math.min(3, numberStart); n >= 1; n--) {
            StringBuilder phrase = new StringBuilder();
            for (int k = numberStart - n; k < numberStart; k++) {
                phrase.append(k > numberStart - n ? " " : "").append(tokens.get(k).lower());
            }
            String qualifier = QUALIFIERS.get(phrase.toString());
            if (qualifier != null) {
                return new Lead(numberStart - n, qualifier, null);
            }
        }
        return new Lead(numberStart, null, null);
    }

    /** The upper end of "between 500 and 5,500", "from 10 to 20", "500-5,500", "$10 to $20". */
    private static Numbers.Parsed secondOfRange(List<Token> tokens, int i, String rangeWord, boolean money) {
        if (i + 1 >= tokens.size()) {
            return null;
        }
        String connector = tokens.get(i).lower();
        boolean fits = "between".equals(rangeWord) ? connector.equals("and") : RANGE_DASHES.contains(connector);
        if (!fits) {
            return null;
        }
        int at = i + 1;
        Units.Match repeated = money ? Units.currencyBefore(tokens, at + 1) : null;
        if (repeated != null && repeated.end() == at) {
            at++;
        }
        return Numbers.parse(tokens, at, money);
    }

    /** "3,000 troops", "50 nuclear warheads": the plural noun counted, after at most two modifiers. */
    private static int countedNoun(List<Token> tokens, int i) {
        for (int k = i; k < Math.min(tokens.size(), i + 3); k++) {
            Token t = tokens.get(k);
            if (t.hasPos("NNS")) {
                return k;
            }
            if (!(t.hasPos("JJ") || t.hasPos("VBN") || t.hasPos("NN") && !t.hasPos("NNS") && k + 1 < tokens.size()
                    && tokens.get(k + 1).hasPos("NNS"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Boeing 747 jets": a number right after a proper name belongs to it; so does one hyphened
     * to a word ("COVID-19 cases", "SS-20 missiles").
     */
    private static boolean isNamePart(List<Token> tokens, int i) {
        if (i > 1 && tokens.get(i - 1).text().equals("-") && tokens.get(i - 1).start() == tokens.get(i - 2).end()
                && tokens.get(i - 1).end() == tokens.get(i).start()
                && Character.isLetter(tokens.get(i - 2).text().charAt(tokens.get(i - 2).text().length() - 1))) {
            return true;
        }
        return i > 0 && tokens.get(i - 1).hasPos("NNP") && i - 1 > 0;
    }

    /** A bare four-digit number from 1000 to 2099 with no unit is a year ("the 1987 treaty"). */
    private static boolean isYear(Numbers.Parsed number, Token token) {
        return !number.scaled() && token.text().matches("1\\d{3}|20\\d{2}");
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Quantity.Si si(Units.Unit unit, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (unit.siUnit() == null || unit.siFactor() == null) {
            return null;
        }
        return new Quantity.Si(unit.siUnit(), toSi(unit, value), toSi(unit, min), toSi(unit, max));
    }

    private static BigDecimal toSi(Units.Unit unit, BigDecimal v) {
        if (v == null) {
            return null;
        }
        if (unit.symbol().equals("°C")) {
            return plain(v.add(new BigDecimal("273.15")));
        }
        if (unit.symbol().equals("°F")) {
            return plain(v.subtract(new BigDecimal(32)).multiply(new BigDecimal(5))
                    .divide(new BigDecimal(9), MathContext.DECIMAL64).add(new BigDecimal("273.15")).round(MathContext.DECIMAL64));
        }
        return plain(v.multiply(unit.siFactor()).round(MathContext.DECIMAL64));
    }
}
