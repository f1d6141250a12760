package dev.factx.extract.dates;

import dev.factx.facts.DateFact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SUTime joins a weekday to a length of time beside it into one value that is no TIMEX3
 * ("more than four hours Friday" as "1998-02-27-WXX-5 INTERSECT >PT4H"): a counted length is
 * its own fact before the day's ("more than four hours", "Friday"); an uncounted one ("the
 * early hours of Thursday morning") leaves the day and its time of day.
 */
final class WeekdayIntersections {
    private static final Pattern INTERSECTION = Pattern.compile(
            "(\\d{4}-\\d\\d-\\d\\d)-WXX-\\d(T[A-Z]{2})? INTERSECT ([<>]=?)?(P\\S+)");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(?:on\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    private static final Pattern COUNT = Pattern.compile(
            "(?i).*\\b(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+\\S+$");

    private WeekdayIntersections() {
    }

    static List<DateFact> apply(List<DateFact> dates) {
        List<DateFact> result = new ArrayList<>(dates.size());
        for (DateFact d : dates) {
            Matcher m = INTERSECTION.matcher(d.value());
            Matcher weekday = WEEKDAY.matcher(d.text());
            if (!m.matches() || !weekday.find()) {
                result.add(d);
                continue;
            }
            String day = m.group(1) + (m.group(2) == null ? "" : m.group(2));
            String length = d.text().substring(0, weekday.start()).strip();
            if (COUNT.matcher(length).matches()) {
                result.add(new DateFact(length, d.start(), d.start() + length.length(), "DURATION", m.group(4),
                        modifier(m.group(3)), false, null, null));
                result.add(new DateFact(d.text().substring(weekday.start()), d.start() + weekday.start(), d.end(), "DATE",
                        day, null, d.resolved(), null, null));
            } else {
                result.add(new DateFact(d.text(), d.start(), d.end(), "DATE", day, null, d.resolved(), null, null));
            }
        }
        return result;
    }

    private static String modifier(String comparison) {
        if (comparison == null) {
            return null;
        }
        return switch (comparison) {
            case ">" -> "MORE_THAN";
            case "<" -> "LESS_THAN";
            case ">=" -> "EQUAL_OR_MORE";
            default -> "EQUAL_OR_LESS";
        };
    }
}
