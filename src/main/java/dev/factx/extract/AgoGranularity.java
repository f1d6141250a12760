package dev.factx.extract;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Two years ago" names a year, not the day two years before the document date: TimeML gives
 * a date counted back from now the precision of its unit ("41 years ago" 1959, "two months
 * ago" 1999-11, "six weeks ago" 1999-W47), where SUTime keeps the day.
 */
final class AgoGranularity {
    private static final Pattern AGO = Pattern.compile("(?i).*\\b(year|month|week)s?\\s+ago\\b.*");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");

    private AgoGranularity() {
    }

    static String of(String text, String value) {
        Matcher m = AGO.matcher(text);
        if (!m.matches() || !DAY.matcher(value).matches()) {
            return value;
        }
        LocalDate day = LocalDate.parse(value);
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "year" -> value.substring(0, 4);
            case "month" -> value.substring(0, 7);
            default -> String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }
}
