package dev.factx.input;

import dev.factx.facts.DocumentDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's date. The first found wins: the user's --date, the input's own metadata
 * (a JSONL field, an HTML meta tag), a date in the file name; otherwise there is none.
 */
final class DocumentDates {
    /** 2019-07-04, 2019-07-04T10:30:00Z, 2019-07-04 10:30: the local date as written. */
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T\\s].*)");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})\\s*$");
    private static final Pattern IN_NAME = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d\\d)(-?)(\\d\\d)\\2(\\d\\d)(?!\\d)");

    private DocumentDates() {
    }

    static Document resolve(Document doc, ReadOptions options, Source source) {
        if (options.date() != null) {
            return doc.withDate(new DocumentDate(options.date(), DocumentDate.FROM_OPTION));
        }
        if (doc.date() != null || source.fileName() == null) {
            return doc;
        }
        LocalDate fromName = inFileName(source.fileName());
        return fromName == null ? doc : doc.withDate(new DocumentDate(fromName, DocumentDate.FROM_FILENAME));
    }

    /** A date as metadata gives it (ISO, compact or RFC 1123), or null when it is none. */
    static LocalDate parse(String value) {
        Matcher iso = ISO.matcher(value);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher compact = COMPACT.matcher(value);
        if (compact.matches()) {
            return date(compact.group(1), compact.group(2), compact.group(3));
        }
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "putin-2019-07-04.txt" and "20190704-putin.txt" are 4 July 2019. */
    static LocalDate inFileName(String fileName) {
        Matcher m = IN_NAME.matcher(fileName);
        while (m.find()) {
            LocalDate date = date(m.group(1), m.group(3), m.group(4));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
