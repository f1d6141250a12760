package dev.factx.extract.quotes;

import dev.factx.facts.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An editor's note ("Editor's note: Donald Trump regularly incites political violence and is
 * … who has repeatedly pledged to ban all Muslims") or a correction ("Correction: An earlier
 * version of this story misstated the date of the vote.") is the publication's own boilerplate
 * about the article, not a report of what anyone said, so nothing in it is a quote.
 */
final class EditorsNotes {
    /** The label opens a paragraph; the note runs to the next blank line. */
    private static final Pattern NOTE = Pattern.compile(
            "(?m)^[ \\t]*(?:editor[’']?s[’']? note|correction)\\s*:.*?(?=\\n[ \\t]*\\n|\\z)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private EditorsNotes() {
    }

    static List<Quote> drop(String text, List<Quote> quotes) {
        List<int[]> notes = new ArrayList<>();
        Matcher m = NOTE.matcher(text);
        while (m.find()) {
            notes.add(new int[]{m.start(), m.end()});
        }
        if (notes.isEmpty()) {
            return quotes;
        }
        return quotes.stream().filter(q -> notes.stream().noneMatch(n -> n[0] <= q.start() && q.end() <= n[1])).toList();
    }
}
