package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A clause told at second hand by its adverb: "after he allegedly brandished a pistol", "Clinton
 * Campaign Reportedly Scrambling For Black Voter Turnout". Somebody unnamed says so: the whole
 * clause is the content, with no speaker.
 */
final class HearsayAdverbs {
    private static final Set<String> ADVERBS = Set.of("allegedly", "reportedly", "purportedly", "supposedly");

    private HearsayAdverbs() {
    }

    static List<Quote> find(AnnotatedText doc, Sentence s, int last) {
        List<Token> tokens = doc.tokens();
        List<Quote> found = new ArrayList<>();
        for (int a = s.firstToken() + 1; a + 1 < last; a++) {
            Token adverb = tokens.get(a);
            if (!ADVERBS.contains(adverb.lower()) || !tokens.get(a + 1).hasPos("VB")) {
                continue;
            }
            int subjectEnd = Appearances.subjectEnd(tokens, s, a);
            int subjectStart = Appearances.subjectStart(tokens, s, subjectEnd);
            if (subjectStart >= subjectEnd) {
                continue;
            }
            int end = Appearances.contentEnd(tokens, a, last);
            Quote q = ReportedSpeech.reported(doc, subjectStart, end, adverb.text(), null);
            if (q != null) {
                found.add(q);
                a = end;
            }
        }
        return found;
    }
}
