package dev.factx.extract.dates;

import dev.factx.extract.dates.TimexValue.Granularity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Two years ago" names a year, not the day two years before the document date: TimeML gives
 * a date counted back from now the precision of its unit ("41 years ago" 1959, "two months
 * ago" 1999-11, "six weeks ago" 1999-W47), where SUTime keeps the day. An uncounted "several
 * years ago" or "months ago" places nothing on the calendar: it is only in the past (SUTime
 * takes it for one unit back).
 */
final class AgoGranularity {
    private static final Pattern AGO = Pattern.compile("(?i).*\\b(year|month|week)s?\\s+ago\\b.*");
    private static final Pattern UNCOUNTED_AGO = Pattern.compile(
            "(?i)(?:.*\\b(?:several|few|many|some)\\s+)?(?:years|months|weeks|days)\\s+ago\\b.*");

    private AgoGranularity() {
    }

    static String of(String text, String value) {
        if (UNCOUNTED_AGO.matcher(text).matches()) {
            return "PAST_REF";
        }
        Matcher m = AGO.matcher(text);
        Optional<TimexValue> day = TimexValue.parse(value).filter(v -> v.granularity() == Granularity.DAY);
        if (!m.matches() || day.isEmpty()) {
            return value;
        }
        return day.get().in(switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "year" -> Granularity.YEAR;
            case "month" -> Granularity.MONTH;
            default -> Granularity.WEEK;
        });
    }
}
