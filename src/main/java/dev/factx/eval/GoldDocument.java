package dev.factx.eval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a gold file.
 *
 * @param line the line number in the gold file, for messages
 * @param dct  the document creation date, or null
 */
public record GoldDocument(int line, String id, String text, LocalDate dct, Annotations gold) {
    public GoldDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(gold, "gold");
    }
}
