package dev.factx.facts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A quotation: its content's offsets, its kind and who said it.
 *
 * @param kind    direct (a whole quoted statement), partial (a quoted fragment inside the
 *                writer's sentence) or indirect (reported speech)
 * @param cue     the verb or phrase that attributes it (said, added, according to), or null
 * @param speaker who said it, or null when the text does not say clearly
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quote(String text, int start, int end, String kind, String cue, Speaker speaker)
        implements Span {

    /**
     * The speaker of a quote: the mention in the text and whom it refers to.
     *
     * @param name   canonical name (the entity's name, or the mention's text)
     * @param entity id of the speaker's entity, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Speaker(String name, String entity, String text, int start, int end) {
    }
}
