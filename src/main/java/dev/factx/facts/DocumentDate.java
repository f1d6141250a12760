package dev.factx.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date an article was written, against which relative dates are resolved.
 *
 * @param from where the date came from: option, metadata or filename
 */
public record DocumentDate(LocalDate value, String from) {
    public static final String FROM_OPTION = "option";
    public static final String FROM_METADATA = "metadata";
    public static final String FROM_FILENAME = "filename";

    public DocumentDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(from, "from");
    }
}
