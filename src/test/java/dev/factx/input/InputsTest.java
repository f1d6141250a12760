package dev.factx.input;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.factx.facts.DocumentDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class InputsTest {
    private static final Path NEWS = Path.of("testdata/batch/news");
    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    @TempDir
    Path tmp;

    private static List<Input> read(List<String> names, InputStream stdin, ReadOptions options) {
        List<Input> all = new ArrayList<>();
        Inputs.open(names, stdin, options).forEachRemaining(all::add);
        return all;
    }

    private static List<Input> read(String... names) {
        return read(List.of(names), NO_STDIN, ReadOptions.defaults());
    }

    private static Input only(String name) {
        List<Input> inputs = read(name);
        assertThat(inputs).hasSize(1);
        return inputs.get(0);
    }

    @Test
    void plainTextTakesTheDateInItsFileNameAndTheHeadline() {
        Input input = only(NEWS.resolve("2021-03-11-ecb-rates.txt").toString());
        Document doc = input.document();
        assertThat(doc.id()).isEqualTo("2021-03-11-ecb-rates");
        assertThat(doc.source()).isEqualTo("testdata/batch/news/2021-03-11-ecb-rates.txt");
        assertThat(doc.title()).isEqualTo("ECB holds rates, speeds up bond buying");
        assertThat(doc.date()).isEqualTo(new DocumentDate(LocalDate.of(2021, 3, 11), "filename"));
        assertThat(doc.text()).startsWith("ECB holds rates").contains("Christine Lagarde");
        assertThat(input.name()).isEqualTo("2021-03-11-ecb-rates");
    }

    @Test
    void htmlGivesTheArticleTextTitleDateAndPageMetadata() {
        Document doc = only(NEWS.resolve("berlin-airport.html").toString()).document();
        assertThat(doc.id()).isEqualTo("berlin-airport");
        assertThat(doc.title()).isEqualTo("Berlin's new airport finally opens");
        assertThat(doc.date()).isEqualTo(new DocumentDate(LocalDate.of(2020, 10, 31), "metadata"));
        assertThat(doc.text()).isEqualTo("""
                Berlin's new airport finally opens

                Berlin Brandenburg Airport opened on Saturday, nine years behind schedule and about 4 billion \
                euros over budget.

                "This is a day of joy," said Engelbert Lütke Daldrup, the airport's chief executive.""");
        assertThat(doc.metadata()).containsExactly(
                Map.entry("url", "https://news.example.com/2020/10/berlin-airport"),
                Map.entry("publisher", "Example News"));
    }

    @Test
    void jsonLinesGiveOneDocumentALineWithTheirOwnIdDateAndMetadata() {
        List<Input> inputs = read(NEWS.resolve("wires.jsonl").toString());
        assertThat(inputs).extracting(Input::id).containsExactly("wire-001", "wire-002");
        assertThat(inputs).extracting(Input::source).containsExactly(
                "testdata/batch/news/wires.jsonl:1", "testdata/batch/news/wires.jsonl:2");
        Document first = inputs.get(0).document();
        assertThat(first.date()).isEqualTo(new DocumentDate(LocalDate.of(2019, 11, 20), "metadata"));
        assertThat(first.metadata()).containsExactly(Map.entry("publisher", new TextNode("Example Wire")));
        assertThat(first.text()).startsWith("Hong Kong police ended a siege");
        assertThat(inputs.get(1).name()).isEqualTo("wire-002");
    }

    @Test
    void jsonLinesFieldsCanBeRenamedAndAnUnreadableDateStaysInTheMetadata() throws IOException {
        Path file = write("dump.jsonl", """
                {"uid": 7, "published": "last Tuesday", "body": "Shares in Volkswagen fell 3 percent."}
                """);
        ReadOptions options = ReadOptions.defaults().withFields("body", "uid", "published");
        Document doc = read(List.of(file.toString()), NO_STDIN, options).get(0).document();
        assertThat(doc.id()).isEqualTo("7");
        assertThat(doc.date()).isNull();
        assertThat(doc.metadata()).containsExactly(Map.entry("published", new TextNode("last Tuesday")));
    }

    @Test
    void gzipOfAnyFormatIsReadThroughItsInnerExtension() throws IOException {
        Path gz = tmp.resolve("wires.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(NEWS.resolve("wires.jsonl")));
        }
        assertThat(read(gz.toString())).extracting(Input::id).containsExactly("wire-001", "wire-002");
    }

    @Test
    void theDateOptionWinsOverMetadataAndFileName() {
        ReadOptions options = ReadOptions.defaults().withDate(LocalDate.of(2022, 1, 1));
        List<Input> inputs = read(List.of(NEWS.toString()), NO_STDIN, options);
        assertThat(inputs).extracting(i -> i.document().date())
                .containsOnly(new DocumentDate(LocalDate.of(2022, 1, 1), "option"));
    }

    @Test
    void aDirectoryIsEveryFileUnderItSortedWithoutHiddenOnes() throws IOException {
        write("b/2.txt", "Second story.");
        write("a/1.txt", "First story.");
        write(".git/config", "not news");
        write("c.txt", "Third story.");
        List<Input> inputs = read(tmp.toString());
        assertThat(inputs).extracting(Input::name).containsExactly("a/1", "b/2", "c");
        assertThat(inputs).extracting(i -> i.document().text())
                .containsExactly("First story.", "Second story.", "Third story.");
    }

    @Test
    void aPatternMatchesAtAnyDepthAndOneMatchingNothingIsAnError() throws IOException {
        write("x.html", "<p>Top.</p>");
        write("2019/07/y.html", "<p>Deep.</p>");
        write("2019/z.txt", "Not html.");
        List<Input> inputs = read(tmp + "/**/*.html", tmp + "/**/*.pdf");
        assertThat(inputs).extracting(Input::name).containsExactly("2019/07/y", "x", "_");
        assertThat(inputs.get(2).error().type()).isEqualTo("not-found");
        assertThat(inputs.get(2).error().getMessage()).isEqualTo("no file matches this pattern");
    }

    @Test
    void stdinStreamsJsonLinesWithTheFormatGiven() {
        InputStream stdin = new ByteArrayInputStream("""
                {"id": "s1", "text": "Brazil's Senate approved the pension reform on Tuesday."}
                """.getBytes(StandardCharsets.UTF_8));
        List<Input> inputs = read(List.of("-"), stdin, ReadOptions.defaults().withFormat(InputFormat.JSONL));
        assertThat(inputs).extracting(Input::id, Input::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("s1", "-:1"));
    }

    @Test
    void aStreamOpenedElsewhereIsNamedIdentifiedAndDatedAsItsFile() {
        InputStream hdfsFile = new ByteArrayInputStream("""
                {"id": "w1", "text": "Brazil's Senate approved the pension reform on Tuesday."}
                {"text": "Chile's central bank cut rates on Wednesday."}
                not json
                """.getBytes(StandardCharsets.UTF_8));
        List<Input> inputs = new ArrayList<>();
        Inputs.openStream(hdfsFile, "hdfs://news/2019-10-23-wires.jsonl", ReadOptions.defaults())
                .forEachRemaining(inputs::add);
        assertThat(inputs).extracting(Input::id, Input::source, Input::ok).containsExactly(
                org.assertj.core.groups.Tuple.tuple("w1", "hdfs://news/2019-10-23-wires.jsonl:1", true),
                org.assertj.core.groups.Tuple.tuple("2019-10-23-wires-2", "hdfs://news/2019-10-23-wires.jsonl:2", true),
                org.assertj.core.groups.Tuple.tuple("2019-10-23-wires-3", "hdfs://news/2019-10-23-wires.jsonl:3", false));
        assertThat(inputs.get(1).document().date())
                .isEqualTo(new DocumentDate(LocalDate.of(2019, 10, 23), "filename"));
    }

    @Test
    void aListOfFilesIsReadOneALine() throws IOException, DocumentException {
        Path list = write("list.txt", NEWS.resolve("berlin-airport.html") + "\n\n"
                + NEWS.resolve("2021-03-11-ecb-rates.txt") + "\n");
        List<Input> inputs = new ArrayList<>();
        Inputs.open(Inputs.listedIn(list.toString(), NO_STDIN), NO_STDIN, ReadOptions.defaults())
                .forEachRemaining(inputs::add);
        assertThat(inputs).extracting(Input::id).containsExactly("berlin-airport", "2021-03-11-ecb-rates");
    }

    @Test
    void eachKindOfBadInputIsAnErrorInItsPlace() throws IOException {
        write("1-empty.txt", "");
        write("2-blank.txt", " \n\t\n");
        Files.write(tmp.resolve("3-binary.txt"), new byte[]{'P', 'K', 3, 4, 0, 0, 1});
        Files.write(tmp.resolve("4-latin1.txt"), "Caf\u00e9 owners protest".getBytes(StandardCharsets.ISO_8859_1));
        write("5-long.txt", "A very long report. ".repeat(10));
        Files.write(tmp.resolve("6-corrupt.txt.gz"), new byte[]{(byte) 0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        write("7-lines.jsonl", """
                {"id": "ok", "text": "Fine."}
                [1, 2]
                {"id": "nt"}
                {"id": "x", "text": "broken
                {"id": "%s", "text": "%s"}
                """.formatted("long", "x".repeat(150)));
        write("8-empty.jsonl", "\n\n");
        ReadOptions options = ReadOptions.defaults().withMaxChars(100);
        List<Input> inputs = read(List.of(tmp.toString(), tmp.resolve("9-missing.txt").toString()), NO_STDIN, options);
        assertThat(inputs).extracting(Input::source, i -> i.ok() ? "ok" : i.error().type()).containsExactly(
                tuple("1-empty.txt", "empty"), tuple("2-blank.txt", "empty"), tuple("3-binary.txt", "binary"),
                tuple("4-latin1.txt", "invalid-utf8"), tuple("5-long.txt", "too-long"),
                tuple("6-corrupt.txt.gz", "unreadable"),
                tuple("7-lines.jsonl:1", "ok"), tuple("7-lines.jsonl:2", "malformed"),
                tuple("7-lines.jsonl:3", "malformed"), tuple("7-lines.jsonl:4", "malformed"),
                tuple("7-lines.jsonl:5", "too-long"), tuple("8-empty.jsonl", "empty"),
                tuple("9-missing.txt", "not-found"));
        assertThat(inputs.get(8).error().getMessage())
                .isEqualTo("no string field \"text\"; name the field that holds the text with --text-field");
        assertThat(inputs.get(4).error().getMessage())
                .isEqualTo("longer than --max-chars 100 characters; raise --max-chars to extract it anyway");
    }

    private org.assertj.core.groups.Tuple tuple(String source, String outcome) {
        return org.assertj.core.groups.Tuple.tuple(tmp.resolve(source).toString(), outcome);
    }

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
