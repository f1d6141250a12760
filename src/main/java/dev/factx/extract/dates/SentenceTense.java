package dev.factx.extract.dates;

import dev.factx.extract.dates.TenseResolution.Tense;
import dev.factx.extract.quotes.AttributionVerbs;
import dev.factx.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * The tense a temporal expression takes from its sentence: that of the verb group nearest to
 * it, before or after (the one before on a tie). Past: a past-tense verb ("said Monday"),
 * "have" with a participle, or a participle alone ("the injunction issued Thursday"). Future:
 * "will", "would", "should", "shall", "going to" or "is (scheduled) to". "Could" marks
 * nothing, being as often the past of "can" ("could be located Wednesday"), nor does a present
 * or untensed group ("is heard in May", "to expire Nov. 6"). SUTime's own rules took any past
 * verb or modal two tokens either way, and leaked (see dev/factx/nlp/sutime/english.sutime.txt).
 * In a quotation, a verb across its quotation mark is the reporting clause's: "will leave
 * Thursday," Castro said. A day something was put off until, planned for or takes effect on is
 * future ("postponed until Tuesday", "was scheduled for early March", "effective Feb. 1"). A
 * reporting clause after a comma ("in early March, an official said") gives the tense only when
 * no verb comes before the expression.
 */
final class SentenceTense {
    private static final Set<String> FUTURE_MODALS =
            Set.of("will", "'ll", "’ll", "wo", "shall", "would", "should");
    private static final Set<String> PUT_OFF = Set.of("postpone", "delay", "adjourn", "defer", "extend", "recess",
            "reschedule", "suspend", "push", "move");
    private static final Set<String> REPORTING = Set.of("report", "post", "release", "announce", "disclose",
            "publish", "file");
    private static final Set<String> UNTIL = Set.of("until", "till", "to");
    private static final Set<String> PLAN = Set.of("plan", "schedule", "slate", "set", "timetable");

    private SentenceTense() {
    }

    /**
     * @param sentence the tokens of the expression's sentence
     * @param first    document index of the expression's first token
     * @param end      document index just past its last token
     */
    static Tense of(List<Token> sentence, int first, int end) {
        boolean quoted = isQuoted(sentence, first);
        int before = -1;
        int after = -1;
        for (int i = 0; i < sentence.size(); i++) {
            int index = sentence.get(i).index();
            if (index >= first && index < end || !isVerb(sentence.get(i)) || isBareGerund(sentence, i)
                    || quoted && isAcrossQuoteMark(sentence, index, first, end)) {
                continue;
            }
            if (index < first) {
                before = i;
            } else if (after < 0) {
                after = i;
            }
        }
        int nearest = nearest(sentence, before, after, first, end);
        if (isStillToCome(sentence, nearest, first)) {
            return Tense.FUTURE;
        }
        return nearest < 0 ? Tense.UNMARKED : tenseOfGroup(sentence, nearest);
    }

    /** The nearer of the verbs before and after, the one before on a tie or after a trailing report. */
    private static int nearest(List<Token> sentence, int before, int after, int first, int end) {
        if (before < 0 || after < 0) {
            return Math.max(before, after);
        }
        int distanceBefore = first - sentence.get(before).index();
        int distanceAfter = sentence.get(after).index() - end + 1;
        return distanceBefore <= distanceAfter || isTrailingReport(sentence, after, end) ? before : after;
    }

    /**
     * A time still to come whatever the tense, by the word before it: one something was put off
     * until ("adjourned the trial until Monday", "extended its deadline to Friday"), planned for
     * ("was scheduled for Tuesday") or takes effect on ("named a new chairman, effective Feb. 1").
     */
    private static boolean isStillToCome(List<Token> sentence, int verb, int first) {
        int before = first - sentence.get(0).index() - 1;
        if (before < 0) {
            return false;
        }
        String link = sentence.get(before).lower();
        if (link.equals("effective")) {
            return true;
        }
        String lemma = verb >= 0 && verb < before ? sentence.get(verb).lowerLemma() : "";
        return PUT_OFF.contains(lemma) && UNTIL.contains(link) || PLAN.contains(lemma) && link.equals("for");
    }

    /** A verb of saying after a comma that follows the expression: "in early March, an official said". */
    private static boolean isTrailingReport(List<Token> sentence, int verb, int end) {
        int offset = sentence.get(0).index();
        return AttributionVerbs.takesClause(sentence.get(verb).lemma())
                && sentence.subList(end - offset, verb).stream().anyMatch(t -> ",".equals(t.text()));
    }

    /** The tense of the verb group around {@code verb}: its auxiliaries, adverbs and verbs. */
    private static Tense tenseOfGroup(List<Token> sentence, int verb) {
        int from = verb;
        while (from > 0 && inGroup(sentence.get(from - 1))) {
            from--;
        }
        int to = verb + 1;
        while (to < sentence.size() && inGroup(sentence.get(to))) {
            to++;
        }
        List<Token> group = sentence.subList(from, to);
        if (group.stream().anyMatch(t -> t.hasPos("MD") && FUTURE_MODALS.contains(t.lower()))
                || isGoingTo(sentence, from) || isPlannedInfinitive(sentence, from)) {
            return Tense.FUTURE;
        }
        boolean perfect = group.stream().anyMatch(t -> "have".equals(t.lemma()))
                && group.stream().anyMatch(t -> t.hasPos("VBN"));
        boolean participleAlone = group.stream().filter(SentenceTense::isVerb).count() == 1
                && group.stream().anyMatch(t -> t.hasPos("VBN"));
        if (group.stream().anyMatch(t -> t.hasPos("VBD")) || perfect || participleAlone) {
            return Tense.PAST;
        }
        return Tense.UNMARKED;
    }

    /** "going to" before the group: "is going to announce it on Monday". */
    private static boolean isGoingTo(List<Token> sentence, int groupStart) {
        return groupStart >= 2 && sentence.get(groupStart - 1).lower().equals("to")
                && sentence.get(groupStart - 2).lower().equals("going");
    }

    /**
     * An infinitive after a present "be" is still to come: "is to resume trading Tuesday", "is
     * scheduled to close Monday". Not after other verbs, nor for a verb of reporting: what a
     * company "expects to report" or "is expected to post" is a quarter that has ended.
     */
    private static boolean isPlannedInfinitive(List<Token> sentence, int groupStart) {
        if (groupStart < 2 || !sentence.get(groupStart - 1).hasPos("TO")
                || REPORTING.contains(sentence.get(groupStart).lemma())) {
            return false;
        }
        int i = groupStart - 2;
        while (i > 0 && groupStart - i <= 4 && (sentence.get(i).hasPos("VBN") || sentence.get(i).hasPos("JJ")
                || sentence.get(i).hasPos("RB"))) {
            i--;
        }
        return (sentence.get(i).hasPos("VBZ") || sentence.get(i).hasPos("VBP")) && "be".equals(sentence.get(i).lemma());
    }

    /**
     * Whether the expression is inside a quotation: after an odd number of quotation marks. A
     * title in quotation marks before it ("Friday on CNN's "New Day," the senator said") leaves
     * it outside.
     */
    private static boolean isQuoted(List<Token> sentence, int first) {
        return sentence.stream().filter(t -> t.index() < first && isQuoteMark(t)).count() % 2 == 1;
    }

    /** A verb on the other side of a quotation mark belongs to the clause that reports the quote. */
    private static boolean isAcrossQuoteMark(List<Token> sentence, int verbIndex, int first, int end) {
        int offset = sentence.get(0).index();
        int from = verbIndex < first ? verbIndex + 1 : end;
        int to = verbIndex < first ? first : verbIndex;
        return sentence.subList(from - offset, to - offset).stream()
                .anyMatch(SentenceTense::isQuoteMark);
    }

    private static boolean isQuoteMark(Token token) {
        return token.hasPos("``") || token.hasPos("''");
    }

    /** A gerund or participle without an auxiliary modifies a noun ("with chanting protesters"): no verb group. */
    private static boolean isBareGerund(List<Token> sentence, int i) {
        return sentence.get(i).hasPos("VBG") && (i == 0 || !isVerb(sentence.get(i - 1)) && !sentence.get(i - 1).hasPos("RB"));
    }

    private static boolean isVerb(Token token) {
        return token.hasPos("VB") || token.hasPos("MD");
    }

    private static boolean inGroup(Token token) {
        return isVerb(token) || token.hasPos("RB");
    }
}
