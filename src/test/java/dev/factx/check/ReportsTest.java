package dev.factx.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factx.output.Json;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One run with a changed snapshot, a failed rule and an unreadable document, in each format. */
class ReportsTest {
    private static final String RULES = "{\"rules\": [{\"rule\": \"quote-speaker\"},"
            + " {\"rule\": \"min-count\", \"layer\": \"entities\", \"min\": 5, \"scope\": \"corpus\"}]}";

    private static CheckReport report() throws RulesException {
        Checker checker = new Checker(RuleSet.parse(RULES));
        JsonNode strike = Docs.tree(Docs.strike());
        JsonNode changed = Docs.tree(Docs.facts("strike", LocalDate.of(2024, 3, 12), List.of(Docs.keating(2)),
                List.of(Docs.tuesday("2024-03-12")), List.of(Docs.percent("15")), List.of(Docs.quote(null))));
        checker.check("ok", "corpus/ok.txt", strike, new SnapshotOutcome(SnapshotOutcome.Status.SAME, "expected/ok.json", null, null));
        checker.check("strike", "corpus/strike.txt", changed, new SnapshotOutcome(SnapshotOutcome.Status.CHANGED,
                "expected/strike.json", Snapshots.diff(strike, changed), null));
        checker.check("gone", "corpus/gone.txt", Docs.error("gone"), null);
        return checker.finish();
    }

    @Test
    void textShowsOnlyWhatFailedWithTheDiff() throws Exception {
        String text = Reports.text(report());

        assertThat(text).doesNotContain("ok.json").contains(
                "FAIL   strike\n",
                "snapshot expected/strike.json differs: 0 added, 0 removed, 2 changed\n",
                "  ~ changed entity PERSON \"Paul Keating\"\n",
                "      count: 1 → 2\n",
                "      speaker: {\"name\":\"Paul Keating\",\"entity\":\"e1\",\"text\":\"Paul Keating\",\"start\":0,\"end\":12} → (none)\n",
                "rule quote-speaker direct: direct quote 31-50 \"We want 15 percent.\": has no speaker\n",
                "ERROR  gone: corpus/gone.txt: no such file\n",
                "FAIL   (corpus)\n",
                "rule min-count corpus entities >= 5: 2 entities, fewer than the 5 required\n");
        assertThat(text).endsWith("FAILED: 3 documents, 1 failed, 1 could not be read; 1 of 1 corpus rules failed\n");
    }

    @Test
    void jsonHasEveryDocumentAndChange() throws Exception {
        JsonNode json = Json.mapper().readTree(Reports.json(report()));

        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.at("/summary/failed").asInt()).isEqualTo(1);
        assertThat(json.get("documents")).hasSize(3);
        JsonNode strike = json.get("documents").get(1);
        assertThat(strike.at("/snapshot/status").asText()).isEqualTo("changed");
        assertThat(strike.at("/snapshot/facts/0/fields/0/field").asText()).isEqualTo("count");
        assertThat(strike.at("/snapshot/facts/0/fields/0/after").asInt()).isEqualTo(2);
        assertThat(strike.at("/rules/0/failures/0/message").asText()).isEqualTo("has no speaker");
        assertThat(json.at("/documents/2/error/type").asText()).isEqualTo("not-found");
    }

    @Test
    void junitXmlIsValidWithATestCasePerDocumentAndCheck() throws Exception {
        String xml = Reports.junit(report());
        Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        Element root = dom.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("6");
        assertThat(root.getAttribute("failures")).isEqualTo("3");
        assertThat(root.getAttribute("errors")).isEqualTo("1");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(4);
        assertThat(dom.getElementsByTagName("testcase").getLength()).isEqualTo(6);

        Element strike = (Element) suites.item(1);
        assertThat(strike.getAttribute("name")).isEqualTo("strike");
        assertThat(strike.getAttribute("tests")).isEqualTo("2");
        assertThat(strike.getAttribute("failures")).isEqualTo("2");
        Element snapshot = (Element) strike.getElementsByTagName("testcase").item(0);
        assertThat(snapshot.getAttribute("name")).isEqualTo("snapshot");
        Element failure = (Element) snapshot.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("snapshot expected/strike.json differs: 0 added, 0 removed, 2 changed");
        assertThat(failure.getTextContent()).contains("count: 1 → 2");

        Element gone = (Element) suites.item(2);
        Element error = (Element) gone.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("type")).isEqualTo("not-found");
        assertThat(((Element) suites.item(3)).getAttribute("name")).isEqualTo(Failure.CORPUS);
    }
}
