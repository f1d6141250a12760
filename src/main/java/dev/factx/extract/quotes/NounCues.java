package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reported speech or belief carried by a noun: "Trump's claim that there have been thousands of
 * shootings", "his warning that the deal would collapse", "a New York Times report that Trump
 * had a loss". The content is the "that" clause; the speaker is whoever owns the noun.
 */
final class NounCues {
    private static final Set<String> NOUNS = Set.of("claim", "assertion", "argument", "allegation",
            "accusation", "suggestion", "warning", "promise", "pledge", "report", "statement", "insistence",
            "contention", "conclusion", "finding", "prediction", "assessment", "admission", "acknowledgment",
            "acknowledgement", "announcement", "declaration", "assurance", "belief", "view", "fear", "hope",
            "concern", "expectation", "estimate", "testimony", "remark", "comment", "threat", "charge",
            "complaint", "denial", "boast", "vow", "position", "theory", "suspicion", "confidence");

    /** Nouns whose content is a noun phrase after a preposition: "his comments on the shooting". */
    private static final Map<String, Set<String>> PREPOSITIONS = Map.ofEntries(
            Map.entry("comment", Set.of("about", "on")), Map.entry("remark", Set.of("about", "on")),
            Map.entry("claim", Set.of("about", "of")), Map.entry("criticism", Set.of("of")),
            Map.entry("attack", Set.of("on")), Map.entry("call", Set.of("for")),
            Map.entry("support", Set.of("for")), Map.entry("opposition", Set.of("to")),
            Map.entry("praise", Set.of("for", "of")), Map.entry("view", Set.of("about", "on", "of")),
            Map.entry("idea", Set.of("about", "on")), Map.entry("theory", Set.of("about", "of")),
            Map.entry("rhetoric", Set.of("about", "on")), Map.entry("statement", Set.of("about", "on")),
            Map.entry("warning", Set.of("about", "of")), Map.entry("complaint", Set.of("about")),
            Map.entry("concern", Set.of("about", "over")), Map.entry("position", Set.of("on")),
            Map.entry("stance", Set.of("on")), Map.entry("testimony", Set.of("about", "on")));

    /** Nouns of intent or resolve whose content is an infinitive: "his decision to act alone". */
    private static final Set<String> INTENTIONS = Set.of("decision", "determination", "eagerness", "effort", "plan",
            "promise", "pledge", "vow", "threat", "refusal", "intention", "desire", "willingness", "reluctance",
            "commitment", "bid", "agreement", "proposal", "offer", "demand", "readiness");

    private static final Set<String> SUBORDINATORS = Set.of("that", "while", "because", "as", "if", "since",
            "although", "though", "when", "after", "before", "until", "unless", "whether");

    private static final Set<String> HELD_PREPOSITIONS = Set.of("about", "over", "for", "on", "regarding");
    private static final Set<String> GROUP_POSSESSIVES = Set.of("its", "their");

    private NounCues() {
    }

    /**
     * "the president's eagerness to use his sway", "her decision to meet with Bill Clinton": an
     * owned noun of intent and its infinitive. Without an owner the noun is the writer's own
     * description ("an effort to get out the vote"), so it is left alone.
     */
    static List<Quote> withInfinitive(AnnotatedText doc, Sentence s, Speakers speakers, int last) {
        List<Token> tokens = doc.tokens();
        List<Quote> found = new ArrayList<>();
        for (int n = s.firstToken() + 1; n + 2 < last; n++) {
            Token noun = tokens.get(n);
            if (!noun.hasPos("NN") || !INTENTIONS.contains(noun.lowerLemma()) || !tokens.get(n + 1).lower().equals("to")
                    || !tokens.get(n + 2).hasPos("VB")) {
                continue;
            }
            Quote.Speaker who = owner(tokens, s, n, speakers, tokens.get(n + 1).start(), true);
            Quote q = who == null ? null : ReportedSpeech.quote(doc, n + 1,
                    infinitiveEnd(tokens, n + 2, ReportedSpeech.clauseEnd(tokens, n + 1, last)), noun.text(), who);
            if (q != null) {
                found.add(q);
            }
        }
        return found;
    }

    /**
     * "his determination to act alone inflamed his opponents": the infinitive ends where the
     * sentence's own verb follows it, unless a clause of its own opened first ("while the
     * department was investigating").
     */
    private static int infinitiveEnd(List<Token> tokens, int from, int end) {
        for (int k = from + 1; k < end; k++) {
            Token t = tokens.get(k);
            if (t.hasPos("W") || (t.hasPos("IN") && !t.hasPos("TO") && SUBORDINATORS.contains(t.lower()))) {
                return end;
            }
            // "to use the sway he has": a pronoun's verb belongs to a relative clause inside the infinitive.
            boolean finite = t.hasPos("VBD") || t.hasPos("VBZ") || t.hasPos("VBP") || t.hasPos("MD");
            if (finite && !tokens.get(k - 1).hasPos("PRP")) {
                // "…, experts say": a subject of its own after a comma is not part of the infinitive.
                int subject = k;
                while (subject > from && (Speakers.isNounPhrasePart(tokens.get(subject - 1)) || tokens.get(subject - 1).hasPos("NNP"))) {
                    subject--;
                }
                return subject > from && tokens.get(subject - 1).text().equals(",") ? subject - 1 : k;
            }
        }
        return end;
    }

    /** "Clinton's comments on the shooting death of Crutcher": the owner's noun and the noun phrase after its preposition. */
    static List<Quote> withPreposition(AnnotatedText doc, Sentence s, Speakers speakers, int last) {
        List<Token> tokens = doc.tokens();
        List<Quote> found = new ArrayList<>();
        for (int n = s.firstToken() + 1; n + 2 < last; n++) {
            Token noun = tokens.get(n);
            Set<String> prepositions = PREPOSITIONS.get(noun.lowerLemma());
            int p = n + 1;
            while (p < last && p - n <= 3 && (tokens.get(p).hasPos("NNP") || tokens.get(p).hasPos("RB"))) {
                p++;
            }
            if (!noun.hasPos("NN") || prepositions == null || p + 1 >= last || !prepositions.contains(tokens.get(p).lower())) {
                continue;
            }
            int end = nounPhraseEnd(tokens, p + 1, last);
            Quote.Speaker who = end > p + 1 ? owner(tokens, s, n, speakers, tokens.get(p + 1).start(), false) : null;
            Quote q = who == null ? null : ReportedSpeech.quote(doc, p + 1, end, noun.text(), who);
            if (q != null) {
                found.add(q);
            }
        }
        return found;
    }

    /** Nouns of doubt or criticism that a subject has, raises or faces: "has no illusions about Putin's threat". */
    private static final Set<String> HELD = Set.of("question", "concern", "doubt", "reservation", "illusion",
            "qualm", "worry", "misgiving", "criticism", "complaint", "case");
    private static final Set<String> HOLDING_VERBS = Set.of("have", "raise", "voice", "express", "make", "face");

    /**
     * "Trump is raising questions about his microphone", "Obama has made the case for Mrs. Clinton":
     * the subject's view of the noun phrase after the preposition. What a subject faces is held by
     * others, whom the text does not name ("has faced questions about…").
     */
    static List<Quote> heldBySubject(AnnotatedText doc, Sentence s, Speakers speakers, int last) {
        List<Token> tokens = doc.tokens();
        List<Quote> found = new ArrayList<>();
        for (int v = s.firstToken() + 1; v + 3 < last; v++) {
            Token verb = tokens.get(v);
            if (!verb.hasPos("VB") || !HOLDING_VERBS.contains(verb.lowerLemma())) {
                continue;
            }
            int n = v + 1;
            while (n < last && n - v <= 3 && (tokens.get(n).hasPos("DT") || tokens.get(n).hasPos("JJ") || tokens.get(n).hasPos("RB"))) {
                n++;
            }
            if (n + 2 >= last || !tokens.get(n).hasPos("NN") || !HELD.contains(tokens.get(n).lowerLemma())
                    || verb.lowerLemma().equals("make") != tokens.get(n).lowerLemma().equals("case")
                    || !HELD_PREPOSITIONS.contains(tokens.get(n + 1).lower())) {
                continue;
            }
            int end = nounPhraseEnd(tokens, n + 2, last);
            if (end <= n + 2) {
                continue;
            }
            int quoteStart = tokens.get(n + 2).start();
            Quote.Speaker who = verb.lowerLemma().equals("face") ? null : speakers.subjectOf(v, quoteStart);
            Quote q = who == null && !verb.lowerLemma().equals("face") ? null
                    : ReportedSpeech.reported(doc, n + 2, end, tokens.get(n).text(), who);
            if (q != null) {
                found.add(q);
            }
        }
        return found;
    }

    /** The noun phrase from {@code k} with its prepositional phrases: "the shooting death of Crutcher". */
    private static int nounPhraseEnd(List<Token> tokens, int k, int last) {
        int j = k;
        while (j < last) {
            Token t = tokens.get(j);
            boolean part = Speakers.isNounPhrasePart(t) || t.hasPos("PRP$") || t.hasPos("NNP")
                    || (t.hasPos("VBG") && j == k);
            boolean linked = t.hasPos("IN") && !t.lower().equals("that") && j + 1 < last
                    && (Speakers.isNounPhrasePart(tokens.get(j + 1)) || tokens.get(j + 1).hasPos("PRP$"));
            // "Eastern and Northern Europe", "his most recent returns": a conjoined or graded modifier.
            boolean modifier = j > k && (t.hasPos("CC") || t.hasPos("RBS")) && j + 1 < last
                    && (tokens.get(j + 1).hasPos("JJ") || tokens.get(j + 1).hasPos("NNP"));
            if (!part && !linked && !modifier) {
                break;
            }
            j++;
        }
        return j;
    }

    static List<Quote> find(AnnotatedText doc, Sentence s, Speakers speakers, int last) {
        List<Token> tokens = doc.tokens();
        List<Quote> found = new ArrayList<>();
        for (int n = s.firstToken() + 1; n + 1 < last; n++) {
            Token noun = tokens.get(n);
            if (!noun.hasPos("NN") || !NOUNS.contains(noun.lowerLemma()) || !tokens.get(n + 1).lower().equals("that")
                    || !opensClause(tokens, n + 2, last)) {
                continue;
            }
            int quoteStart = tokens.get(n + 1).start();
            Quote.Speaker who = owner(tokens, s, n, speakers, quoteStart, false);
            Quote q = who == null ? null : ReportedSpeech.quote(doc, n + 1, ReportedSpeech.clauseEnd(tokens, n + 1, last),
                    noun.text(), who);
            if (q != null) {
                found.add(q);
            }
        }
        return found;
    }

    /** A subject and then a finite verb: "that there have been", "that the deal would"; not "that was made". */
    private static boolean opensClause(List<Token> tokens, int k, int last) {
        if (k >= last || tokens.get(k).hasPos("VB") || tokens.get(k).hasPos("MD")) {
            return false;
        }
        for (int j = k + 1; j < last; j++) {
            Token t = tokens.get(j);
            if (t.hasPos("VBD") || t.hasPos("VBZ") || t.hasPos("VBP") || t.hasPos("MD")) {
                return true;
            }
        }
        return false;
    }

    /** "Trump's claim", "his claim", "a New York Times report": the owner before the noun, or null. */
    private static Quote.Speaker owner(List<Token> tokens, Sentence s, int noun, Speakers speakers, int quoteStart,
                                       boolean commonOwner) {
        int k = noun - 1;
        while (k > s.firstToken() && tokens.get(k).hasPos("JJ")) {
            k--;
        }
        Token before = tokens.get(k);
        if (before.hasPos("PRP$")) {
            // "its own plan", "their claim": an organisation's or a group's pronoun is the mention itself.
            return GROUP_POSSESSIVES.contains(before.lower())
                    ? new Quote.Speaker(before.text(), null, before.text(), before.start(), before.end())
                    : speakers.possessive(k, quoteStart);
        }
        int end = before.hasPos("POS") ? k : k + 1;
        int start = end;
        while (start > s.firstToken() && tokens.get(start - 1).hasPos("NNP")) {
            start--;
        }
        // "the president's eagerness to use": a common noun owning an intent.
        if (start == end && before.hasPos("POS") && commonOwner) {
            while (start > s.firstToken() && (tokens.get(start - 1).hasPos("NN") || tokens.get(start - 1).hasPos("JJ"))) {
                start--;
            }
        }
        return start < end ? speakers.phrase(start, end, quoteStart) : null;
    }
}
