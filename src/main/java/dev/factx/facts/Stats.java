package dev.factx.facts;

/** Size of a document as factx saw it. */
public record Stats(int characters, int sentences, int tokens) {
}
