package dev.factx.extract.dates;

import dev.factx.facts.DateFact;
import dev.factx.extract.dates.TenseResolution.Tense;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns SUTime's temporal expressions into date facts. */
public final class DateExtractor {
    private static final Pattern YEAR_IN_VALUE = Pattern.compile("^(\\d{4})");
    private static final Pattern INTERSECTION = Pattern.compile(
            "(\\d{4}(?:-[\\dWQ]\\d*)*) INTERSECT (P\\d+[YMWD])(?: INTERSECT P\\d+[YMWD])*");
    private static final Pattern FIRST_OR_LAST_UNITS = Pattern.compile(
            "(?i)\\b(?:first|last|past|latest)\\s+\\S+\\s+(?:days|weeks|months|quarters|years)\\b");
    private static final Pattern LAST_OR_NEXT_MONTH = Pattern.compile(
            "(?i)(last|next)\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?");

    private DateExtractor() {
    }

    public static List<DateFact> extract(AnnotatedText doc) {
        List<DateFact> dates = new ArrayList<>(doc.timexes().size());
        for (Timex t : doc.timexes()) {
            if (NonDates.isNonDate(doc, t)) {
                continue;
            }
            String text = doc.text(t.start(), t.end());
            Tense tense = tense(doc, t);
            String value = lastOrNextMonth(text, t.value(), doc)
                    .orElseGet(() -> DaysWithATimeOfDay.resolve(t.value(), t.unresolved(), doc.documentDate(), tense));
            value = Holidays.resolve(text, value, doc.documentDate(), tense,
                    WeeksOfDays.weekFollows(doc.text(), t.end()));
            if (isResolved(text, value, doc)) {
                value = AgoGranularity.of(text, ReportingPeriods.quarterOfYear(value, doc.documentDate(), tense));
            }
            DateFact fact = DateRanges.tidy(fact(text, t, value, doc, end(t.begin(), doc, tense), end(t.until(), doc, tense)));
            fact = DurationCounts.coming(DurationCounts.apply(doc, t, fact));
            fact = YearEnds.apply(doc.text(), fact, doc.documentDate(), tense);
            dates.add(YearHalves.apply(fact));
        }
        List<DateFact> found = MidPeriods.apply(doc.text(), doc.documentDate(), SpokenYears.apply(doc.text(), dates));
        List<DateFact> resolved = ReportingPeriods.resolve(doc.text(), doc.documentDate(), found);
        List<DateFact> joined = DateRanges.join(doc.text(),
                AnaphoricDates.apply(doc.text(), WeeksOfDays.apply(doc.text(), resolved)));
        return ClockTimes.apply(TimesOfDayBefore.apply(doc.text(), WeekdayIntersections.apply(joined)),
                doc.sentences(), doc.documentDate());
    }

    /**
     * The fact for a timex. SUTime's composite of a date and a length ("the first nine months of
     * 1997" as "1997 INTERSECT P9M") is no TIMEX3 value: it stands for the length when the text
     * counts units, else for the date.
     */
    private static DateFact fact(String text, Timex t, String value, AnnotatedText doc, String begin, String until) {
        Matcher intersection = INTERSECTION.matcher(value);
        if (intersection.matches()) {
            boolean counted = FIRST_OR_LAST_UNITS.matcher(text).find();
            String part = counted ? intersection.group(2) : intersection.group(1);
            return new DateFact(text, t.start(), t.end(), counted ? "DURATION" : "DATE", part, t.modifier(),
                    isResolved(text, part, doc), begin, until);
        }
        return new DateFact(text, t.start(), t.end(), t.type(), value, t.modifier(), isResolved(text, value, doc),
                begin, until);
    }

    /** SUTime leaves a range's ends without a year ("from Aug. 1 to Aug. 15"): the tense gives it. */
    private static String end(String value, AnnotatedText doc, Tense tense) {
        if (value == null || doc.documentDate() == null || !value.startsWith("XXXX-")) {
            return value;
        }
        return TenseResolution.resolve(doc.documentDate().getYear() + value.substring(4), value, doc.documentDate(), tense);
    }

    /**
     * "last April" is the latest April before the document date, "next April" the first after
     * it; SUTime takes the April of last or next year.
     */
    private static Optional<String> lastOrNextMonth(String text, String value, AnnotatedText doc) {
        Matcher m = LAST_OR_NEXT_MONTH.matcher(text);
        if (!m.matches() || !value.matches("\\d{4}-\\d\\d")) {
            return Optional.empty();
        }
        Tense direction = m.group(1).equalsIgnoreCase("next") ? Tense.FUTURE : Tense.PAST;
        String sameYear = doc.documentDate().getYear() + value.substring(4);
        return Optional.of(TenseResolution.resolve(sameYear, "XXXX" + value.substring(4), doc.documentDate(),
                direction));
    }

    private static Tense tense(AnnotatedText doc, Timex t) {
        if (t.firstToken() >= doc.tokens().size()) {
            return Tense.UNMARKED;
        }
        return SentenceTense.of(doc.tokensOf(doc.sentenceOf(doc.tokens().get(t.firstToken()))),
                t.firstToken(), t.endToken());
    }

    /**
     * Whether the document date supplied the value: a calendar value whose year the text does
     * not spell out ("Thursday" as 2019-07-04, but not "1987" or "July 4, 2019").
     */
    static boolean isResolved(String text, String value, AnnotatedText doc) {
        if (doc.documentDate() == null) {
            return false;
        }
        Matcher m = YEAR_IN_VALUE.matcher(value);
        if (!m.find()) {
            return false;
        }
        String year = m.group(1);
        return !text.contains(year) && !text.contains("'" + year.substring(2));
    }
}
