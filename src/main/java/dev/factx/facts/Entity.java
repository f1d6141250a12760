package dev.factx.facts;

import java.util.List;

/**
 * A distinct real-world thing named in the document, with all its mentions.
 *
 * @param salience prominence in the document, from 0 to 1: mention count and how early it comes
 */
public record Entity(String id, String name, String type, int count, int first, double salience,
                     List<Mention> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}
