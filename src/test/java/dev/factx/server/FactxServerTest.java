package dev.factx.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factx.cli.Main;
import dev.factx.extract.ExtractOptions;
import dev.factx.extract.Extractor;
import dev.factx.facts.DocumentDate;
import dev.factx.facts.ErrorRecord;
import dev.factx.facts.FactKind;
import dev.factx.input.Document;
import dev.factx.output.Json;
import dev.factx.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The server in-process on an ephemeral port, on the tests' shared pipeline. */
class FactxServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static FactxServer server;
    private static Document seed;

    @BeforeAll
    static void start() throws Exception {
        server = FactxServer.start(Fixtures.pipeline(), FactKind.all(), new ServerOptions(0, 2));
        seed = new Document("putin-arms-control", Fixtures.SEED.toString(), Fixtures.seedText(),
                new DocumentDate(Fixtures.SEED_DATE, DocumentDate.FROM_OPTION),
                "Putin says Russia is ready to talk to the US about arms control", Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
        assertThat(server.url().getPort()).isPositive();
    }

    @Test
    void health() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.url().resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Json.mapper().readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("kinds")).hasSize(4);
    }

    @Test
    void aJsonDocumentGetsWhatExtractWrites() throws Exception {
        HttpResponse<String> response = postJson(Json.mapper().writeValueAsString(seed));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(Json.mapper().readTree(response.body())).isEqualTo(Json.mapper().readTree(expected(seed, FactKind.all())));
    }

    @Test
    void aPlainTextBodyTakesItsOptionsFromTheQuery() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.url().resolve("/extract?id=seed&date=2019-07-04&only=dates"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(Fixtures.seedText())).build();
        JsonNode body = Json.mapper().readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
        assertThat(body.get("id").asText()).isEqualTo("seed");
        assertThat(body.has("entities")).isFalse();
        assertThat(body.get("dates")).anySatisfy(d -> {
            assertThat(d.get("text").asText()).isEqualTo("Thursday");
            assertThat(d.get("value").asText()).isEqualTo("2019-07-04");
        });
    }

    @Test
    void concurrentRequestsAllGetTheirOwnAnswer() {
        List<CompletableFuture<HttpResponse<String>>> calls = List.of("Ann", "Bob", "Cy", "Di").stream()
                .map(name -> HTTP.sendAsync(jsonPost("{\"id\":\"" + name + "\",\"text\":\"" + name
                        + " met the mayor of Paris on Monday.\",\"only\":[\"entities\"]}"), HttpResponse.BodyHandlers.ofString()))
                .toList();
        assertThat(calls).allSatisfy(c -> assertThat(c.join().statusCode()).isEqualTo(200));
        assertThat(calls.get(2).join().body()).contains("\"id\":\"Cy\"");
    }

    @Test
    void badRequestsGet400WithAJsonError() throws Exception {
        for (String body : List.of("not json", "[1]", "{\"id\":\"x\"}", "{\"text\":\"a\",\"date\":\"July 4\"}",
                "{\"text\":\"a\",\"only\":[\"verbs\"]}")) {
            HttpResponse<String> response = postJson(body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            JsonNode error = Json.mapper().readTree(response.body()).get("error");
            assertThat(error.get("type").asText()).isEqualTo("bad-request");
            assertThat(error.get("message").asText()).isNotBlank();
        }
    }

    @Test
    void wrongMethodOrPath() throws Exception {
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(server.url().resolve("/extract")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(server.url().resolve("/nope")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Json.mapper().readTree(missing.body()).at("/error/type").asText()).isEqualTo("not-found");
    }

    @Test
    void theClientWritesWhatExtractWrites() throws Exception {
        FactxClient client = new FactxClient(server.url());
        Object facts = client.extract(seed, Set.of(FactKind.QUOTES));
        assertThat(Json.mapper().writeValueAsString(facts)).isEqualTo(expected(seed, Set.of(FactKind.QUOTES)));
    }

    @Test
    void extractWithServerWritesWhatExtractWrites() {
        String[] args = {"extract", "--date", "2019-07-04", Fixtures.SEED.toString()};
        String local = cli(args);
        String remote = cli("extract", "--server", server.url().toString(), "--date", "2019-07-04",
                Fixtures.SEED.toString());
        assertThat(remote).startsWith("{\n").isEqualTo(local);
    }

    @Test
    void theClientTurnsAnUnreachableServerIntoAnErrorRecord() {
        Object result = new FactxClient(URI.create("http://127.0.0.1:1/")).extract(seed, Set.of());
        assertThat(result).isInstanceOfSatisfying(ErrorRecord.class, e -> {
            assertThat(e.error().type()).isEqualTo("server");
            assertThat(e.error().message()).contains("factx serve");
        });
    }

    /** What "factx extract" writes for the document, compact. */
    private static String expected(Document doc, Set<FactKind> kinds) throws Exception {
        Extractor extractor = Extractor.on(Fixtures.pipeline(), new ExtractOptions(kinds));
        return Json.mapper().writeValueAsString(extractor.extract(doc));
    }

    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).as(String.join(" ", args)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> postJson(String body) throws Exception {
        return HTTP.send(jsonPost(body), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest jsonPost(String body) {
        return HttpRequest.newBuilder(server.url().resolve("/extract"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
