package dev.factx.extract.quotes;

import dev.factx.facts.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markup left in a scraped article (<tweet tweet-author="…">, <tweet/>): the values between
 * its quotation marks are attributes, not anyone's words, and a speaker found across a tag is
 * the name after it (<tweet …>Sanders said that …).
 */
final class Markup {
    /** A start, end or empty tag: a name right after "<", then anything up to the first ">". */
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][\\w-]*(?:\\s[^<>]*)?/?>");

    private Markup() {
    }

    static List<Quote> clean(String text, List<Quote> quotes) {
        List<int[]> tags = new ArrayList<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            tags.add(new int[]{m.start(), m.end()});
        }
        if (tags.isEmpty()) {
            return quotes;
        }
        List<Quote> kept = new ArrayList<>();
        for (Quote q : quotes) {
            if (tags.stream().noneMatch(t -> t[0] < q.start() && q.end() <= t[1])) {
                kept.add(withoutTag(q, tags));
            }
        }
        return kept;
    }

    /** The speaker cut to what follows the last tag inside its mention. */
    private static Quote withoutTag(Quote q, List<int[]> tags) {
        Quote.Speaker s = q.speaker();
        if (s == null) {
            return q;
        }
        int from = s.start();
        for (int[] t : tags) {
            if (s.start() < t[1] && t[1] < s.end()) {
                from = Math.max(from, t[1]);
            }
        }
        if (from == s.start()) {
            return q;
        }
        String rest = s.text().substring(from - s.start());
        String name = s.entity() != null ? s.name() : rest;
        return new Quote(q.text(), q.start(), q.end(), q.kind(), q.cue(),
                new Quote.Speaker(name, s.entity(), rest, from, s.end()));
    }
}
