package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Token;

import java.util.List;

/**
 * The reported clause around a quoted fragment whose speech verb stands before it: in "Trump
 * says voter fraud “would be a disgrace”" the partial quote is what Trump says, "voter fraud
 * “would be a disgrace”", not only the words in quotation marks.
 */
final class FragmentClause {
    private FragmentClause() {
    }

    /**
     * The fragment widened to the clause after its verb: from where the content begins ("that",
     * after a listener) to the end of the clause.
     */
    static Quote widen(AnnotatedText doc, Quote fragment, int verb, boolean[] inTimex) {
        List<Token> tokens = doc.tokens();
        Sentence s = doc.sentenceOf(tokens.get(verb));
        int last = s.endToken();
        while (last > verb + 1 && tokens.get(last - 1).hasPos(".")) {
            last--;
        }
        Token v = tokens.get(verb);
        String lemma = v.lowerLemma();
        int from = ReportedContent.start(tokens, verb + 1, last, lemma, inTimex);
        if (from < 0 || tokens.get(from).start() > fragment.start()) {
            from = verb + 1;
        }
        int start = Math.min(tokens.get(from).start(), fragment.start());
        int end = Math.max(fragment.end(), tokens.get(ReportedContent.end(tokens, from, last) - 1).end());
        return new Quote(doc.text(start, end), start, end, "partial", fragment.cue(), fragment.speaker());
    }
}
