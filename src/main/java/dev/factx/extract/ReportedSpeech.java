package dev.factx.extract;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds reported speech: "Putin said another treaty was also under threat", "The treaty is
 * dead, officials said", "According to the poll, Clinton leads". The content is the reported
 * clause, without the attribution; a clause that quotes in part is a partial quote
 * ({@link QuotedParts}).
 */
final class ReportedSpeech {
    /** Verbs that report what someone said, wrote or found, beyond plain speech verbs. */
    private static final Set<String> REPORTING_LEMMAS = Set.of(
            "say", "tell", "add", "note", "write", "report", "announce", "claim", "argue", "warn", "suggest",
            "acknowledge", "explain", "insist", "state", "stress", "contend", "maintain", "allege",
            "predict", "reveal", "confirm", "deny", "believe", "think", "show", "find", "indicate", "learn",
            "agree", "admit", "assert", "declare", "emphasize", "recall", "estimate", "promise", "vow",
            "complain", "concede", "testify", "tweet", "charge", "question", "hope", "fear", "expect",
            "want", "worry", "wonder", "signal", "hint", "conclude", "observe", "point", "propose", "urge",
            "recommend", "caution", "counter", "respond", "reply", "remark", "posit", "speculate", "boast",
            "brag");
    /**
     * Verbs whose content may be a noun phrase rather than a clause: "questioned the health of
     * Donald Trump", "denied the accusations", "mocked the complaint".
     */
    private static final Set<String> OBJECT_CONTENT = Set.of("question", "deny", "mock", "criticize",
            "criticise", "praise", "blame", "accuse", "dismiss", "reject", "attack", "discuss", "cite",
            "condemn", "defend", "applaud", "slam", "dispute", "mention", "reference", "detail", "demand",
            "promote", "describe", "denounce", "encourage");
    /** Verbs of intent whose content is an infinitive: "She wants to triple the size of…". */
    private static final Set<String> INTENT = Set.of("want", "plan", "hope", "promise", "vow", "pledge",
            "intend", "threaten", "demand", "urge", "encourage", "ask", "call");
    private static final Set<String> UNRESOLVED_PRONOUNS = Set.of("it", "they", "we", "i", "you");
    /** Verbs whose listener comes between verb and content: "told reporters that ...". */
    private static final Set<String> WITH_LISTENER = Set.of("tell", "warn", "assure", "inform", "remind", "promise");
    private static final Set<String> PROGRESSIVE = Set.of("is", "are", "was", "were", "been", "be", "'s", "'re");
    /** Words of time that may stand between verb and content: "said on Friday that…". */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "today", "yesterday", "tonight", "on", "last", "this", "earlier",
            "week", "month", "year", "morning", "afternoon", "evening", "night", "recently", "again", "also");
    private static final int MIN_CONTENT_TOKENS = 4;
    private static final int TAIL_WINDOW = 7;

    private ReportedSpeech() {
    }

    static List<Quote> find(AnnotatedText doc, Speakers speakers, List<QuoteMarks.Passage> passages) {
        List<Quote> found = new ArrayList<>();
        boolean[] inTimex = new boolean[doc.tokens().size()];
        doc.timexes().forEach(t -> java.util.Arrays.fill(inTimex, t.firstToken(), t.endToken(), true));
        for (Sentence s : doc.sentences()) {
            Quote according = accordingTo(doc, s, speakers);
            List<Quote> reported = according != null ? List.of(according) : attributed(doc, s, speakers, inTimex);
            for (Quote q : reported) {
                Quote classified = QuotedParts.classify(doc.text(), q, passages);
                if (classified != null) {
                    found.add(classified);
                }
            }
        }
        return found;
    }

    /** "According to X, CONTENT." and "CONTENT, according to X." */
    private static Quote accordingTo(AnnotatedText doc, Sentence s, Speakers speakers) {
        List<Token> tokens = doc.tokens();
        int last = contentEnd(tokens, s);
        for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
            if (!tokens.get(k).lower().equals("according") || !tokens.get(k + 1).lower().equals("to")) {
                continue;
            }
            int phraseEnd = k + 2;
            while (phraseEnd < s.endToken() && Speakers.isNounPhrasePart(tokens.get(phraseEnd))) {
                phraseEnd++;
            }
            if (k == s.firstToken() && phraseEnd < last && tokens.get(phraseEnd).text().equals(",")) {
                Quote.Speaker who = speakers.phrase(k + 2, phraseEnd, tokens.get(phraseEnd + 1).start());
                return quote(doc, phraseEnd + 1, last, "according to", who);
            }
            if (k > s.firstToken() && tokens.get(k - 1).text().equals(",") && phraseEnd >= last) {
                Quote.Speaker who = speakers.phrase(k + 2, phraseEnd, tokens.get(s.firstToken()).start());
                return quote(doc, s.firstToken(), k - 1, "according to", who);
            }
        }
        return null;
    }

    /** "X said (that) CONTENT." and "CONTENT, X said." / "CONTENT, said X." */
    private static List<Quote> attributed(AnnotatedText doc, Sentence s, Speakers speakers, boolean[] inTimex) {
        List<Token> tokens = doc.tokens();
        int last = contentEnd(tokens, s);
        List<Quote> found = new ArrayList<>();
        Quote.Speaker previous = null;
        for (int k = s.firstToken(); k < last; k++) {
            Token verb = tokens.get(k);
            if (!isReportingVerb(verb, tokens)) {
                continue;
            }
            int comma = commaBefore(tokens, s, k);
            if (found.isEmpty() && last - k <= TAIL_WINDOW && comma > s.firstToken()) {
                int contentStart = tokens.get(comma).start();
                Quote.Speaker who = k > comma + 1 ? speakers.subjectOf(k, contentStart) : null;
                if (who == null) {
                    who = speakers.subjectAfter(k, last, contentStart);
                }
                Quote q = quote(doc, s.firstToken(), comma, verb.text(), who);
                if (q != null) {
                    found.add(q);
                    break;
                }
            }
            int contentStart = contentStart(tokens, k + 1, last, lemma(verb), inTimex);
            if (contentStart < 0) {
                continue;
            }
            int contentEnd = clauseEnd(tokens, contentStart, last);
            // "…, saying it shows…": a participle's speaker is the subject of the main clause.
            boolean participle = verb.hasPos("VBG") && tokens.get(k - 1).text().equals(",");
            Quote.Speaker who = participle ? previous : speakers.subjectOf(k, tokens.get(contentStart).start());
            // "It says the campaign violated…": reported speech whose speaker the text leaves vague.
            boolean vague = who == null && !participle && k > s.firstToken()
                    && UNRESOLVED_PRONOUNS.contains(tokens.get(k - 1).lower());
            Quote q = vague ? unattributed(doc, contentStart, contentEnd, verb.text())
                    : quote(doc, contentStart, contentEnd, verb.text(), who);
            if (q != null) {
                found.add(q);
                previous = who;
                k = contentEnd - 1;
            }
        }
        return found;
    }

    /** The reported clause ends where a participle clause ("…, encouraging his supporters") or a ";" begins. */
    private static int clauseEnd(List<Token> tokens, int from, int last) {
        for (int k = from + 1; k + 1 < last; k++) {
            if (tokens.get(k).text().equals(";")
                    || (tokens.get(k).text().equals(",") && tokens.get(k + 1).hasPos("VBG"))) {
                return k;
            }
        }
        return last;
    }

    /** A reporting verb, or its participle after a comma: "…, saying it shows…". */
    private static boolean isReportingVerb(Token t, List<Token> tokens) {
        String lemma = lemma(t);
        if (!t.hasPos("VB") || !(REPORTING_LEMMAS.contains(lemma) || OBJECT_CONTENT.contains(lemma)
                || INTENT.contains(lemma))) {
            return false;
        }
        if (!t.hasPos("VBG") || t.index() == 0) {
            return true;
        }
        if (tokens.get(t.index() - 1).text().equals(",")) {
            return true;
        }
        int k = t.index() - 1;
        while (k > 0 && tokens.get(k).hasPos("RB")) {
            k--;
        }
        return PROGRESSIVE.contains(tokens.get(k).lower());
    }

    private static String lemma(Token t) {
        return (t.lemma() != null ? t.lemma() : t.text()).toLowerCase(Locale.ROOT);
    }

    /** The comma that ends the content before a sentence-final attribution, or -1. */
    private static int commaBefore(List<Token> tokens, Sentence s, int verb) {
        for (int k = verb - 1; k > s.firstToken() && verb - k <= TAIL_WINDOW; k--) {
            if (tokens.get(k).text().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where the reported clause begins after the verb: at "that" (kept, as annotators do), after
     * a listener ("told reporters"), or right after the verb when a clause follows; -1 when no
     * clause follows ("said in a statement.").
     */
    private static int contentStart(List<Token> tokens, int i, int last, String lemma, boolean[] inTimex) {
        int k = i;
        if (WITH_LISTENER.contains(lemma)) {
            while (k < last && Speakers.isNounPhrasePart(tokens.get(k))) {
                k++;
            }
        }
        // "said Friday that…", "pointed out that…": a date or a particle before the content.
        while (k < last && (inTimex[k] || tokens.get(k).hasPos("RP") || TIME_WORDS.contains(tokens.get(k).lower()))) {
            k++;
        }
        if (k < last && tokens.get(k).text().equals(",")) {
            k++;
        }
        if (last - k < MIN_CONTENT_TOKENS) {
            return -1;
        }
        if (tokens.get(k).lower().equals("that") || startsClause(tokens, k, last) || isQuestionWord(tokens.get(k))) {
            return k;
        }
        if (INTENT.contains(lemma) && tokens.get(k).lower().equals("to") && k + 1 < last
                && tokens.get(k + 1).hasPos("VB")) {
            return k;
        }
        boolean about = tokens.get(k).lower().equals("about") || tokens.get(k).lower().equals("of");
        int object = about ? k + 1 : k;
        if (OBJECT_CONTENT.contains(lemma) && object < last && Speakers.isNounPhrasePart(tokens.get(object))) {
            return object;
        }
        return -1;
    }

    /** "questioned whether…", "said when they would…": an embedded question. */
    private static boolean isQuestionWord(Token t) {
        return t.hasPos("W") || t.lower().equals("whether") || t.lower().equals("if");
    }

    /**
     * A subject followed by its verb: "another treaty was", "Russia, the largest state, is";
     * not an object ("denied the accusations").
     */
    private static boolean startsClause(List<Token> tokens, int k, int last) {
        int j = k;
        while (j < last && (Speakers.isNounPhrasePart(tokens.get(j)) || tokens.get(j).hasPos("PRP$")
                || tokens.get(j).hasPos("EX"))) {
            j++;
        }
        if (j == k || j >= last) {
            return false;
        }
        if (tokens.get(j).text().equals(",")) {
            int close = j + 1;
            while (close < last && close - j <= 12 && !tokens.get(close).text().equals(",")) {
                close++;
            }
            j = close + 1;
        }
        while (j < last && tokens.get(j).hasPos("RB")) {
            j++;
        }
        return j < last && (tokens.get(j).hasPos("VB") || tokens.get(j).hasPos("MD"));
    }

    /** Index just past the last token of the content: the sentence without its final mark. */
    private static int contentEnd(List<Token> tokens, Sentence s) {
        int end = s.endToken();
        while (end > s.firstToken() && tokens.get(end - 1).hasPos(".")) {
            end--;
        }
        return end;
    }

    private static Quote unattributed(AnnotatedText doc, int from, int to, String cue) {
        if (to - from < MIN_CONTENT_TOKENS) {
            return null;
        }
        List<Token> tokens = doc.tokens();
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return new Quote(doc.text(start, end), start, end, "indirect", cue, null);
    }

    private static Quote quote(AnnotatedText doc, int from, int to, String cue, Quote.Speaker speaker) {
        if (to - from < MIN_CONTENT_TOKENS || speaker == null) {
            return null;
        }
        List<Token> tokens = doc.tokens();
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return new Quote(doc.text(start, end), start, end, "indirect", cue, speaker);
    }
}
