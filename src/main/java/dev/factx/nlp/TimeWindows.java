package dev.factx.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parts of a sentence SUTime needs to see: each temporal cue with {@link #REACH_BEFORE}
 * tokens before it and {@link #REACH_AFTER} after, overlapping parts merged. SUTime's rule
 * matching costs per token and per rule, and a news sentence with a date is mostly words no
 * rule can use; its values depend on the matched tokens and the document date only, so a
 * part around the cues finds what the whole sentence does. Each part is a CoreMap with its
 * own text and offsets, so the timexes keep their offsets in the document.
 */
final class TimeWindows {
    /**
     * Tokens kept before a cue: the longest run of non-cue words SUTime's rules put
     * before a cue is 5, "the end of the first" in "the end of the first quarter"; 4 lost
     * "the" there, and 3 lost it in "the end of the year" in news text. One more for margin.
     */
    static final int REACH_BEFORE = 6;

    /**
     * Tokens kept after a cue: what follows a cue in a rule is a word or two ("three days
     * later"), or another cue, which brings its own part. 3 gave the same output on 200
     * news articles as whole sentences.
     */
    static final int REACH_AFTER = 3;

    /** Spelled numbers: a part never begins or ends inside "two hundred and fifty years". */
    private static final Set<String> NUMBER_WORDS = Set.of(
            "a", "an", "and", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens", "half", "quarter",
            "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "twentieth", "thirtieth", "hundredth", "thousandth", "-");

    private TimeWindows() {
    }

    static List<CoreMap> of(CoreMap sentence, String text) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> windows = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (!TemporalCues.isCue(tokens.get(i))) {
                continue;
            }
            int from = Math.max(0, i - REACH_BEFORE);
            while (from > 0 && isNumberWord(tokens.get(from - 1))) {
                from--;
            }
            if (start >= 0 && from > end) {
                windows.add(window(sentence, tokens, start, end, text));
                start = -1;
            }
            if (start < 0) {
                start = from;
            }
            end = Math.min(tokens.size(), i + REACH_AFTER + 1);
            while (end < tokens.size() && isNumberWord(tokens.get(end))) {
                end++;
            }
        }
        if (start >= 0) {
            windows.add(window(sentence, tokens, start, end, text));
        }
        return windows;
    }

    private static CoreMap window(CoreMap sentence, List<CoreLabel> tokens, int start, int end, String text) {
        List<CoreLabel> part = tokens.subList(start, end);
        int begin = part.get(0).beginPosition();
        int finish = part.get(part.size() - 1).endPosition();
        CoreMap window = new ArrayCoreMap(8);
        window.set(CoreAnnotations.TokensAnnotation.class, part);
        window.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, finish));
        window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, finish);
        // SUTime's composite rules (a time and "p.m.", "from 6AM to 9AM") place the parts
        // matched in the first stage by these token indices; without them none applies.
        int firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class) + start;
        window.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
        window.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + part.size());
        window.set(CoreAnnotations.SentenceIndexAnnotation.class,
                sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
        return window;
    }

    private static boolean isNumberWord(CoreLabel token) {
        String word = token.word();
        for (String piece : word.toLowerCase(Locale.ROOT).split("-", -1)) {
            if (!piece.isEmpty() && !NUMBER_WORDS.contains(piece)) {
                return false;
            }
        }
        return true;
    }
}
