package dev.factx.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import dev.factx.facts.DocumentFacts;
import dev.factx.output.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading requests and writing JSON answers, the same way for every endpoint. */
final class Exchanges {
    /** Far above any news article; a bigger body is a mistake, not an article. */
    static final int MAX_BODY_BYTES = 16 << 20;

    private Exchanges() {
    }

    static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new BadRequestException(413, "the body is over " + (MAX_BODY_BYTES >> 20) + " MB");
            }
            return body;
        }
    }

    static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> result = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            result.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return result;
    }

    static void sendJson(HttpExchange exchange, int status, Object value) throws IOException {
        byte[] bytes;
        try {
            bytes = Json.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** {"schema":"factx/1","error":{"type":..,"message":..}}: the shape of factx's error records. */
    static void sendError(HttpExchange exchange, int status, String type, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schema", DocumentFacts.SCHEMA);
        body.put("error", Map.of("type", type, "message", message));
        sendJson(exchange, status, body);
    }
}
