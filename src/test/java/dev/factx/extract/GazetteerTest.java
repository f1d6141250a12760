package dev.factx.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GazetteerTest {
    @TempDir
    Path dir;

    @Test
    void literalNamesMatchWholeWordsAndPatternsMatchAsRegularExpressions() {
        Gazetteer g = Gazetteer.of(List.of("New START\tTREATY", "/SS-\\d+/\tWEAPON"));

        assertThat(g.find("New START and the SS-20, not New STARTS."))
                .containsExactly(new Gazetteer.Match(0, 9, "TREATY"), new Gazetteer.Match(18, 23, "WEAPON"));
    }

    @Test
    void aMalformedLineIsReportedWithItsFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("weapons.tsv"), "# weapons\n9M729\tWEAPON\nSSC-8 WEAPON\n");

        assertThatThrownBy(() -> Gazetteer.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ":3: expected 'name<TAB>TYPE', got 'SSC-8 WEAPON'");
    }
}
