package dev.factx.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.factx.extract.ExtractOptions;
import dev.factx.extract.Extractor;
import dev.factx.facts.ErrorRecord;
import dev.factx.facts.FactKind;
import dev.factx.nlp.NlpPipeline;
import dev.factx.output.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * POST /extract: a JSON document (or a text/plain body with ?id=&date=&only=) in, the same
 * DocumentFacts JSON as "factx extract" out.
 */
final class ExtractHandler implements HttpHandler {
    private final NlpPipeline pipeline;
    private final Set<FactKind> served;
    /** One extractor per set of kinds asked for, all on the one pipeline. */
    private final ConcurrentMap<Set<FactKind>, Extractor> extractors = new ConcurrentHashMap<>();

    ExtractHandler(NlpPipeline pipeline, Set<FactKind> served) {
        this.pipeline = pipeline;
        this.served = Set.copyOf(served);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                Exchanges.sendError(exchange, 405, "method-not-allowed", "POST a document to /extract");
                return;
            }
            ExtractRequest request;
            try {
                request = parse(exchange);
            } catch (BadRequestException e) {
                Exchanges.sendError(exchange, e.status(), "bad-request", e.getMessage());
                return;
            }
            Set<FactKind> kinds = request.only().isEmpty() ? served : request.only();
            if (!served.containsAll(kinds)) {
                Exchanges.sendError(exchange, 400, "bad-request", "this server extracts only " + keys(served)
                        + "; restart 'factx serve' without --only to extract " + keys(kinds));
                return;
            }
            Extractor extractor = extractors.computeIfAbsent(kinds,
                    k -> Extractor.on(pipeline, new ExtractOptions(k)));
            Object result;
            int status = 200;
            try {
                result = extractor.extract(request.document());
            } catch (RuntimeException e) {
                status = 500;
                result = new ErrorRecord(request.document().id(), request.document().source(), "internal",
                        "extraction failed: " + e + "; please report this with the input");
            }
            Exchanges.sendJson(exchange, status, result);
        }
    }

    private static ExtractRequest parse(HttpExchange exchange) throws IOException {
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        byte[] body = Exchanges.body(exchange);
        if (type.startsWith("text/plain")) {
            return ExtractRequest.fromText(new String(body, StandardCharsets.UTF_8), Exchanges.query(exchange));
        }
        JsonNode json;
        try {
            json = Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("the body is not valid JSON (" + e.getOriginalMessage()
                    + "); send a JSON object, or Content-Type: text/plain for raw text");
        }
        return ExtractRequest.fromJson(json);
    }

    private static String keys(Set<FactKind> kinds) {
        return kinds.stream().sorted().map(FactKind::key).collect(Collectors.joining(","));
    }
}
