package dev.factx.extract;

import dev.factx.extract.TenseResolution.Tense;
import dev.factx.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * The tense a temporal expression takes from its sentence: that of the tense marker nearest to
 * it, before or after, the one before on a tie. Past: a past-tense verb, or "have" with a past
 * participle. Future: "will", "would", "could", "should", "shall", "going to" and a verb. This
 * replaces SUTime's own rules, which looked two tokens either way but leaked (see
 * dev/factx/nlp/sutime/english.sutime.txt); the nearest marker in the sentence still decides
 * when the verb is further away ("said the talks, which broke down in October, ...").
 */
final class SentenceTense {
    private static final Set<String> FUTURE_MODALS =
            Set.of("will", "'ll", "’ll", "wo", "shall", "would", "could", "should");
    /** Tokens that may stand between "have" and its participle: "has already met", "had not". */
    private static final int PARTICIPLE_REACH = 3;

    private SentenceTense() {
    }

    /**
     * @param sentence the tokens of the expression's sentence
     * @param first    document index of the expression's first token
     * @param end      document index just past its last token
     */
    static Tense of(List<Token> sentence, int first, int end) {
        Tense nearest = Tense.UNMARKED;
        int nearestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < sentence.size(); i++) {
            int index = sentence.get(i).index();
            int distance = index < first ? first - index : index - end + 1;
            if (distance <= 0 || distance >= nearestDistance) {
                continue;
            }
            Tense marked = markedAt(sentence, i);
            if (marked != Tense.UNMARKED) {
                nearest = marked;
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    private static Tense markedAt(List<Token> sentence, int i) {
        Token token = sentence.get(i);
        if (token.hasPos("MD") && FUTURE_MODALS.contains(token.lower())) {
            return Tense.FUTURE;
        }
        if (token.lower().equals("going") && i + 2 < sentence.size()
                && sentence.get(i + 1).lower().equals("to") && sentence.get(i + 2).hasPos("VB")) {
            return Tense.FUTURE;
        }
        if (token.hasPos("VBD") || "have".equals(token.lemma()) && participleFollows(sentence, i)) {
            return Tense.PAST;
        }
        return Tense.UNMARKED;
    }

    private static boolean participleFollows(List<Token> sentence, int i) {
        for (int j = i + 1; j < Math.min(sentence.size(), i + 1 + PARTICIPLE_REACH); j++) {
            if (sentence.get(j).hasPos("VBN")) {
                return true;
            }
        }
        return false;
    }
}
