package dev.factx.nlp;

import java.time.LocalDate;
import java.util.List;

/**
 * A document after the NLP pipeline: what every extractor reads. Layers the pipeline did not
 * run are empty (no timexes) or null-tagged (tokens without ner).
 */
public record AnnotatedText(String text, LocalDate documentDate, List<Sentence> sentences,
                            List<Token> tokens, List<Timex> timexes) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        timexes = List.copyOf(timexes);
    }

    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    public Sentence sentenceOf(Token token) {
        return sentences.get(token.sentence());
    }

    public String text(int start, int end) {
        return text.substring(start, end);
    }
}
