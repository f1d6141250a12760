package dev.factx.spark;

import dev.factx.facts.DocumentDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the CLI reads from a file name: the document id and a date. These mirror the
 * package-private rules of dev.factx.input (OutputNames, DocumentDates), which have no public
 * entry point yet; the Spark test compares both paths on dated file names to keep them equal.
 */
final class FileNames {
    private static final Pattern IN_NAME = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d\\d)(-?)(\\d\\d)\\2(\\d\\d)(?!\\d)");

    private FileNames() {
    }

    /** "2019/putin.txt.gz" is "putin". */
    static String id(String fileName) {
        int dot = fileName.indexOf('.');
        return clean(dot > 0 ? fileName.substring(0, dot) : fileName);
    }

    /** One path component: no separators, nothing hidden, no "..". */
    static String clean(String part) {
        String cleaned = part.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
        return cleaned.isEmpty() ? "_" : cleaned;
    }

    /** "putin-2019-07-04.txt" and "20190704-putin.txt" are 4 July 2019; null when none. */
    static DocumentDate date(String fileName) {
        Matcher m = IN_NAME.matcher(fileName);
        while (m.find()) {
            LocalDate date = day(m.group(1), m.group(3), m.group(4));
            if (date != null) {
                return new DocumentDate(date, DocumentDate.FROM_FILENAME);
            }
        }
        return null;
    }

    /** Null for what is not a real day (2019-02-31): the next candidate may be one. */
    private static LocalDate day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
