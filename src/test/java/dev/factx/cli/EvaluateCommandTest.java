package dev.factx.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factx.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "factx evaluate" as a user runs it. Only the end-to-end tests load NLP, and only the small
 * dates pipeline: the tiny gold annotates timexes alone.
 */
class EvaluateCommandTest {
    private static final String DATES = "testdata/eval/dates.jsonl";
    private static final String ALL_LAYERS = "testdata/eval/all-layers.jsonl";

    @TempDir
    Path dir;

    @Test
    void notJsonIsAClearErrorNamingTheLine() throws Exception {
        Path gold = dir.resolve("bad.jsonl");
        Files.writeString(gold, "{\"id\":\"a\",\"text\":\"x\"}\n[oops\n");

        CliRun run = CliRun.of("evaluate", "--gold", gold.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.stderr()).startsWith("factx: " + gold + ":2: not JSON");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void offsetsThatDoNotMatchTheTextNameTheLine() throws Exception {
        Path gold = dir.resolve("offsets.jsonl");
        Files.writeString(gold, "{\"id\":\"a\",\"text\":\"On Friday\",\"timexes\":[{\"start\":0,\"end\":2,\"text\":\"Friday\"}]}\n");

        CliRun run = CliRun.of("evaluate", "--gold", gold.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.stderr()).isEqualTo("factx: " + gold + ":1: timexes[0]: offsets 0..2 give \"On\", but text is \"Friday\""
                + System.lineSeparator());
    }

    @Test
    void unknownMetricsAndLayersAreUsageErrorsBeforeAnyExtraction() {
        CliRun metric = CliRun.of("evaluate", "--gold", DATES, "--min", "timexes.accuracy=0.5");
        CliRun layer = CliRun.of("evaluate", "--gold", DATES, "--only", "quotes");
        CliRun badLayer = CliRun.of("evaluate", "--gold", DATES, "--only", "people");

        assertThat(metric.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(metric.stderr()).contains("--min timexes.accuracy: no such metric").contains("timexes.valueF1");
        assertThat(layer.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(layer.stderr()).contains("annotates none of the layers asked for");
        assertThat(badLayer.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badLayer.stderr()).contains("unknown layer 'people'");
    }

    @Test
    void missingGoldFile() {
        CliRun run = CliRun.of("evaluate", "--gold", dir.resolve("none.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.stderr()).endsWith("none.jsonl: no such file" + System.lineSeparator());
    }

    @Test
    void scoresFactxAsJsonAndGates() throws Exception {
        // One run (models load once): "Friday" is a date factx finds; "blue" is gold only, a known miss.
        CliRun run = CliRun.of("evaluate", "--gold", DATES, "--format", "json", "-j", "1", "--errors", "3",
                "--min", "timexes.relaxed.recall=0.5", "--min", "timexes.relaxed.recall=0.9");

        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.stderr()).isEqualTo("factx: gate failed: timexes.relaxed.recall = 0.5 is below the required 0.9"
                + System.lineSeparator());
        JsonNode json = Json.mapper().readTree(run.stdout());
        assertThat(json.get("documents").asInt()).isEqualTo(1);
        assertThat(json.at("/layers/timexes/relaxed/recall").asDouble()).isEqualTo(0.5);
        assertThat(json.at("/layers").has("entities")).isFalse();
        assertThat(json.at("/errors/timexes/0/kind").asText()).isEqualTo("false-negative");
        assertThat(json.at("/errors/timexes/0/text").asText()).isEqualTo("blue");
    }

    @Test
    void limitScoresTheFirstDocuments() {
        CliRun run = CliRun.of("evaluate", "--gold", ALL_LAYERS, "--only", "timexes", "--limit", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.stderr()).contains("annotates none of the layers asked for");
    }
}
