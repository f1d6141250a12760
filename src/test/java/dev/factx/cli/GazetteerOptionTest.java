package dev.factx.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factx.output.Json;
import dev.factx.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A user's gazetteer adds the weapon systems of arms-control news to the seed article's entities. */
class GazetteerOptionTest {
    @TempDir
    Path dir;

    @Test
    void weaponSystemsFromTheGazetteerAreEntities() throws Exception {
        Fixtures.pipeline();
        CliRun run = CliRun.of("extract", "--only", "entities", "--gazetteer", "testdata/gazetteers/arms-control.tsv",
                Fixtures.SEED.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode doc = Json.mapper().readTree(run.stdout());
        List<String> weapons = new ArrayList<>();
        doc.get("entities").forEach(e -> {
            if (e.get("type").asText().equals("WEAPON")) {
                e.get("mentions").forEach(m -> weapons.add(m.get("text").asText()));
            }
        });
        assertThat(weapons).containsExactly("9M729", "SSC-8");
    }

    @Test
    void aMalformedGazetteerIsAUsageErrorNamingItsLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "9M729 WEAPON\n");

        CliRun run = CliRun.of("extract", "--gazetteer", bad.toString(), Fixtures.SEED.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.stderr()).isEqualTo("factx: " + bad + ":1: expected 'name<TAB>TYPE', got '9M729 WEAPON'"
                + System.lineSeparator());
    }
}
