package dev.factx.eval;

/**
 * A quotation, gold or predicted.
 *
 * @param kind        direct, mixed or indirect (factx's "partial" is read as mixed), or null
 * @param speaker     the in-text speaker mention, or null when the text names none
 * @param speakerName the speaker's full name (gold: speaker_reference; factx: the entity's name), or null
 */
public record QuoteSpan(int start, int end, String text, String kind, Mention speaker, String speakerName)
        implements Located {

    /** Where the text names the speaker. */
    public record Mention(int start, int end, String text) implements Located {
    }
}
