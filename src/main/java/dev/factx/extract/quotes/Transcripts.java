package dev.factx.extract.quotes;

import dev.factx.facts.Entity;
import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speech whose speaker stands before a colon: interview transcripts quoted in news ("WALLACE:
 * Let's start with...", the name in capitals) and headlines ("Pence: Gennifer Flowers Won't Be
 * at Debate", a line of its own).
 */
final class Transcripts {
    private static final Pattern SPEAKER = Pattern.compile("([A-Z][A-Z.'\\- ]{1,40}[A-Z.]):\\s+");
    /** A line opening with up to four capitalised words and a colon, then the statement. */
    private static final Pattern HEADLINE = Pattern.compile(
            "(?m)^[ \\t]*([A-Z][\\p{L}.'-]*(?: [A-Z][\\p{L}.'-]*){0,3}):[ \\t]+(\\S[^\\n]*?)[.!?]?[ \\t]*$");
    private static final int MIN_HEADLINE_WORDS = 4;
    /** Labels of the newspaper's own notes and columns, not speakers: "Correction: An earlier version…". */
    private static final java.util.Set<String> EDITORIAL_LABELS = java.util.Set.of("correction", "corrections",
            "clarification", "update", "updated", "editor's note", "note", "related", "watch", "read more");

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

    /** Headline attributions: "Pence: Gennifer Flowers Won't Be at Debate". */
    static List<Quote> headlines(AnnotatedText doc, List<Entity> entities, List<QuoteMarks.Passage> passages) {
        List<Quote> found = new java.util.ArrayList<>();
        Matcher m = HEADLINE.matcher(doc.text());
        while (m.find()) {
            int start = m.start(2);
            int end = m.end(2);
            boolean quoted = passages.stream().anyMatch(p -> p.start() <= m.start(1) && m.start(1) < p.end());
            if (quoted || doc.text(start, end).split("\\s+").length < MIN_HEADLINE_WORDS || isLabel(m.group(1))) {
                continue;
            }
            String name = m.group(1);
            Entity entity = named(entities, name);
            Quote.Speaker speaker = new Quote.Speaker(entity != null ? entity.name() : name,
                    entity != null ? entity.id() : null, name, m.start(1), m.end(1));
            found.add(new Quote(doc.text(start, end), start, end, "indirect", ":", speaker));
        }
        return found;
    }

    /** A note's label or a column's name ("The Latest", "The Daily 202"), which a determiner opens. */
    private static boolean isLabel(String name) {
        return EDITORIAL_LABELS.contains(name.toLowerCase(Locale.ROOT)) || name.startsWith("The ");
    }

    /** The entity one of whose mentions is exactly {@code name} ("Pence" for Mike Pence). */
    private static Entity named(List<Entity> entities, String name) {
        for (Entity e : entities) {
            if (e.mentions().stream().anyMatch(m -> m.text().equals(name))
                    || (e.type().equals("PERSON") && e.name().endsWith(" " + name))) {
                return e;
            }
        }
        return null;
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
