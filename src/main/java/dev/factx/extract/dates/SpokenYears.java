package dev.factx.extract.dates;

import dev.factx.facts.DateFact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years written as spoken in broadcast transcripts, "nineteen ninety-six": SUTime reads them
 * as numbers (or "January nineteen ninety" as 1990), so they are found here, and replace the
 * year of a date they overlap ("the winter of nineteen ninety-four").
 */
final class SpokenYears {
    private static final Map<String, Integer> CENTURIES = Map.of("eighteen", 18, "nineteen", 19, "twenty", 20);
    private static final Map<String, Integer> TENS = Map.ofEntries(Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final Map<String, Integer> ONES = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9);
    private static final Pattern SPOKEN_YEAR = Pattern.compile("(?i)\\b(" + String.join("|", CENTURIES.keySet())
            + ")[ -](" + String.join("|", TENS.keySet()) + ")(?:[ -](" + String.join("|", ONES.keySet()) + "))?\\b");
    private static final Pattern LEADING_YEAR = Pattern.compile("\\d{4}(-.*)?");

    private SpokenYears() {
    }

    /** {@code dates} with the spoken years of {@code text}, in text order. */
    static List<DateFact> apply(String text, List<DateFact> dates) {
        List<DateFact> result = new ArrayList<>(dates);
        Matcher m = SPOKEN_YEAR.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String year = String.valueOf(year(m));
            List<DateFact> overlapping = result.stream().filter(d -> d.start() < end && d.end() > start).toList();
            if (overlapping.isEmpty()) {
                result.add(new DateFact(m.group(), start, end, "DATE", year, null, false, null, null));
                continue;
            }
            for (DateFact d : overlapping) {
                Matcher dated = LEADING_YEAR.matcher(d.value());
                if (dated.matches()) {
                    int from = Math.min(d.start(), start);
                    int to = Math.max(d.end(), end);
                    result.set(result.indexOf(d), new DateFact(text.substring(from, to), from, to, d.type(),
                            year + (dated.group(1) == null ? "" : dated.group(1)), d.modifier(), false, null, null));
                }
            }
        }
        result.sort(Comparator.comparingInt(DateFact::start));
        return result;
    }

    private static int year(Matcher m) {
        int ones = m.group(3) == null ? 0 : ONES.get(m.group(3).toLowerCase(Locale.ROOT));
        return CENTURIES.get(m.group(1).toLowerCase(Locale.ROOT)) * 100 + TENS.get(m.group(2).toLowerCase(Locale.ROOT)) + ones;
    }
}
