package dev.factx.extract.dates;

import dev.factx.facts.DateFact;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "mid-November" and "mid-1996", which SUTime does not read: the month or year with the
 * modifier MID. A month without its year is the document date's, as SUTime takes a month
 * named alone.
 */
final class MidPeriods {
    private static final Pattern MID = Pattern.compile("(?i)\\bmid-(?:(january|february|march|april|may|june|july"
            + "|august|september|october|november|december)|((?:19|20)\\d\\d)(?!s))\\b");

    private MidPeriods() {
    }

    /** {@code dates} with the mid-periods of {@code text}, in text order. */
    static List<DateFact> apply(String text, LocalDate documentDate, List<DateFact> dates) {
        List<DateFact> result = new ArrayList<>(dates);
        Matcher m = MID.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (result.stream().anyMatch(d -> d.start() < end && d.end() > start)
                    || m.group(1) != null && documentDate == null) {
                continue;
            }
            String value = m.group(2) != null ? m.group(2) : String.format("%04d-%02d", documentDate.getYear(),
                    Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue());
            result.add(new DateFact(m.group(), start, end, "DATE", value, "MID", m.group(1) != null, null, null));
        }
        result.sort(Comparator.comparingInt(DateFact::start));
        return result;
    }
}
