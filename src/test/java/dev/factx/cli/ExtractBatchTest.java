package dev.factx.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factx.output.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** factx extract over folders, JSON Lines and stdin: order, error records, exit codes, resume. */
class ExtractBatchTest {
    private static final Path NEWS = Path.of("testdata/batch/news");
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;
    private Path corpus;

    @BeforeEach
    void copyNews() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        try (var files = Files.list(NEWS)) {
            for (Path file : files.toList()) {
                Files.copy(file, corpus.resolve(file.getFileName()));
            }
        }
    }

    private static List<JsonNode> records(String jsonLines) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : jsonLines.split("\n")) {
            records.add(Json.mapper().readTree(line));
        }
        return records;
    }

    private String error(String file, String type, String message) {
        String id = file.replaceAll("\\..*", "");
        return "{\"schema\":\"factx/1\",\"id\":\"" + id + "\",\"source\":\"" + corpus.resolve(file)
                + "\",\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}";
    }

    @Test
    void aFolderOfGoodAndBadFilesGivesErrorRecordsInPlaceAndExitCode3() throws IOException {
        Files.writeString(corpus.resolve("a-empty.txt"), "");
        Files.write(corpus.resolve("b-scan.txt"), new byte[]{'%', 'P', 'D', 'F', 0, 1});
        Files.write(corpus.resolve("c-latin1.txt"), "Caf\u00e9 owners protest".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(corpus.resolve("d-long.txt"), "Markets fell sharply. ".repeat(50));

        CliRun run = CliRun.of("extract", "-j", "2", "--max-chars", "1000", corpus.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_FAILED);
        String[] lines = run.stdout().split("\n");
        assertThat(lines).hasSize(8);
        assertThat(lines[1]).isEqualTo(error("a-empty.txt", "empty", "the file is empty"));
        assertThat(lines[2]).isEqualTo(error("b-scan.txt", "binary",
                "binary data (a NUL byte at offset 4); factx reads UTF-8 text"));
        assertThat(lines[4]).isEqualTo(error("c-latin1.txt", "invalid-utf8",
                "not valid UTF-8 text; convert it first, e.g. iconv -f latin1 -t utf-8"));
        assertThat(lines[5]).isEqualTo(error("d-long.txt", "too-long",
                "longer than --max-chars 1000 characters; raise --max-chars to extract it anyway"));
        List<JsonNode> records = records(run.stdout());
        assertThat(records).extracting(r -> r.get("id").asText()).containsExactly("2021-03-11-ecb-rates",
                "a-empty", "b-scan", "berlin-airport", "c-latin1", "d-long", "wire-001", "wire-002");
        assertThat(records.get(0).get("documentDate").toString()).isEqualTo("{\"value\":\"2021-03-11\",\"from\":\"filename\"}");
        assertThat(records.get(3).get("documentDate").toString()).isEqualTo("{\"value\":\"2020-10-31\",\"from\":\"metadata\"}");
        assertThat(records.get(3).get("title").asText()).isEqualTo("Berlin's new airport finally opens");
        assertThat(records.get(6).get("source").asText()).isEqualTo(corpus.resolve("wires.jsonl") + ":1");
        assertThat(records.get(6).get("metadata").toString()).isEqualTo("{\"publisher\":\"Example Wire\"}");
        assertThat(records.get(7).at("/quantities/0/text").asText()).isEqualTo("2 percent");
        assertThat(run.stderr()).startsWith("factx: " + corpus.resolve("a-empty.txt") + ": the file is empty" + NL
                + "factx: " + corpus.resolve("b-scan.txt") + ": binary data (a NUL byte at offset 4); factx reads UTF-8 text" + NL
                + "factx: " + corpus.resolve("c-latin1.txt") + ": not valid UTF-8 text; convert it first, e.g. iconv -f latin1 -t utf-8" + NL
                + "factx: " + corpus.resolve("d-long.txt") + ": longer than --max-chars 1000 characters; raise --max-chars to extract it anyway" + NL
                + "factx: 8 documents: 4 ok, 4 failed; ");
    }

    @Test
    void outputIsByteIdenticalFromRunToRunUnderFourThreads() {
        CliRun first = CliRun.of("extract", "-j", "4", corpus.toString());
        CliRun second = CliRun.of("extract", "-j", "1", "--quiet", corpus.toString());

        assertThat(first.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(second.stdout()).isEqualTo(first.stdout());
        assertThat(second.stderr()).isEmpty();
    }

    @Test
    void failFastStopsAtTheFirstFailure() throws IOException {
        Files.writeString(corpus.resolve("a-empty.txt"), "");

        CliRun run = CliRun.of("extract", "--fail-fast", "--quiet", corpus.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(run.stdout().split("\n")).hasSize(2);
        assertThat(run.stdout()).endsWith(error("a-empty.txt", "empty", "the file is empty") + "\n");
    }

    @Test
    void stdinJsonLinesWithRenamedFields() throws IOException {
        String stdin = "{\"guid\":\"k1\",\"published\":\"Mon, 2 Mar 2020 08:00:00 GMT\",\"section\":\"world\","
                + "\"body\":\"Israel held its third election in a year on Monday.\"}\n";

        CliRun run = CliRun.withStdin(stdin, "extract", "--input-format", "jsonl", "--text-field", "body",
                "--id-field", "guid", "--date-field", "published", "--only", "dates", "-");

        JsonNode record = records(run.stdout()).get(0);
        assertThat(record.get("id").asText()).isEqualTo("k1");
        assertThat(record.get("source").asText()).isEqualTo("-:1");
        assertThat(record.get("metadata").toString()).isEqualTo("{\"section\":\"world\"}");
        assertThat(record.get("documentDate").toString()).isEqualTo("{\"value\":\"2020-03-02\",\"from\":\"metadata\"}");
        assertThat(record.at("/stats/characters").asInt()).isEqualTo(51);
    }

    @Test
    void gzipOutputByItsName() throws IOException {
        Path out = dir.resolve("facts/all.jsonl.gz");

        CliRun run = CliRun.of("extract", "--only", "dates", "-o", out.toString(), corpus.resolve("wires.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.stdout()).isEmpty();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            assertThat(records(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                    .extracting(r -> r.get("id").asText()).containsExactly("wire-001", "wire-002");
        }
    }

    @Test
    void anOutputDirectoryRunResumesWhereItStopped() throws IOException {
        Path out = dir.resolve("out");
        Files.writeString(corpus.resolve("a-empty.txt"), "");
        CliRun first = CliRun.of("extract", "--only", "dates", "--output-dir", out.toString(), corpus.toString());
        assertThat(first.exitCode()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(Files.readString(out.resolve("a-empty.json"))).contains("\"type\" : \"empty\"");
        Files.delete(out.resolve("wire-002.json"));
        Files.writeString(corpus.resolve("a-empty.txt"), "Fiji declared a state of emergency on Friday.");

        CliRun resumed = CliRun.of("extract", "--only", "dates", "--output-dir", out.toString(), "--skip-existing",
                corpus.toString());

        assertThat(resumed.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(resumed.stderr()).startsWith("factx: 2 documents: 2 ok, 0 failed, 3 skipped (done before); ");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "2021-03-11-ecb-rates.json", "a-empty.json", "berlin-airport.json", "wire-001.json", "wire-002.json");
        }
        assertThat(Json.mapper().readTree(out.resolve("a-empty.json").toFile()).at("/dates/0/text").asText())
                .isEqualTo("Friday");
    }

    @Test
    void conflictingOutputOptionsAreUsageErrors() {
        CliRun both = CliRun.of("extract", "-o", "x.jsonl", "--output-dir", "out", "a.txt");
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(both.stderr()).isEqualTo("factx: -o and --output-dir exclude each other: name one" + NL);
        CliRun skip = CliRun.of("extract", "--skip-existing", "a.txt");
        assertThat(skip.exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun list = CliRun.of("extract", "--files-from", dir.resolve("missing.list").toString());
        assertThat(list.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(list.stderr()).isEqualTo("factx: " + dir.resolve("missing.list") + ": no such file" + NL);
    }
}
