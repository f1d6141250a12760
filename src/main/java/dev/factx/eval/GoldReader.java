package dev.factx.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.factx.output.Json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Parses and checks gold JSONL (../shared/gold/FORMAT.md): every span must match the text. */
final class GoldReader {
    private GoldReader() {
    }

    static List<GoldDocument> parse(String file, List<String> lines) {
        List<GoldDocument> docs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                docs.add(new Line(file, i + 1).document(lines.get(i)));
            }
        }
        return docs;
    }

    /** One line being read: knows where it is, to name it in every message. */
    private record Line(String file, int number) {

        GoldDocument document(String json) {
            JsonNode node;
            try {
                node = Json.mapper().readTree(json);
            } catch (JsonProcessingException e) {
                throw fail("not JSON: " + e.getOriginalMessage());
            }
            if (!node.isObject()) {
                throw fail("not a JSON object");
            }
            String id = requiredText(node, "id");
            String text = requiredText(node, "text");
            Annotations gold = new Annotations(
                    layer(node, "entities", text, (r, s, w) -> new EntitySpan(s.start, s.end, s.text, optionalText(r, "type"))),
                    layer(node, "timexes", text, (r, s, w) -> new TimexSpan(s.start, s.end, s.text,
                            optionalText(r, "type"), optionalText(r, "value"))),
                    layer(node, "quantities", text, (r, s, w) -> new QuantitySpan(s.start, s.end, s.text,
                            optionalText(r, "kind"), number(r, "value"), optionalText(r, "unit"))),
                    layer(node, "quotes", text, (r, s, w) -> new QuoteSpan(s.start, s.end, s.text,
                            optionalText(r, "kind"), speaker(r, text, w), optionalText(r, "speaker_reference"))));
            return new GoldDocument(number, id, text, dct(node), gold);
        }

        private record Offsets(int start, int end, String text) {
        }

        /** Builds one layer's span from its JSON record, its checked offsets and where it is. */
        private interface Maker<T> {
            T make(JsonNode record, Offsets offsets, String where);
        }

        private <T> List<T> layer(JsonNode doc, String key, String text, Maker<T> make) {
            JsonNode list = doc.get(key);
            if (list == null || list.isNull()) {
                return null;
            }
            if (!list.isArray()) {
                throw fail("\"" + key + "\" must be a list");
            }
            List<T> spans = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                JsonNode record = list.get(i);
                String where = key + "[" + i + "]";
                if (!record.isObject()) {
                    throw fail(where + " is not a JSON object");
                }
                spans.add(make.make(record, offsets(record, "start", "end", "text", text, where), where));
            }
            return spans;
        }

        private Offsets offsets(JsonNode record, String startKey, String endKey, String textKey, String text,
                                String where) {
            int start = offset(record, startKey, where);
            int end = offset(record, endKey, where);
            if (start > end || end > text.length()) {
                throw fail(where + ": offsets " + start + ".." + end + " lie outside the text (length "
                        + text.length() + ")");
            }
            String span = text.substring(start, end);
            JsonNode expected = record.get(textKey);
            if (expected != null && !expected.isNull() && !expected.asText().equals(span)) {
                throw fail(where + ": offsets " + start + ".." + end + " give \"" + span + "\", but "
                        + textKey + " is \"" + expected.asText() + "\"");
            }
            return new Offsets(start, end, span);
        }

        private int offset(JsonNode record, String key, String where) {
            JsonNode value = record.get(key);
            if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
                throw fail(where + ": \"" + key + "\" must be a non-negative integer");
            }
            return value.asInt();
        }

        private QuoteSpan.Mention speaker(JsonNode quote, String text, String where) {
            if (optionalText(quote, "speaker") == null || !quote.hasNonNull("speaker_start")) {
                return null;
            }
            Offsets o = offsets(quote, "speaker_start", "speaker_end", "speaker", text, where + " speaker");
            return new QuoteSpan.Mention(o.start, o.end, o.text);
        }

        private BigDecimal number(JsonNode record, String key) {
            JsonNode value = record.get(key);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isNumber()) {
                throw fail("\"" + key + "\" must be a number, was " + value);
            }
            return value.decimalValue();
        }

        private LocalDate dct(JsonNode doc) {
            String dct = optionalText(doc, "dct");
            try {
                return dct == null ? null : LocalDate.parse(dct);
            } catch (DateTimeParseException e) {
                throw fail("\"dct\" must be a date YYYY-MM-DD or null, was \"" + dct + "\"");
            }
        }

        private String requiredText(JsonNode node, String key) {
            String value = optionalText(node, key);
            if (value == null) {
                throw fail("\"" + key + "\" is missing");
            }
            return value;
        }

        private String optionalText(JsonNode node, String key) {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isValueNode()) {
                throw fail("\"" + key + "\" must be a string, was " + value);
            }
            return value.asText();
        }

        private GoldFormatException fail(String message) {
            return new GoldFormatException(file + ":" + number + ": " + message);
        }
    }
}
