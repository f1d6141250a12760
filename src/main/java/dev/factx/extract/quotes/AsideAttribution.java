package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * An attribution set off by commas: after the content ("The treaty is dead, officials said.")
 * or inside it ("The museum, Mr. Obama said, would make visitors face hard truths."). Inside,
 * the content is the whole sentence, as annotators mark it, unless what follows the aside is
 * a clause of its own ("…, he said, and intense wrangling could follow").
 */
final class AsideAttribution {
    /** Tokens from the comma before the attribution to its verb, and from the verb to the next comma. */
    private static final int WINDOW = 7;
    /** Tokens from the comma to the verb when all of them are the subject's noun phrase. */
    private static final int LONG_SUBJECT = 12;
    private static final Set<String> DETACHED = Set.of("and", "but", "as", "while", "although", "though");

    private AsideAttribution() {
    }

    /** The quote that the reporting verb at {@code verb} attributes from an aside, or null. */
    static Quote around(AnnotatedText doc, Speakers speakers, Sentence s, int verb, int last) {
        List<Token> tokens = doc.tokens();
        int comma = commaBefore(tokens, s, verb);
        // "Clinton, who has called for tax hikes, criticized…": a relative clause, not an aside.
        if (comma <= s.firstToken() || !isFinite(tokens, verb) || tokens.get(comma + 1).hasPos("W")) {
            return null;
        }
        int contentStart = tokens.get(comma).start();
        int after = verb + 1;
        Quote.Speaker who = verb > comma + 1 ? speakers.subjectOf(verb, contentStart) : null;
        if (who != null && who.start() < contentStart) {
            return null;
        }
        if (who == null && Cues.isSpeechVerb(tokens.get(verb))) {
            who = speakers.subjectAfter(verb, last, contentStart);
            while (who != null && after < last && tokens.get(after).end() <= who.end()) {
                after++;
            }
        }
        if (who == null) {
            return null;
        }
        int next = after;
        while (next < last && !tokens.get(next).text().equals(",")) {
            if (tokens.get(next).hasPos("VB") || tokens.get(next).hasPos("MD") || next - verb > WINDOW) {
                return null;
            }
            next++;
        }
        String cue = tokens.get(verb).text();
        int rest = next + 1;
        if (rest >= last) {
            return ReportedSpeech.quote(doc, s.firstToken(), comma, cue, who);
        }
        // "…, Putin said, “…”": the quotation after the aside is a direct quote of its own.
        if (QuoteMarks.isOpeningMark(tokens.get(rest).text())) {
            return null;
        }
        boolean clauseBefore = hasVerb(tokens, s.firstToken(), comma);
        if (clauseBefore && detached(tokens, rest)) {
            return ReportedSpeech.quote(doc, s.firstToken(), comma, cue, who);
        }
        // "In a statement, the company said, …": an opening phrase is not part of what was said.
        if (!clauseBefore && tokens.get(s.firstToken()).hasPos("IN")) {
            return ReportedSpeech.quote(doc, rest, last, cue, who);
        }
        return ReportedSpeech.quote(doc, s.firstToken(), last, cue, who);
    }

    /** "officials said", "he has said"; not a participle ("a stream called Miracle Run", "were charged fees"). */
    private static boolean isFinite(List<Token> tokens, int verb) {
        Token t = tokens.get(verb);
        if (t.hasPos("VBD") || t.hasPos("VBZ") || t.hasPos("VBP")) {
            return true;
        }
        String before = tokens.get(verb - 1).lower();
        return t.hasPos("VBN") && (before.equals("has") || before.equals("have") || before.equals("had"));
    }

    private static boolean detached(List<Token> tokens, int rest) {
        Token t = tokens.get(rest);
        return DETACHED.contains(t.lower()) || t.hasPos("W")
                || (t.hasPos("VBG") && ReportedSpeech.isReportingVerb(t, tokens));
    }

    private static boolean hasVerb(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).hasPos("VB") || tokens.get(k).hasPos("MD")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The comma that ends the content before a sentence-final attribution, or -1; a longer subject
     * when it is one noun phrase ("…, the Democratic presidential candidate's former doctor maintains").
     */
    private static int commaBefore(List<Token> tokens, Sentence s, int verb) {
        boolean nounPhrase = true;
        for (int k = verb - 1; k > s.firstToken() && verb - k <= (nounPhrase ? LONG_SUBJECT : WINDOW); k--) {
            if (tokens.get(k).text().equals(",")) {
                return nounPhrase || verb - k <= WINDOW ? k : -1;
            }
            nounPhrase &= Speakers.isNounPhrasePart(tokens.get(k)) || tokens.get(k).hasPos("RB");
        }
        return -1;
    }
}
