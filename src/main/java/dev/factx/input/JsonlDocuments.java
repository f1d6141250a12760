package dev.factx.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.factx.facts.DocumentDate;
import dev.factx.output.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads JSON Lines, one article a line, as the lines arrive. A bad line becomes an error record
 * in its place; the lines after it are still read.
 */
final class JsonlDocuments extends LookaheadIterator<Input> {
    /** JSON escapes (\u00e9) can take six bytes per character; other fields need room too. */
    private static final int ESCAPE_FACTOR = 6;
    private static final int ROOM_FOR_METADATA = 1 << 16;
    private static final String TITLE_FIELD = "title";

    private final Source source;
    private final ReadOptions options;
    private final InputStream in;
    private final LineReader lines;
    private boolean done;
    private boolean anyLine;
    private boolean anyRecord;

    JsonlDocuments(Source source, InputStream in, ReadOptions options) {
        this.source = source;
        this.options = options;
        this.in = in;
        long limit = Math.min(Integer.MAX_VALUE - 8L, (long) options.maxChars() * ESCAPE_FACTOR + ROOM_FOR_METADATA);
        this.lines = new LineReader(in, (int) limit);
    }

    /** A line's record, or the file's failure; after the last record or a failure, null. */
    @Override
    protected Input advance() {
        if (done) {
            return null;
        }
        while (true) {
            LineReader.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                return finish(fileFailure(SourceStreams.closing(in, SourceStreams.unreadable(e))));
            }
            if (line == null) {
                return finish(anyRecord ? null : fileFailure(new DocumentException("empty", "no JSON lines in the file")));
            }
            boolean first = !anyLine;
            anyLine = true;
            if (first && line.bytes() != null && hasNul(line.bytes())) {
                return finish(fileFailure(new DocumentException("binary",
                        "binary data (a NUL byte on line 1); factx reads UTF-8 JSON Lines")));
            }
            if (line.bytes() == null || !isBlank(line.bytes())) {
                anyRecord = true;
                return read(line);
            }
        }
    }

    private Input finish(Input last) {
        done = true;
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + source.name(), e);
        }
        return last;
    }

    private Input read(LineReader.Line line) {
        String where = source.name() + ":" + line.number();
        String id = source.id() + "-" + line.number();
        if (line.bytes() == null) {
            return failure(id, where, SourceStreams.tooLong(options.maxChars()));
        }
        JsonNode record;
        try {
            record = Json.mapper().readTree(TextDecoder.utf8(line.bytes()));
        } catch (DocumentException e) {
            return failure(id, where, e);
        } catch (JsonProcessingException e) {
            return failure(id, where, new DocumentException("malformed", "not valid JSON: " + e.getOriginalMessage()));
        }
        if (!record.isObject()) {
            return failure(id, where, new DocumentException("malformed", "the line is not a JSON object"));
        }
        JsonNode idNode = record.get(options.idField());
        if (idNode != null && (idNode.isTextual() || idNode.isNumber()) && !idNode.asText().isBlank()) {
            id = idNode.asText();
        }
        try {
            return Input.of(document(record, id, where)).named(OutputNames.clean(id));
        } catch (DocumentException e) {
            return failure(id, where, e);
        }
    }

    private Document document(JsonNode record, String id, String where) throws DocumentException {
        JsonNode textNode = record.get(options.textField());
        if (textNode == null || !textNode.isTextual()) {
            throw new DocumentException("malformed", "no string field \"" + options.textField()
                    + "\"; name the field that holds the text with --text-field");
        }
        String text = TextDecoder.checkLength(textNode.asText(), options.maxChars());
        if (text.isBlank()) {
            throw new DocumentException("empty", "the field \"" + options.textField() + "\" is empty");
        }
        JsonNode dateNode = record.get(options.dateField());
        LocalDate date = dateNode != null && dateNode.isTextual() ? DocumentDates.parse(dateNode.asText()) : null;
        JsonNode titleNode = record.get(TITLE_FIELD);
        String title = titleNode != null && titleNode.isTextual() ? titleNode.asText() : Titles.firstLine(text);
        Map<String, Object> metadata = new LinkedHashMap<>();
        record.fields().forEachRemaining(field -> {
            String name = field.getKey();
            boolean consumed = name.equals(options.textField()) || name.equals(options.idField())
                    || (date != null && name.equals(options.dateField()))
                    || (name.equals(TITLE_FIELD) && field.getValue().isTextual());
            if (!consumed) {
                // An unreadable date stays here, so nothing the input held is lost.
                metadata.put(name, field.getValue());
            }
        });
        return new Document(id, where, text,
                date == null ? null : new DocumentDate(date, DocumentDate.FROM_METADATA), title, metadata);
    }

    private Input fileFailure(DocumentException e) {
        return Input.failed(source.id(), source.name(), e).named(source.stem());
    }

    private static Input failure(String id, String where, DocumentException e) {
        return Input.failed(id, where, e).named(OutputNames.clean(id));
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
