package dev.factx.check;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One field whose value changed.
 *
 * @param field  a dotted path inside the fact or document, such as "speaker.name"
 * @param before the old value, or null when the field is new
 * @param after  the new value, or null when the field is gone
 */
public record FieldChange(String field, JsonNode before, JsonNode after) {
}
