package dev.factx.extract.dates;

import dev.factx.facts.DateFact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day written before its day, "mid-afternoon yesterday", "in the morning Tuesday":
 * SUTime takes the day alone, TimeML the part of the day (1989-11-01TAF).
 */
final class TimesOfDayBefore {
    private static final Pattern PART_OF_DAY_BEFORE = Pattern.compile(
            "(?i)\\b((?:early|late|mid)[- ]?)?(morning|afternoon|evening|night)\\s+$");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final Map<String, String> PARTS = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV",
            "night", "NI");

    private TimesOfDayBefore() {
    }

    static List<DateFact> apply(String text, List<DateFact> dates) {
        List<DateFact> result = new ArrayList<>(dates.size());
        for (DateFact d : dates) {
            Matcher part = PART_OF_DAY_BEFORE.matcher(text.substring(Math.max(0, d.start() - 30), d.start()));
            if (!"DATE".equals(d.type()) || !DAY.matcher(d.value()).matches() || d.begin() != null || !part.find()
                    || overlapsAnother(d.start() - part.group().length(), d, dates)) {
                result.add(d);
                continue;
            }
            int start = d.start() - part.group().length();
            result.add(new DateFact(text.substring(start, d.end()), start, d.end(), "TIME",
                    d.value() + "T" + PARTS.get(part.group(2).toLowerCase(Locale.ROOT)), d.modifier(), d.resolved(),
                    null, null));
        }
        return result;
    }

    private static boolean overlapsAnother(int start, DateFact d, List<DateFact> dates) {
        return dates.stream().anyMatch(o -> o != d && o.start() < d.start() && o.end() > start);
    }
}
