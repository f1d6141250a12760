package dev.factx.nlp;

/**
 * A sentence: character offsets and the range of its tokens.
 *
 * @param firstToken index of its first token
 * @param endToken   index just past its last token
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {
}
