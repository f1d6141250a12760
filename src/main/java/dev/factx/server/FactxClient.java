package dev.factx.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factx.batch.BatchListener;
import dev.factx.batch.BatchResult;
import dev.factx.facts.ErrorRecord;
import dev.factx.facts.FactKind;
import dev.factx.input.Document;
import dev.factx.input.Input;
import dev.factx.output.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * "factx extract --server URL": sends each document to a running "factx serve" instead of
 * loading the models, and writes what it answers, as {@link dev.factx.batch.BatchRunner} would.
 */
public final class FactxClient {
    /** Exact decimals: the server's 0.50 must print as 0.50 here too. */
    private static final ObjectReader READER = Json.mapper().reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

    private final URI extractUrl;
    private final HttpClient http;

    /** @param server the server's base URL, as "factx serve" prints it */
    public FactxClient(URI server) {
        Objects.requireNonNull(server, "server");
        if (!"http".equals(server.getScheme()) || server.getHost() == null) {
            throw new IllegalArgumentException("server must be an http:// URL such as http://127.0.0.1:8035/, was " + server);
        }
        this.extractUrl = server.resolve("/extract");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Extracts each input on the server, in order.
     *
     * @param kinds the kinds wanted; empty: all the server extracts
     * @param sink  receives a JsonNode of the facts or an {@link ErrorRecord} per input
     */
    public BatchResult run(Iterator<Input> inputs, Consumer<Object> sink, Set<FactKind> kinds,
                           BatchListener listener, boolean failFast) {
        long began = System.nanoTime();
        int ok = 0;
        int failed = 0;
        long tokens = 0;
        while (inputs.hasNext() && !(failFast && failed > 0)) {
            Input input = inputs.next();
            Object record = input.ok() ? extract(input.document(), kinds)
                    : new ErrorRecord(input.id(), input.source(), input.error().type(), input.error().getMessage());
            sink.accept(record);
            if (record instanceof ErrorRecord error) {
                failed++;
                listener.failed(error);
            } else {
                int docTokens = ((JsonNode) record).path("stats").path("tokens").asInt();
                ok++;
                tokens += docTokens;
                listener.extracted(input.source(), docTokens);
            }
        }
        return new BatchResult(ok, failed, tokens, (System.nanoTime() - began) / 1e9);
    }

    /** The facts as the server wrote them, or an error record saying why there are none. */
    Object extract(Document doc, Set<FactKind> kinds) {
        ObjectNode body = Json.mapper().valueToTree(doc);
        body.set("only", Json.mapper().valueToTree(kinds.stream().sorted().map(FactKind::key).toList()));
        HttpResponse<String> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(extractUrl)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(body)))
                    .build();
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new ErrorRecord(doc.id(), doc.source(), "server",
                    "cannot reach the factx server at " + extractUrl + " (" + e + "); is 'factx serve' running?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ErrorRecord(doc.id(), doc.source(), "server", "interrupted while waiting for the server");
        }
        return answer(doc, response);
    }

    private static Object answer(Document doc, HttpResponse<String> response) {
        JsonNode json;
        try {
            json = READER.readTree(response.body());
        } catch (JsonProcessingException e) {
            return new ErrorRecord(doc.id(), doc.source(), "server", "the server answered HTTP "
                    + response.statusCode() + " with something not JSON; is the URL a factx server?");
        }
        if (response.statusCode() == 200 && !json.has("error")) {
            return json;
        }
        String message = json.path("error").path("message").asText("HTTP " + response.statusCode());
        return new ErrorRecord(doc.id(), doc.source(), json.path("error").path("type").asText("server"),
                "the server refused it: " + message);
    }
}
