package dev.factx.extract.dates;

import dev.factx.extract.dates.TimexValue.Granularity;
import dev.factx.facts.DateFact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A week named by a day in it: "the week of March 6", and a holiday followed by "week" ("Easter
 * week"), which SUTime reads as the day alone (and a length of one week). TimeML gives the ISO
 * week that holds the day.
 */
final class WeeksOfDays {
    private static final Pattern WEEK_OF = Pattern.compile("(?i)(?:the\\s+)?week\\s+of\\b.*");
    private static final Pattern WEEK_AFTER = Pattern.compile("\\s+week\\b");

    private WeeksOfDays() {
    }

    /** Whether "week" follows the expression that ends at {@code end} ("Easter week"). */
    static boolean weekFollows(String text, int end) {
        return WEEK_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /** {@code dates}, in text order, with the weeks named by a day in them. */
    static List<DateFact> apply(String text, List<DateFact> dates) {
        List<DateFact> result = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            DateFact d = dates.get(i);
            Optional<TimexValue> day = TimexValue.parse(d.value()).filter(v -> v.granularity() == Granularity.DAY);
            Matcher week = WEEK_AFTER.matcher(text).region(d.end(), text.length());
            if (day.isPresent() && WEEK_OF.matcher(d.text()).matches()) {
                result.add(new DateFact(d.text(), d.start(), d.end(), "DATE", TimexValue.weekOf(day.get().first()),
                        d.modifier(), d.resolved(), null, null));
            } else if (day.isPresent() && Holidays.names(d.text()) && week.lookingAt()) {
                int end = week.end();
                while (i + 1 < dates.size() && dates.get(i + 1).start() < end) {
                    i++; // the "week" SUTime found on its own
                }
                result.add(new DateFact(text.substring(d.start(), end), d.start(), end, "DATE",
                        TimexValue.weekOf(day.get().first()), d.modifier(), d.resolved(), null, null));
            } else {
                result.add(d);
            }
        }
        return result;
    }
}
