package dev.factx.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** factx check end to end on testdata/check: its corpus, snapshots and rules. */
class CheckCommandTest {
    private static final Path CHECK = Path.of("testdata/check");
    private static final String STRIKE = "2024-03-12-port-strike";

    @TempDir
    Path dir;

    @Test
    void unchangedCorpusPasses() throws Exception {
        Path junit = dir.resolve("reports/check.xml");
        CliRun run = CliRun.of("check", "-j", "1", "--expected", CHECK.resolve("expected").toString(),
                "--rules", CHECK.resolve("rules.json").toString(), "--junit", junit.toString(),
                CHECK.resolve("corpus").toString());

        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).isEqualTo("OK: 3 documents, 0 failed; 0 of 1 corpus rules failed\n");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile()).getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo("22");
        assertThat(root.getAttribute("failures")).isEqualTo("0");
        assertThat(root.getElementsByTagName("testsuite").getLength()).isEqualTo(4);
    }

    @Test
    void changedDocumentFailsWithTheDiffAndUpdateAcceptsIt() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path expected = Files.createDirectories(dir.resolve("expected"));
        String text = Files.readString(CHECK.resolve("corpus/" + STRIKE + ".txt"));
        Files.writeString(corpus.resolve(STRIKE + ".txt"), text);
        CliRun create = CliRun.of("check", "-j", "1", "--expected", expected.toString(), "--update", corpus.toString());
        assertThat(create.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(create.stdout()).contains("snapshot " + expected.resolve(STRIKE + ".json") + " created");
        Files.writeString(corpus.resolve(STRIKE + ".txt"), text.replace("a 15 percent pay rise", "a 18 percent pay rise"));

        CliRun run = CliRun.of("check", "-j", "1", "--expected", expected.toString(), corpus.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.stdout()).isEqualTo("FAIL   " + STRIKE + "\n"
                + "         snapshot " + expected.resolve(STRIKE + ".json") + " differs: 0 added, 0 removed, 1 changed\n"
                + "           ~ changed quantity 359-369 \"18 percent\"\n"
                + "               text: \"15 percent\" → \"18 percent\"\n"
                + "               value: 15 → 18\n"
                + "FAILED: 1 document, 1 failed\n");

        CliRun update = CliRun.of("check", "-j", "1", "--expected", expected.toString(), "--update", corpus.toString());
        assertThat(update.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(update.stdout()).contains("snapshot " + expected.resolve(STRIKE + ".json") + " updated: 0 added, 0 removed, 1 changed");
        assertThat(Files.readString(expected.resolve(STRIKE + ".json"))).contains("\"text\": \"18 percent\"");
    }

    @Test
    void unreadableDocumentExits3() {
        Path missing = dir.resolve("missing.txt");
        CliRun run = CliRun.of("check", "--rules", CHECK.resolve("rules.json").toString(), missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(run.stderr()).isEqualTo("factx: " + missing + ": no such file\n");
        assertThat(run.stdout()).contains("ERROR  missing: " + missing + ": no such file\n",
                "rule no-errors: error not-found: no such file\n");
    }

    @Test
    void usageErrorsExit2() throws Exception {
        assertThat(CliRun.of("check", "a.txt").stderr()).isEqualTo("factx: give --expected DIR, --rules FILE, or both\n");
        assertThat(CliRun.of("check", "--update", "--rules", "r.json", "a.txt").exitCode()).isEqualTo(ExitCode.USAGE);
        Path none = dir.resolve("none");
        CliRun noDir = CliRun.of("check", "--expected", none.toString(), "a.txt");
        assertThat(noDir.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noDir.stderr()).isEqualTo("factx: " + none + ": no such directory; create the snapshots with --update\n");

        Path rules = Files.writeString(dir.resolve("rules.json"), "{\"rules\": [{\"rule\": \"min-count\", \"layer\": \"entities\"}]}");
        CliRun bad = CliRun.of("check", "--rules", rules.toString(), "a.txt");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.stderr()).isEqualTo("factx: " + rules + ": rules[0].min: expected a whole number of at least 0\n");
    }

    @Test
    void helpDocumentsTheRulesFormat() {
        CliRun help = CliRun.of("check", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("Usage: factx check", "--expected", "--junit", "Rules file",
                "\"rule\": \"quote-speaker\"", "Exit codes:");
    }
}
