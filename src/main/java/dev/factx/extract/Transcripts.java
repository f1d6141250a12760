package dev.factx.extract;

import dev.factx.facts.Entity;
import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interview transcripts quoted in news: "WALLACE: Let's start with..." names its speaker in
 * capitals before a colon; the quotation is what follows.
 */
final class Transcripts {
    private static final Pattern SPEAKER = Pattern.compile("([A-Z][A-Z.'\\- ]{1,40}[A-Z.]):\\s+");

    private Transcripts() {
    }

    /** The passage as a transcript line, or null when it does not start with "NAME:". */
    static Quote line(AnnotatedText doc, QuoteMarks.Passage p, List<Entity> entities) {
        Matcher m = SPEAKER.matcher(doc.text()).region(p.start(), p.end());
        if (!m.lookingAt() || m.end() >= p.end()) {
            return null;
        }
        String name = m.group(1);
        Entity entity = person(entities, name);
        Quote.Speaker speaker = new Quote.Speaker(entity != null ? entity.name() : name,
                entity != null ? entity.id() : null, name, m.start(1), m.end(1));
        return new Quote(doc.text(m.end(), p.end()), m.end(), p.end(), "direct", ":", speaker);
    }

    /** "PENCE" is Mike Pence when the article names him. */
    private static Entity person(List<Entity> entities, String capitals) {
        for (Entity e : entities) {
            String last = e.name().substring(e.name().lastIndexOf(' ') + 1);
            if (e.type().equals("PERSON") && last.toUpperCase(Locale.ROOT).equals(capitals)) {
                return e;
            }
        }
        return null;
    }
}
