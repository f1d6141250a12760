package dev.factx.extract.dates;

import dev.factx.facts.DateFact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Half a year: "the first half of 1989", "the last half of 1989", "the first two quarters of
 * 1990". SUTime reads them as the year, early or late, or as six months; TimeML has the half
 * ("1989-H1").
 */
final class YearHalves {
    private static final Pattern HALF_OF_YEAR = Pattern.compile("(?i).*\\b(?:(first|1st)|second|2nd|last|latter)"
            + "\\s+(?:half|two\\s+quarters)\\s+of\\s+(?:fiscal\\s+)?((?:19|20)\\d\\d)\\b.*");

    private YearHalves() {
    }

    static DateFact apply(DateFact d) {
        Matcher m = HALF_OF_YEAR.matcher(d.text());
        // SUTime read the year ("1989", "1990 INTERSECT >=P6M") or six months ("P6M").
        if (!m.matches() || !d.value().startsWith(m.group(2)) && !d.value().startsWith("P")) {
            return d;
        }
        String half = m.group(2) + (m.group(1) != null ? "-H1" : "-H2");
        return new DateFact(d.text(), d.start(), d.end(), "DATE", half, null, d.resolved(), null, null);
    }
}
