package dev.factx.extract;

import dev.factx.facts.DateFact;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Pattern;

/**
 * "The week of March 6" and "the week ended Oct. 27" name a week by one of its days: TimeML
 * gives the week (2000-W10), where SUTime keeps the day.
 */
final class WeekOfADay {
    private static final Pattern WEEK_OF = Pattern.compile(
            "(?i)(?:the\\s+)?week\\s+(?:of|end(?:ed|ing)|beginning|starting|begun)\\b.*");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");

    private WeekOfADay() {
    }

    static DateFact apply(DateFact d) {
        if (!WEEK_OF.matcher(d.text()).matches() || !DAY.matcher(d.value()).matches()) {
            return d;
        }
        LocalDate day = LocalDate.parse(d.value());
        String week = String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new DateFact(d.text(), d.start(), d.end(), d.type(), week, d.modifier(), d.resolved(), d.begin(),
                d.until());
    }
}
