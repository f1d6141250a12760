package dev.factx.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factx.output.Json;
import dev.factx.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A user's category lexicon labels the quantities of their own beat. */
class CategoriesOptionTest {
    @TempDir
    Path dir;

    @Test
    void aUserCategoryLabelsAnOilPrice() throws Exception {
        Fixtures.pipeline();
        Path article = Files.writeString(dir.resolve("oil.txt"), "The price of Brent crude was $70 a barrel on Monday.\n");

        CliRun run = CliRun.of("extract", "--only", "quantities", "--categories", "testdata/categories/energy.tsv",
                article.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode q = Json.mapper().readTree(run.stdout()).get("quantities").get(0);
        assertThat(q.get("text").asText()).isEqualTo("$70 a barrel");
        assertThat(q.get("per").asText()).isEqualTo("barrel");
        assertThat(q.get("category").asText()).isEqualTo("oil-price");
    }

    @Test
    void aMalformedLexiconIsAUsageErrorNamingItsLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "oil-price\n");

        CliRun run = CliRun.of("extract", "--categories", bad.toString(), "x.txt");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.stderr()).startsWith("factx: " + bad + ":1: ");
    }
}
