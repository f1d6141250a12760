package dev.factx.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factx.output.Json;
import dev.factx.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed article through the real command line: the facts the design card asks for. */
class SeedArticleTest {
    private static CliRun run;
    private static JsonNode doc;

    @BeforeAll
    static void extractSeedArticle() throws Exception {
        Fixtures.pipeline();
        run = CliRun.of("extract", "--date", "2019-07-04", Fixtures.SEED.toString());
        doc = Json.mapper().readTree(run.stdout());
    }

    @Test
    void writesOnePrettyDocumentAndNothingOnStderr() {
        assertThat(run.exitCode()).isZero();
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).startsWith("{\n");
        assertThat(doc.get("schema").asText()).isEqualTo("factx/1");
        assertThat(doc.get("id").asText()).isEqualTo("putin-arms-control");
        assertThat(doc.at("/documentDate/value").asText()).isEqualTo("2019-07-04");
        assertThat(doc.at("/documentDate/from").asText()).isEqualTo("option");
        assertThat(doc.get("title").asText()).isEqualTo("Putin says Russia is ready to talk to the US about arms control");
    }

    @Test
    void everyFactsTextIsTheInputBetweenItsOffsets() {
        String text = Fixtures.seedText();
        List<JsonNode> spans = new ArrayList<>();
        doc.get("entities").forEach(e -> e.get("mentions").forEach(spans::add));
        doc.get("dates").forEach(spans::add);
        doc.get("quantities").forEach(spans::add);
        doc.get("quotes").forEach(spans::add);

        assertThat(spans).hasSizeGreaterThan(50).allSatisfy(s ->
                assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText()));
    }

    @Test
    void entities() {
        JsonNode putin = entity("Vladimir Putin");
        assertThat(putin.get("type").asText()).isEqualTo("PERSON");
        assertThat(putin.get("count").asInt()).isEqualTo(11);
        assertThat(mentionTexts(putin)).containsOnly("Putin", "Vladimir Putin");
        for (JsonNode e : doc.get("entities")) {
            if (mentionTexts(e).contains("Putin")) {
                assertThat(e).isSameAs(putin);
            }
        }
        assertThat(entity("Donald Trump").get("type").asText()).isEqualTo("PERSON");
        assertThat(mentionTexts(entity("Donald Trump"))).contains("Trump", "Donald Trump");
        assertThat(mentionTexts(entity("United States"))).containsOnly("US", "U.S.", "United States");
        assertThat(entity("Russia").get("type").asText()).isEqualTo("COUNTRY");
        assertThat(entity("Japan").get("type").asText()).isEqualTo("COUNTRY");
        assertThat(entity("NATO").get("type").asText()).isEqualTo("ORGANIZATION");
        assertThat(entity("Bahria University").get("type").asText()).isEqualTo("ORGANIZATION");
    }

    @Test
    void dates() {
        assertThat(date("Thursday").get("value").asText()).isEqualTo("2019-07-04");
        assertThat(date("Wednesday").get("value").asText()).isEqualTo("2019-07-03");
        assertThat(date("August 2").get("value").asText()).isEqualTo("2019-08-02");
        assertThat(date("late June").get("value").asText()).isEqualTo("2019-06");
        assertThat(date("late June").get("modifier").asText()).isEqualTo("LATE");
        assertThat(date("1987").get("value").asText()).isEqualTo("1987");
        assertThat(date("2002").get("value").asText()).isEqualTo("2002");
        assertThat(date("early 2021").get("value").asText()).isEqualTo("2021");
    }

    @Test
    void quantities() {
        JsonNode range = quantity("between 500 and 5,500 kilometers");
        assertThat(range.get("kind").asText()).isEqualTo("length");
        assertThat(range.get("unit").asText()).isEqualTo("km");
        assertThat(range.get("min").asLong()).isEqualTo(500);
        assertThat(range.get("max").asLong()).isEqualTo(5500);

        JsonNode russia = quantity("about $48 billion");
        assertThat(russia.get("kind").asText()).isEqualTo("money");
        assertThat(russia.get("unit").asText()).isEqualTo("USD");
        assertThat(russia.get("value").asLong()).isEqualTo(48_000_000_000L);
        assertThat(russia.get("qualifier").asText()).isEqualTo("approximate");

        JsonNode us = quantity("over $700 billion");
        assertThat(us.get("value").asLong()).isEqualTo(700_000_000_000L);
        assertThat(us.get("qualifier").asText()).isEqualTo("more-than");

        assertThat(doc.get("quantities")).noneSatisfy(q ->
                assertThat(q.get("text").asText()).containsAnyOf("Twenty", "9M729", "SSC-8"));
    }

    @Test
    void quotes() {
        List<String> quoted = new ArrayList<>();
        doc.get("quotes").forEach(q -> {
            if (!q.get("kind").asText().equals("indirect")) {
                quoted.add(q.get("text").asText());
            }
        });
        // Each of the nine passages in quotation marks is in exactly one quote: a direct quote, or
        // the partial quote of the reported speech around it.
        java.util.regex.Matcher marks = java.util.regex.Pattern.compile("“([^”]*)”").matcher(Fixtures.seedText());
        List<String> passages = new ArrayList<>();
        while (marks.find()) {
            passages.add(marks.group(1).replaceAll("[,.]$", ""));
        }
        assertThat(passages).hasSize(9).allSatisfy(p ->
                assertThat(quoted.stream().filter(q -> q.contains(p))).as(p).hasSize(1));
        String entityId = entity("Vladimir Putin").get("id").asText();
        for (String opening : List.of("I think that the achievement", "How we should go forward",
                "how much Russia spends on defense", "We have no intention")) {
            JsonNode q = quote(opening);
            assertThat(q.at("/speaker/name").asText()).as(opening).isEqualTo("Vladimir Putin");
            assertThat(q.at("/speaker/entity").asText()).as(opening).isEqualTo(entityId);
        }
        assertThat(quote("I think that the achievement").get("text").asText())
                .endsWith("Now it’s up to the U.S.");
    }

    private static JsonNode entity(String name) {
        for (JsonNode e : doc.get("entities")) {
            if (e.get("name").asText().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no entity named " + name);
    }

    private static List<String> mentionTexts(JsonNode entity) {
        List<String> texts = new ArrayList<>();
        entity.get("mentions").forEach(m -> texts.add(m.get("text").asText()));
        return texts;
    }

    private static JsonNode date(String text) {
        return find("dates", text);
    }

    private static JsonNode quantity(String text) {
        return find("quantities", text);
    }

    @Test
    void reportedSpeech() {
        JsonNode threat = quote("another nuclear reduction treaty");
        assertThat(threat.get("kind").asText()).isEqualTo("indirect");
        assertThat(threat.at("/speaker/name").asText()).isEqualTo("Vladimir Putin");
        assertThat(threat.at("/speaker/text").asText()).isEqualTo("He");
    }

    /** The quote with these words: a direct quote opening with them, or a partial quote around them. */
    private static JsonNode quote(String words) {
        for (JsonNode q : doc.get("quotes")) {
            if (q.get("text").asText().contains(words)) {
                return q;
            }
        }
        throw new AssertionError("no quote with '" + words + "'");
    }

    private static JsonNode find(String layer, String text) {
        for (JsonNode f : doc.get(layer)) {
            String t = f.get("text").asText();
            if (t.equals(text)) {
                return f;
            }
        }
        throw new AssertionError("no " + layer + " fact '" + text + "'");
    }
}
