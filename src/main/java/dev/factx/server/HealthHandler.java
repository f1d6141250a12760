package dev.factx.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.factx.facts.DocumentFacts;
import dev.factx.facts.FactKind;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** GET /health: answers once the models are loaded, with what this server extracts. */
final class HealthHandler implements HttpHandler {
    private final Map<String, Object> status = new LinkedHashMap<>();

    HealthHandler(Set<FactKind> served, int threads) {
        status.put("status", "ok");
        status.put("schema", DocumentFacts.SCHEMA);
        status.put("kinds", served.stream().sorted().map(FactKind::key).toList());
        status.put("threads", threads);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                Exchanges.sendError(exchange, 405, "method-not-allowed", "GET /health");
                return;
            }
            Exchanges.sendJson(exchange, 200, status);
        }
    }
}
