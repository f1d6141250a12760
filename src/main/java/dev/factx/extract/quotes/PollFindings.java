package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A finding sourced to a poll, survey or estimate by a preposition: "In this poll, Trump rose 1
 * percentage point", "Trump did fare well in online and snap polls", "…, by one estimate". The
 * poll is the source, the rest of the clause what it found.
 */
final class PollFindings {
    private static final Set<String> SOURCES = Set.of("poll", "survey", "estimate", "tally", "count", "analysis",
            "projection");
    private static final Set<String> PREPOSITIONS = Set.of("in", "by");

    private PollFindings() {
    }

    static List<Quote> find(AnnotatedText doc, Sentence s, int last) {
        List<Token> tokens = doc.tokens();
        List<Quote> found = new ArrayList<>();
        for (int p = s.firstToken(); p + 1 < last; p++) {
            if (!PREPOSITIONS.contains(tokens.get(p).lower()) || tokens.get(p + 1).hasPos("VB")) {
                continue;
            }
            int head = sourceHead(tokens, p + 1, last);
            if (head < 0) {
                continue;
            }
            Quote q = p == s.firstToken() ? opening(doc, p, head, last) : closing(doc, s, p, head, last);
            if (q != null) {
                found.add(q);
            }
        }
        return found;
    }

    /** "In this poll, CONTENT": the clause after the comma that closes the source. */
    private static Quote opening(AnnotatedText doc, int p, int head, int last) {
        List<Token> tokens = doc.tokens();
        int comma = nextComma(tokens, head + 1, last);
        // "In the previous poll, conducted in early September, Clinton led…": a participle aside belongs to the source.
        if (comma + 1 < last && tokens.get(comma + 1).hasPos("VBN")) {
            comma = nextComma(tokens, comma + 1, last);
        }
        if (comma + 1 >= last) {
            return null;
        }
        int end = PassiveCues.nextClause(tokens, comma + 1, ReportedSpeech.clauseEnd(tokens, comma + 1, last));
        return ReportedSpeech.reported(doc, comma + 1, end, tokens.get(p).text(), source(doc, p + 1, comma));
    }

    /**
     * "CONTENT in one of the first post-debate polls to emerge", "CONTENT, by one estimate": the
     * clause before the source, when the source closes the sentence.
     */
    private static Quote closing(AnnotatedText doc, Sentence s, int p, int head, int last) {
        List<Token> tokens = doc.tokens();
        // "polls conducted after the primary debates", "polls to emerge": only a participle may follow, not "to 55 percent".
        if (head + 1 < last && !tokens.get(head + 1).hasPos("VBN") && !tokens.get(head + 1).hasPos("VBG")
                && !(tokens.get(head + 1).lower().equals("to") && head + 2 < last && tokens.get(head + 2).hasPos("VB"))) {
            return null;
        }
        boolean afterComma = tokens.get(p - 1).text().equals(",");
        int end = afterComma ? p - 1 : p;
        int start = s.firstToken();
        if (!afterComma) {
            for (int k = end - 1; k > s.firstToken(); k--) {
                if (tokens.get(k).text().equals(",")) {
                    start = k + 1;
                    break;
                }
            }
        }
        return ReportedSpeech.reported(doc, start, end, tokens.get(p).text(), source(doc, p + 1, last));
    }

    private static int nextComma(List<Token> tokens, int from, int last) {
        int k = from;
        while (k < last && !tokens.get(k).text().equals(",")) {
            k++;
        }
        return k;
    }

    /** The source's noun within the next few words: "one of the first post-debate polls"; or -1. */
    private static int sourceHead(List<Token> tokens, int from, int last) {
        for (int k = from; k < last && k - from < 8; k++) {
            Token t = tokens.get(k);
            if (t.hasPos("NN") && SOURCES.contains(t.lowerLemma())) {
                return k + 1 < last && tokens.get(k + 1).hasPos("NN") ? -1 : k;
            }
            boolean part = Speakers.isNounPhrasePart(t) || t.hasPos("NNP") || t.hasPos("PRP$") || t.hasPos("CC")
                    || t.lower().equals("of") || t.text().equals("/") || t.hasPos("POS");
            if (!part) {
                return -1;
            }
        }
        return -1;
    }

    private static Quote.Speaker source(AnnotatedText doc, int from, int to) {
        List<Token> tokens = doc.tokens();
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        String text = doc.text(start, end);
        return new Quote.Speaker(text, null, text, start, end);
    }
}
