package dev.factx.extract;

import dev.factx.facts.DateFact;
import dev.factx.extract.TenseResolution.Tense;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Timex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns SUTime's temporal expressions into date facts. */
final class DateExtractor {
    private static final Pattern YEAR_IN_VALUE = Pattern.compile("^(\\d{4})");

    private DateExtractor() {
    }

    static List<DateFact> extract(AnnotatedText doc) {
        List<DateFact> dates = new ArrayList<>(doc.timexes().size());
        for (Timex t : doc.timexes()) {
            if (NonDates.isNonDate(doc, t)) {
                continue;
            }
            String text = doc.text(t.start(), t.end());
            Tense tense = tense(doc, t);
            String value = TenseResolution.resolve(t.value(), t.unresolved(), doc.documentDate(), tense);
            if (isResolved(text, value, doc)) {
                value = AgoGranularity.of(text, ReportingPeriods.quarterOfYear(value, doc.documentDate(), tense));
            }
            dates.add(new DateFact(text, t.start(), t.end(), t.type(), value, t.modifier(),
                    isResolved(text, value, doc), t.begin(), t.until()));
        }
        return ReportingPeriods.resolve(doc.text(), doc.documentDate(), dates);
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
