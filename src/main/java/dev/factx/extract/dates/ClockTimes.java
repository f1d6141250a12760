package dev.factx.extract.dates;

import dev.factx.facts.DateFact;
import dev.factx.nlp.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times ("10:35 a.m.", "noon Saturday") as TIMEX3 values give them: the local time as
 * written, without the zone SUTime reads from "EST" (the zone stays in the text), and on the
 * day the sentence names. SUTime puts a time with no day of its own on the document date,
 * though "at about 10:35 a.m. (0735 GMT) Friday" happened on Friday.
 */
final class ClockTimes {
    private static final Pattern ZONED = Pattern.compile("(.*T\\d\\d(?::\\d\\d){0,2})(?:Z|[+-]\\d\\d:?\\d\\d)");
    private static final Pattern CLOCK = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)(T\\d\\d.*)");
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)(?:T.*)?");
    /** Words that give a time its own day: then SUTime's day is the text's. */
    private static final Pattern DAY_WORD = Pattern.compile("(?i).*\\b(?:today|tonight|tomorrow|yesterday"
            + "|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\b.*");

    private ClockTimes() {
    }

    /** {@code dates} with clock times without a zone and on the day their sentence names. */
    static List<DateFact> apply(List<DateFact> dates, List<Sentence> sentences, LocalDate documentDate) {
        List<DateFact> result = new ArrayList<>(dates.size());
        for (DateFact d : dates) {
            DateFact local = withValue(d, withoutZone(d.value()));
            result.add(isOnDocumentDateByDefault(local, documentDate)
                    ? dayNamedBeside(local, dates, sentences, documentDate)
                            .map(day -> withValue(local, day + local.value().substring(10)))
                            .orElse(local)
                    : local);
        }
        return result;
    }

    static String withoutZone(String value) {
        Matcher m = ZONED.matcher(value);
        return m.matches() ? m.group(1) : value;
    }

    private static boolean isOnDocumentDateByDefault(DateFact d, LocalDate documentDate) {
        Matcher clock = CLOCK.matcher(d.value());
        return documentDate != null && clock.matches() && clock.group(1).equals(documentDate.toString())
                && !DAY_WORD.matcher(d.text()).matches();
    }

    /** The day of the nearest other date in the sentence that names one, if any. */
    private static Optional<String> dayNamedBeside(DateFact time, List<DateFact> dates, List<Sentence> sentences,
                                                   LocalDate documentDate) {
        Optional<Sentence> sentence = sentences.stream()
                .filter(s -> s.start() <= time.start() && time.start() < s.end()).findFirst();
        if (sentence.isEmpty()) {
            return Optional.empty();
        }
        return dates.stream()
                .filter(d -> d != time && d.start() >= sentence.get().start() && d.end() <= sentence.get().end())
                .filter(d -> DAY.matcher(withoutZone(d.value())).matches() && !isOnDocumentDateByDefault(
                        withValue(d, withoutZone(d.value())), documentDate))
                .min(Comparator.comparingInt(d -> d.start() > time.start() ? d.start() - time.end()
                        : time.start() - d.end()))
                .map(d -> d.value().substring(0, 10));
    }

    private static DateFact withValue(DateFact d, String value) {
        return value.equals(d.value()) ? d
                : new DateFact(d.text(), d.start(), d.end(), d.type(), value, d.modifier(), d.resolved(), d.begin(),
                        d.until());
    }
}
