package dev.factx.extract;

import dev.factx.facts.Entity;
import dev.factx.facts.Mention;
import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds quotations and their speakers. A quote's speaker is the subject of a speech verb next
 * to it: after it ("…,” Putin added), before it (Putin stated, “…”), or in the sentence that
 * introduces it (Putin added: “…”). A pronoun speaker is the last person named before it.
 */
final class QuoteExtractor {
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "were",
            "are", "will", "would", "did", "does", "do", "also", "then", "later", "again", "has been",
            "once", "previously", "recently", "formally", "repeatedly", "publicly");
    private static final int AFTER_WINDOW = 6;

    private QuoteExtractor() {
    }

    static List<Quote> extract(AnnotatedText doc, List<Entity> entities) {
        Speakers speakers = new Speakers(doc, entities);
        List<Quote> quotes = new ArrayList<>();
        Quote.Speaker previous = null;
        int previousEnd = -1;
        for (QuoteMarks.Passage p : QuoteMarks.find(doc.text())) {
            Attribution a = attribute(doc, p, speakers);
            // "“…,” Putin said, “…”" and a quotation reopened in the next paragraph: the second
            // part continues the first and shares its speaker.
            if (a.speaker == null && previous != null && continues(doc.text(), previousEnd, p.start())) {
                a = new Attribution(a.cue, previous);
            }
            quotes.add(new Quote(doc.text(p.start(), p.end()), p.start(), p.end(), kind(doc, p), a.cue, a.speaker));
            previous = a.speaker;
            previousEnd = p.end();
        }
        return quotes;
    }

    private record Attribution(String cue, Quote.Speaker speaker) {
    }

    private static boolean continues(String text, int previousEnd, int start) {
        String between = text.substring(previousEnd, start);
        return between.length() < 80 && !between.contains(".\n") && between.chars().filter(c -> c == '\n').count() <= 2;
    }

    /** Direct when the quotation stands as a statement of its own; partial inside the writer's sentence. */
    private static String kind(AnnotatedText doc, QuoteMarks.Passage p) {
        String text = doc.text();
        int k = p.start() - 2;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k < 0 || text.charAt(k) == '\n' || text.charAt(k) == ':' || text.charAt(k) == ',') {
            return "direct";
        }
        return ".?!".indexOf(text.charAt(k)) >= 0 ? "direct" : "partial";
    }

    private static Attribution attribute(AnnotatedText doc, QuoteMarks.Passage p, Speakers speakers) {
        List<Token> tokens = doc.tokens();
        int first = tokenAt(doc, p.start());
        int last = tokenAt(doc, p.end() - 1);
        if (first < 0 || last < 0) {
            return new Attribution(null, null);
        }
        Sentence closing = doc.sentenceOf(tokens.get(last));
        // After the quote, in its last sentence: "…,” Putin added. / "…,” said Putin.
        for (int k = last + 1; k < Math.min(closing.endToken(), last + 1 + AFTER_WINDOW); k++) {
            if (Cues.isSpeechVerb(tokens.get(k)) && tokens.get(k).start() >= p.end()) {
                Quote.Speaker s = speakers.subjectOf(k, p.start());
                if (s == null) {
                    s = speakers.objectAfter(k, closing, p.start());
                }
                if (s != null) {
                    return new Attribution(tokens.get(k).text(), s);
                }
            }
        }
        // Before the quote, in its first sentence: Putin stated, “…” / Putin mentioned that “…”.
        Sentence opening = doc.sentenceOf(tokens.get(first));
        for (int k = first - 1; k >= opening.firstToken(); k--) {
            if (Cues.isSpeechVerb(tokens.get(k))) {
                Quote.Speaker s = speakers.subjectOf(k, p.start());
                if (s != null) {
                    return new Attribution(tokens.get(k).text(), s);
                }
            }
        }
        // Introduced by the sentence before: Putin added: “…”.
        if (opening.index() > 0) {
            Sentence before = doc.sentences().get(opening.index() - 1);
            String tail = doc.text(before.start(), before.end()).strip();
            if (tail.endsWith(":")) {
                for (int k = before.endToken() - 1; k >= before.firstToken(); k--) {
                    if (Cues.isSpeechVerb(tokens.get(k))) {
                        Quote.Speaker s = speakers.subjectOf(k, p.start());
                        if (s != null) {
                            return new Attribution(tokens.get(k).text(), s);
                        }
                    }
                }
            }
        }
        return new Attribution(null, null);
    }

    /** Index of the token that covers {@code offset}, or the next one after it; -1 if none. */
    private static int tokenAt(AnnotatedText doc, int offset) {
        for (Token t : doc.tokens()) {
            if (t.end() > offset) {
                return t.index();
            }
        }
        return -1;
    }

    /** Reads speaker noun phrases around speech verbs and links them to entities. */
    private static final class Speakers {
        private final AnnotatedText doc;
        private final List<Entity> entities;

        Speakers(AnnotatedText doc, List<Entity> entities) {
            this.doc = doc;
            this.entities = entities;
        }

        /** The subject before the verb at {@code verb}, skipping auxiliaries and adverbs. */
        Quote.Speaker subjectOf(int verb, int quoteStart) {
            List<Token> tokens = doc.tokens();
            int lowest = doc.sentenceOf(tokens.get(verb)).firstToken();
            int k = verb - 1;
            while (k >= lowest && (AUXILIARIES.contains(tokens.get(k).lower()) || tokens.get(k).hasPos("RB"))) {
                k--;
            }
            if (k < lowest) {
                return null;
            }
            int end = k + 1;
            while (k >= lowest && isNounPhrasePart(tokens.get(k))) {
                k--;
            }
            return speaker(k + 1, end, quoteStart);
        }

        /** The subject after an inverted verb: "…,” said Putin. */
        Quote.Speaker objectAfter(int verb, Sentence sentence, int quoteStart) {
            List<Token> tokens = doc.tokens();
            int k = verb + 1;
            while (k < sentence.endToken() && isNounPhrasePart(tokens.get(k))) {
                k++;
            }
            return speaker(verb + 1, k, quoteStart);
        }

        private static boolean isNounPhrasePart(Token t) {
            return t.hasPos("NN") || t.hasPos("DT") || t.hasPos("JJ") || t.hasPos("POS")
                    || t.hasPos("PRP") && !t.hasPos("PRP$");
        }

        private Quote.Speaker speaker(int from, int to, int quoteStart) {
            List<Token> tokens = doc.tokens();
            while (from < to && tokens.get(from).hasPos("DT")) {
                from++;
            }
            if (from >= to || tokens.get(to - 1).hasPos("DT") || tokens.get(to - 1).hasPos("JJ")) {
                return null;
            }
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            String text = doc.text(start, end);
            if (to - from == 1 && tokens.get(from).hasPos("PRP")) {
                if (!PRONOUNS.contains(tokens.get(from).lower())) {
                    return null;
                }
                Entity person = lastPersonBefore(start);
                return person == null ? null : new Quote.Speaker(person.name(), person.id(), text, start, end);
            }
            Entity named = entityHeading(start, end);
            String name = named != null ? named.name() : text;
            return new Quote.Speaker(name, named != null ? named.id() : null, text, start, end);
        }

        /** The entity whose mention ends the phrase: "President Vladimir Putin", not "the U.S. administration". */
        private Entity entityHeading(int start, int end) {
            for (Entity e : entities) {
                for (Mention m : e.mentions()) {
                    if (m.end() == end && m.start() >= start) {
                        return e;
                    }
                }
            }
            return null;
        }

        private Entity lastPersonBefore(int offset) {
            Entity best = null;
            int bestStart = -1;
            for (Entity e : entities) {
                if (!e.type().equals("PERSON")) {
                    continue;
                }
                for (Mention m : e.mentions()) {
                    if (m.end() <= offset && m.start() > bestStart) {
                        best = e;
                        bestStart = m.start();
                    }
                }
            }
            return best;
        }
    }
}
