package dev.factx.extract.dates;

import dev.factx.extract.dates.TenseResolution.Tense;
import dev.factx.facts.DateFact;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end of a period. SUTime reads "year-end", "year end" and "year's end" as a year's length;
 * TimeML gives them the year with the modifier END, and "the end of the year" too (SUTime says
 * LATE). Which year: the one before the document date's when looking back ("since year-end",
 * "had risen by year-end"), else the current one ("expected to close by year-end").
 */
final class YearEnds {
    private static final Pattern END_AFTER_YEAR = Pattern.compile("(?:-|\\s+|'s\\s+)end\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i).*\\bsince\\s+(?:the\\s+)?$");
    private static final Pattern END_OF = Pattern.compile("(?i).*\\bend\\s+of\\b.*");

    private YearEnds() {
    }

    static DateFact apply(String text, DateFact d, LocalDate documentDate, Tense tense) {
        if ("LATE".equals(d.modifier()) && END_OF.matcher(d.text()).matches()) {
            return new DateFact(d.text(), d.start(), d.end(), d.type(), d.value(), "END", d.resolved(), d.begin(),
                    d.until());
        }
        Matcher end = END_AFTER_YEAR.matcher(text).region(d.end(), text.length());
        if (documentDate == null || !"P1Y".equals(d.value()) || !d.text().equalsIgnoreCase("year") || !end.lookingAt()) {
            return d;
        }
        boolean before = tense == Tense.PAST || SINCE_BEFORE.matcher(text.substring(Math.max(0, d.start() - 20), d.start()))
                .matches();
        int year = documentDate.getYear() - (before ? 1 : 0);
        return new DateFact(text.substring(d.start(), end.end()), d.start(), end.end(), "DATE", String.valueOf(year),
                "END", true, null, null);
    }
}
