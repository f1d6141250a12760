package dev.factx.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factx.output.Json;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job in local[2] against the command line on the same inputs: the same lines, byte for
 * byte and in the same order, error records included.
 */
class FactxSparkJobTest {
    private static final String JSONL = "src/test/resources/news-2024-03-21.jsonl";
    private static final String TEXT_DIR = "src/test/resources/text";
    private static final String SEED = "../testdata/putin-arms-control.txt";
    private static final String MISSING = "src/test/resources/no-such-article.txt";

    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("factx-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void jsonLinesGiveTheCliLinesWithItsErrorRecords() {
        JobResult result = FactxSparkJob.run(spark, JobArgs.parse(JSONL, "--partitions", "3", out("jsonl")));

        List<String> lines = sparkLines(out("jsonl"));
        assertThat(lines).containsExactlyElementsOf(CliOutput.lines(JSONL));
        assertThat(lines).hasSize(5);
        assertThat(result.documents()).isEqualTo(5);
        assertThat(result.failed()).isEqualTo(2);
        // Dates from metadata and, for the line without one, from the file name, as in the CLI.
        assertThat(field(lines.get(1), "documentDate", "from")).isEqualTo("filename");
        assertThat(field(lines.get(2), "error", "type")).isEqualTo("malformed");
    }

    @Test
    void textFilesAndDirectoriesGiveTheCliLines() {
        FactxSparkJob.run(spark, JobArgs.parse(SEED, TEXT_DIR, MISSING, out("text")));

        List<String> lines = sparkLines(out("text"));
        assertThat(lines).containsExactlyElementsOf(CliOutput.lines(SEED, TEXT_DIR, MISSING));
        assertThat(lines).extracting(line -> field(line, "id"))
                .containsExactly("putin-arms-control", "20240310-river-cleanup", "empty", "no-such-article");
    }

    @Test
    void parquetHoldsTheSameRecords() {
        FactxSparkJob.run(spark, JobArgs.parse("--format", "parquet", "--date", "2024-03-22", JSONL, out("parquet")));

        List<Row> rows = spark.read().parquet(out("parquet")).select("id", "documentDate.value", "error.type")
                .orderBy("id").collectAsList();
        assertThat(rows).extracting(row -> row.getString(0))
                .containsExactly("harbour-strike", "news-2024-03-21-3", "news-2024-03-21-4", "no-text", "rates");
        assertThat(rows).filteredOn(row -> row.isNullAt(2)).extracting(row -> row.get(1).toString())
                .containsOnly("2024-03-22");
    }

    private String out(String name) {
        return tmp.resolve(name).toString();
    }

    private static List<String> sparkLines(String dir) {
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            List<Path> parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
            return parts.stream().flatMap(FactxSparkJobTest::readLines).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> readLines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String field(String line, String... path) {
        try {
            JsonNode node = Json.mapper().readTree(line);
            for (String name : path) {
                node = node.path(name);
            }
            return node.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
