package dev.factx.input;

import dev.factx.facts.DocumentDate;

import java.time.LocalDate;

/**
 * What factx reads from a file name, for other front ends (the Spark job) to name documents
 * exactly as the command line does.
 */
public final class FileNames {
    private FileNames() {
    }

    /** The document id of a file: "putin.txt.gz" is "putin". */
    public static String id(String fileName) {
        return clean(OutputNames.withoutExtensions(fileName));
    }

    /** A name made safe as one path component: no separators, nothing hidden, no "..". */
    public static String clean(String part) {
        return OutputNames.clean(part);
    }

    /** The date in a name ("putin-2019-07-04.txt", "20190704-putin.txt"), or null. */
    public static DocumentDate date(String fileName) {
        LocalDate date = DocumentDates.inFileName(fileName);
        return date == null ? null : new DocumentDate(date, DocumentDate.FROM_FILENAME);
    }
}
