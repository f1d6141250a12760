package dev.factx.input;

import java.time.LocalDate;

/**
 * How to read a run's inputs.
 *
 * @param format    the format of every input, or null to go by each file's extension
 * @param textField the JSON Lines field holding the article text
 * @param idField   the JSON Lines field holding the document id
 * @param dateField the JSON Lines field holding the document date
 * @param maxChars  a longer document is an error record, so one huge input cannot exhaust memory
 * @param date      the date the user gave for every document, or null
 */
public record ReadOptions(InputFormat format, String textField, String idField, String dateField,
                          int maxChars, LocalDate date) {
    /** About 35,000 words: far beyond a news article, far below what exhausts a few GB of heap. */
    public static final int DEFAULT_MAX_CHARS = 200_000;

    public ReadOptions {
        requireField(textField, "textField");
        requireField(idField, "idField");
        requireField(dateField, "dateField");
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, "text", "id", "date", DEFAULT_MAX_CHARS, null);
    }

    public ReadOptions withFormat(InputFormat newFormat) {
        return new ReadOptions(newFormat, textField, idField, dateField, maxChars, date);
    }

    public ReadOptions withDate(LocalDate newDate) {
        return new ReadOptions(format, textField, idField, dateField, maxChars, newDate);
    }

    public ReadOptions withMaxChars(int newMaxChars) {
        return new ReadOptions(format, textField, idField, dateField, newMaxChars, date);
    }

    public ReadOptions withFields(String text, String id, String dateName) {
        return new ReadOptions(format, text, id, dateName, maxChars, date);
    }

    InputFormat formatOf(Source source) {
        return format != null ? format : InputFormat.forName(source.name());
    }

    /** The most bytes a document of maxChars characters can take in UTF-8. */
    long maxBytes() {
        return 3L * maxChars;
    }

    private static void requireField(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must name a field");
        }
    }
}
