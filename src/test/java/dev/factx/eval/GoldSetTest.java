package dev.factx.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoldSetTest {
    static final Path ALL_LAYERS = Path.of("testdata/eval/all-layers.jsonl");

    @TempDir
    Path dir;

    @Test
    void readsEveryLayerAndKnowsWhichAreAnnotated() {
        GoldSet gold = GoldSet.read(ALL_LAYERS);

        assertThat(gold.documents()).extracting(GoldDocument::id).containsExactly("all-1", "all-2", "all-3");
        assertThat(gold.layers()).isEqualTo(EnumSet.allOf(Layer.class));
        GoldDocument first = gold.documents().get(0);
        assertThat(first.line()).isEqualTo(1);
        assertThat(first.dct()).isEqualTo(LocalDate.of(2020, 3, 4));
        assertThat(first.gold().quotes()).isNull();
        assertThat(first.gold().quantities().get(0).value()).isEqualByComparingTo(new BigDecimal("5000000"));
        GoldDocument second = gold.documents().get(1);
        assertThat(second.dct()).isNull();
        assertThat(second.gold().quotes().get(0).speaker().text()).isEqualTo("Bob Jones");
        assertThat(gold.documents().get(2).gold().quantities()).isEmpty();
        assertThat(gold.limit(1).documents()).hasSize(1);
    }

    @Test
    void notJsonNamesTheLine() throws IOException {
        Path file = write("{\"id\":\"a\",\"text\":\"x\"}\n\n{not json\n");

        assertThatThrownBy(() -> GoldSet.read(file)).isInstanceOf(GoldFormatException.class)
                .hasMessageStartingWith(file + ":3: not JSON");
    }

    @Test
    void offsetsThatDoNotMatchTheTextNameTheLineAndSpan() throws IOException {
        Path file = write("{\"id\":\"a\",\"text\":\"Friday night\",\"timexes\":[{\"start\":1,\"end\":6,\"text\":\"Friday\"}]}\n");

        assertThatThrownBy(() -> GoldSet.read(file)).isInstanceOf(GoldFormatException.class)
                .hasMessage(file + ":1: timexes[0]: offsets 1..6 give \"riday\", but text is \"Friday\"");
    }

    @Test
    void offsetsOutsideTheText() throws IOException {
        Path file = write("{\"id\":\"a\",\"text\":\"Friday\",\"timexes\":[{\"start\":3,\"end\":60}]}\n");

        assertThatThrownBy(() -> GoldSet.read(file)).hasMessageContaining(":1: timexes[0]: offsets 3..60 lie outside the text");
    }

    @Test
    void otherMistakes() throws IOException {
        assertThatThrownBy(() -> GoldSet.read(write("{\"text\":\"x\"}"))).hasMessageEndingWith(":1: \"id\" is missing");
        assertThatThrownBy(() -> GoldSet.read(write("{\"id\":\"a\",\"text\":\"x\",\"dct\":\"soon\"}")))
                .hasMessageContaining("\"dct\" must be a date");
        assertThatThrownBy(() -> GoldSet.read(write("{\"id\":\"a\",\"text\":\"x\",\"quotes\":{}}")))
                .hasMessageEndingWith(":1: \"quotes\" must be a list");
        assertThatThrownBy(() -> GoldSet.read(write("{\"id\":\"a\",\"text\":\"x\",\"quantities\":[{\"start\":0,\"end\":1,\"value\":\"5\"}]}")))
                .hasMessageContaining("\"value\" must be a number");
        assertThatThrownBy(() -> GoldSet.read(dir.resolve("missing.jsonl"))).hasMessageEndingWith("missing.jsonl: no such file");
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "gold", ".jsonl");
        Files.writeString(file, content);
        return file;
    }
}
