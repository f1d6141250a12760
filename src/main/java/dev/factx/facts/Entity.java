package dev.factx.facts;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A distinct real-world thing named in the document, with all its mentions.
 *
 * @param salience prominence in the document, from 0 to 1: mention count and how early it comes
 * @param titles   for a person, the titles the text gives them ("President"); null when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(String id, String name, String type, int count, int first, double salience,
                     List<String> titles, List<Mention> mentions) {
    /** An entity without titles: anything but a person, or a person the text gives no title. */
    public Entity(String id, String name, String type, int count, int first, double salience, List<Mention> mentions) {
        this(id, name, type, count, first, salience, null, mentions);
    }

    public Entity {
        mentions = List.copyOf(mentions);
        titles = titles == null || titles.isEmpty() ? null : List.copyOf(titles);
    }
}
