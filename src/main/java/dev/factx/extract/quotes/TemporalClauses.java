package dev.factx.extract.quotes;

import dev.factx.facts.Quote;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "The morning Mr. Obama unveiled the final version of the plan, he summoned his adviser": a
 * clause that says when something happened, its time noun taken for part of the speaker
 * ("morning Mr. Obama"). What it unveils is the setting of the sentence, not a report.
 */
final class TemporalClauses {
    private static final Pattern TIME_THEN_SUBJECT = Pattern.compile(
            "(?:morning|afternoon|evening|night|day|week|month|year|moment|minute|hour|time)\\s+\\S.*");

    private TemporalClauses() {
    }

    static List<Quote> drop(List<Quote> quotes) {
        return quotes.stream().filter(q -> q.speaker() == null || !TIME_THEN_SUBJECT.matcher(q.speaker().text()).matches())
                .toList();
    }
}
