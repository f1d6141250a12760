package dev.factx.extract.quotes;

import dev.factx.facts.Quote;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "It goes without saying that…", "Needless to say, …": set phrases in which the writer states
 * something in their own voice; nobody is reported as saying it.
 */
final class SayingIdioms {
    private static final Pattern IDIOM = Pattern.compile(
            "\\b(?:goes without saying|go without saying|needless to say|that is to say)[\\s,:]*$");
    /** Characters before the content in which the idiom stands. */
    private static final int WINDOW = 40;

    private SayingIdioms() {
    }

    static List<Quote> drop(String text, List<Quote> quotes) {
        return quotes.stream().filter(q -> !afterIdiom(text, q)).toList();
    }

    private static boolean afterIdiom(String text, Quote q) {
        String before = text.substring(Math.max(0, q.start() - WINDOW), q.start()).toLowerCase(Locale.ROOT);
        return IDIOM.matcher(before).find();
    }
}
