package dev.factx.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factx.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input: one clear line naming the file, an error record, exit code 3, no stack trace. */
class ExtractErrorsTest {
    @TempDir
    Path dir;

    private CliRun extract(Path file) {
        return CliRun.of("extract", file.toString());
    }

    private static void assertFailure(CliRun run, Path file, String type, String message) throws Exception {
        assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(run.stderr()).isEqualTo("factx: " + file + ": " + message + System.lineSeparator());
        JsonNode record = Json.mapper().readTree(run.stdout());
        assertThat(record.at("/error/type").asText()).isEqualTo(type);
        assertThat(record.get("source").asText()).isEqualTo(file.toString());
    }

    @Test
    void missingFile() throws Exception {
        Path missing = dir.resolve("missing.txt");
        assertFailure(extract(missing), missing, "not-found", "no such file");
    }

    @Test
    void directory() throws Exception {
        assertFailure(extract(dir), dir, "not-a-file", "is a directory with no files in it (hidden ones are skipped)");
    }

    @Test
    void emptyFile() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        assertFailure(extract(empty), empty, "empty", "the file is empty");
    }

    @Test
    void binaryFile() throws Exception {
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertFailure(extract(binary), binary, "binary",
                "binary data (a NUL byte at offset 4); factx reads UTF-8 text");
    }

    @Test
    void latin1Text() throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Le pr\u00e9sident a dit.".getBytes("ISO-8859-1"));
        assertFailure(extract(latin1), latin1, "invalid-utf8",
                "not valid UTF-8 text; convert it first, e.g. iconv -f latin1 -t utf-8");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("extract", "--colour", "x.txt");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).startsWith("factx: Unknown option: '--colour'");
    }

    @Test
    void badDateAndUnknownKindAreUsageErrors() {
        assertThat(CliRun.of("extract", "--date", "2019-13-01", "x.txt").exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun kind = CliRun.of("extract", "--only", "people", "x.txt");
        assertThat(kind.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(kind.stderr()).contains("unknown fact kind 'people'; expected one of entities, dates, quantities, quotes");
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.of("extract", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("Usage: factx extract", "--only", "Examples:", "Exit codes:");

        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.stdout()).startsWith("factx ");
    }
}
