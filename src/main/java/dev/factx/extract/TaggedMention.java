package dev.factx.extract;

import dev.factx.nlp.Token;

import java.util.List;

/** A mention with the type its tokens were tagged with, before mentions become entities. */
record TaggedMention(String text, int start, int end, String type, List<Token> tokens) {

    boolean overlaps(TaggedMention other) {
        return start < other.end && other.start < end;
    }
}
