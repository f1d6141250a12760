package dev.factx.cli;

import dev.factx.facts.ErrorRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user sees on stderr when one document of a run fails. */
class ProgressTest {
    private static final ErrorRecord CRASH = new ErrorRecord("d7", "news/d7.txt", "internal",
            "extraction failed: java.lang.IllegalStateException: tagger crashed; please report this with the input");

    private static String stderrOf(boolean verbose) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Streams streams = new Streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        new Progress(streams, false, verbose, () -> 0, OptionalLong.empty())
                .crashed(CRASH, new IllegalStateException("tagger crashed"));
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aCrashedDocumentIsOneLineNamingItsSource() {
        assertThat(stderrOf(false)).isEqualTo("factx: news/d7.txt: extraction failed: "
                + "java.lang.IllegalStateException: tagger crashed; please report this with the input\n");
    }

    @Test
    void verboseAddsTheStackTraceToReportWithTheInput() {
        assertThat(stderrOf(true)).startsWith("factx: news/d7.txt: extraction failed: ")
                .contains("\njava.lang.IllegalStateException: tagger crashed\n\tat dev.factx.cli.ProgressTest.");
    }
}
