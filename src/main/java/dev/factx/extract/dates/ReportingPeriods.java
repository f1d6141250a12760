package dev.factx.extract.dates;

import dev.factx.extract.dates.TenseResolution.Tense;
import dev.factx.facts.DateFact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods of financial news. A story on results names its quarter ("third-quarter profit
 * rose") and then refers back to it: "the quarter", "the latest quarter" and "the latest
 * period" are that quarter, and "a year ago", "a year earlier", "the year-ago quarter" or "the
 * year-earlier period" are the same quarter one year before, the period the figures are
 * compared with. The story's quarter is the latest it names that had ended by the document
 * date. Without one, "a year ago" is the year before the document date's, and "the latest
 * quarter" the last one that had ended by it. "The year ended March 31" is a fiscal year: a
 * duration of a year, not the calendar year.
 */
final class ReportingPeriods {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern NAMED_QUARTER = Pattern.compile(
            "(?i).*\\b(first|second|third|fourth|1st|2nd|3rd|4th)\\b.*quarter.*|.*\\bQ[1-4]\\b.*");
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);
    /** The quarter spoken of: "the quarter", "that quarter", "the latest quarter", "its latest period". */
    private static final Pattern ANAPHORIC = Pattern.compile(
            "(?i)\\b(?:the|that|its)\\s+(?:(?:latest|most\\s+recent|just-ended)\\s+)?(?:fiscal\\s+)?quarter\\b"
                    + "|\\b(?:the|that|its)\\s+(?:latest|most\\s+recent|just-ended)\\s+(?:fiscal\\s+)?period\\b");
    /** "the latest period", which SUTime does not find at all. */
    private static final Pattern LATEST_PERIOD = Pattern.compile(
            "(?i)\\b(?:the|its)\\s+(?:latest|most\\s+recent)\\s+(?:fiscal\\s+)?period\\b");
    /** A comparison with the year before: "a year ago", "year-earlier", "the year-ago third quarter". */
    private static final Pattern YEAR_BEFORE = Pattern.compile(
            "(?i)\\b(?:(?:the|a|its)\\s+)?(?:(?:same|comparable|corresponding)\\s+)?(?:a\\s+)?year[- ](?:ago|earlier)"
                    + "(?:\\s+(?:(first|second|third|fourth)[- ])?(?:fiscal\\s+)?(?:quarter|period))?\\b"
                    + "|\\b(?:the\\s+)?(?:same|comparable|corresponding)\\s+(?:quarter|period)\\s+(?:of\\s+)?last\\s+year\\b"
                    + "|\\blast\\s+year's\\s+(?:(first|second|third|fourth)\\s+)?quarter\\b");
    /** "the year ended March 31": twelve months up to a closing date, not a calendar year. */
    private static final Pattern YEAR_ENDED = Pattern.compile(
            "(?i)(?:the|its)\\s+(?:latest\\s+)?(?:fiscal\\s+)?year(?=\\s+end(?:ed|ing)\\b)");
    /** "the 1988 quarter", "the 1989 period": a year standing for its reporting quarter. */
    private static final Pattern YEAR_PERIOD = Pattern.compile("\\s+(?:quarter|period)\\b");
    private static final Pattern YEAR_AS_COUNT = Pattern.compile("(?i)(?:the\\s+)?((?:19|20)\\d\\d)\\s+(?:quarter|period)");

    private ReportingPeriods() {
    }

    /**
     * The year of a quarter named without one ("the fourth quarter"), which SUTime takes
     * closest to the document date: past tense means the latest that began by it, future the
     * first that has not ended before it.
     */
    static String quarterOfYear(String value, LocalDate documentDate, Tense tense) {
        Matcher m = QUARTER.matcher(value);
        if (documentDate == null || tense == Tense.UNMARKED || !m.matches()) {
            return value;
        }
        int quarter = Integer.parseInt(m.group(2));
        int year = documentDate.getYear();
        LocalDate first = LocalDate.of(year, quarter * 3 - 2, 1);
        if (tense == Tense.PAST) {
            return (first.isAfter(documentDate) ? year - 1 : year) + "-Q" + quarter;
        }
        return (first.plusMonths(3).isAfter(documentDate) ? year : year + 1) + "-Q" + quarter;
    }

    /** The dates with the quarters of a results story resolved; {@code dates} in text order. */
    static List<DateFact> resolve(String text, LocalDate documentDate, List<DateFact> dates) {
        if (documentDate == null) {
            return dates;
        }
        String reference = dates.stream().filter(d -> namesQuarter(d) && endedBy(d.value(), documentDate))
                .map(DateFact::value).max(Comparator.naturalOrder()).orElse(null);
        List<DateFact> result = new ArrayList<>(dates.size());
        for (DateFact d : dates) {
            if (!result.isEmpty() && d.start() < result.get(result.size() - 1).end()) {
                continue; // inside a phrase the one before was widened over
            }
            result.add(namesQuarter(d) ? d
                    : yearBefore(text, d, reference, documentDate)
                            .or(() -> anaphoric(text, d, reference, documentDate))
                            .or(() -> yearForPeriod(text, d, reference))
                            .or(() -> yearEnded(text, d))
                            .orElse(d));
        }
        result.addAll(latestPeriods(text, result, reference != null ? reference : lastEndedQuarter(documentDate)));
        result.sort(Comparator.comparingInt(DateFact::start));
        return result;
    }

    /** Results are reported for a quarter that has ended; a later one is only forecast ("a fourth-quarter charge"). */
    private static boolean endedBy(String quarter, LocalDate date) {
        int[] yearAndQuarter = yearAndQuarter(quarter);
        return !LocalDate.of(yearAndQuarter[0], yearAndQuarter[1] * 3, 1).plusMonths(1).isAfter(date);
    }

    /** The year and the quarter of a value known to be one ("1989-Q3"). */
    private static int[] yearAndQuarter(String quarter) {
        Matcher m = QUARTER.matcher(quarter);
        if (!m.matches()) {
            throw new IllegalArgumentException("quarter: " + quarter);
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static boolean namesQuarter(DateFact d) {
        return QUARTER.matcher(d.value()).matches() && NAMED_QUARTER.matcher(d.text()).matches();
    }

    private static Optional<DateFact> yearBefore(String text, DateFact d, String reference, LocalDate documentDate) {
        return phraseAround(text, d, YEAR_BEFORE).map(m -> {
            String ordinal = m.group(1) != null ? m.group(1) : m.group(2);
            String value;
            if (reference != null) {
                int[] referenced = yearAndQuarter(reference);
                int quarter = ordinal != null ? ORDINALS.get(ordinal.toLowerCase(Locale.ROOT)) : referenced[1];
                value = (referenced[0] - 1) + "-Q" + quarter;
            } else {
                value = ordinal != null
                        ? (documentDate.getYear() - 1) + "-Q" + ORDINALS.get(ordinal.toLowerCase(Locale.ROOT))
                        : String.valueOf(documentDate.getYear() - 1);
            }
            return widened(text, d, m, value);
        });
    }

    private static Optional<DateFact> anaphoric(String text, DateFact d, String reference, LocalDate documentDate) {
        return phraseAround(text, d, ANAPHORIC).map(m -> widened(text, d, m,
                reference != null ? reference : lastEndedQuarter(documentDate)));
    }

    private static Optional<DateFact> yearForPeriod(String text, DateFact d, String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        Matcher counted = YEAR_AS_COUNT.matcher(d.text());
        if (counted.matches()) {
            // SUTime counts "the 1988 quarter" as 1,988 quarters.
            return Optional.of(new DateFact(d.text(), d.start(), d.end(), "DATE",
                    counted.group(1) + reference.substring(4), null, false, null, null));
        }
        if (!d.value().matches("\\d{4}") || !d.text().endsWith(d.value())) {
            return Optional.empty();
        }
        Matcher m = YEAR_PERIOD.matcher(text).region(d.end(), text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String value = d.value() + reference.substring(4);
        return Optional.of(new DateFact(text.substring(d.start(), m.end()), d.start(), m.end(), "DATE", value,
                d.modifier(), false, null, null));
    }

    private static Optional<DateFact> yearEnded(String text, DateFact d) {
        return phraseAround(text, d, YEAR_ENDED).filter(m -> m.start() == d.start()).map(m ->
                new DateFact(text.substring(m.start(), m.end()), m.start(), m.end(), "DURATION", "P1Y",
                        null, false, null, null));
    }

    /** "the latest period", which SUTime does not take for a time: the story's quarter. */
    private static List<DateFact> latestPeriods(String text, List<DateFact> dates, String quarter) {
        List<DateFact> found = new ArrayList<>();
        Matcher m = LATEST_PERIOD.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (dates.stream().noneMatch(d -> d.start() < end && d.end() > start)) {
                found.add(new DateFact(m.group(), start, end, "DATE", quarter, null, true, null, null));
            }
        }
        return found;
    }

    private static String lastEndedQuarter(LocalDate date) {
        int quarter = (date.getMonthValue() - 1) / 3 + 1;
        return quarter == 1 ? (date.getYear() - 1) + "-Q4" : date.getYear() + "-Q" + (quarter - 1);
    }

    /** A match of {@code pattern} overlapping the date, looked for a few words either side of it. */
    private static Optional<Matcher> phraseAround(String text, DateFact d, Pattern pattern) {
        Matcher m = pattern.matcher(text).region(Math.max(0, d.start() - 20), Math.min(text.length(), d.end() + 40));
        while (m.find()) {
            if (m.start() < d.end() && m.end() > d.start()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The date over the whole phrase, which SUTime often found only part of ("the year" of "the year-ago quarter"). */
    private static DateFact widened(String text, DateFact d, Matcher m, String value) {
        int start = Math.min(d.start(), m.start());
        int end = Math.max(d.end(), m.end());
        return new DateFact(text.substring(start, end), start, end, "DATE", value, null, true, null, null);
    }
}
