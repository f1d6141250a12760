package dev.factx.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factx.facts.Quote;
import dev.factx.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Snapshot diffs: by identity key, field by field, ignoring volatile fields. */
class SnapshotsTest {
    @TempDir
    Path dir;

    @Test
    void sameFactsHaveNoDiff() {
        assertThat(Snapshots.diff(Docs.tree(Docs.strike()), Docs.tree(Docs.strike())).isEmpty()).isTrue();
    }

    @Test
    void volatileFieldsAreIgnored() {
        ObjectNode elsewhere = (ObjectNode) Json.mapper().valueToTree(Docs.strike());
        elsewhere.put("source", "/ci/checkout/corpus/strike.txt").put("version", "9.9").putObject("timings").put("ms", 5);

        assertThat(Snapshots.diff(Docs.tree(Docs.strike()), Snapshots.withoutVolatile(elsewhere)).isEmpty()).isTrue();
        assertThat(Docs.tree(Docs.strike()).has("source")).isFalse();
    }

    @Test
    void oneChangedValueIsOneChangeNamingTheField() {
        JsonNode before = Docs.tree(Docs.strike());
        JsonNode after = Docs.tree(Docs.facts("strike", LocalDate.of(2024, 3, 12), List.of(Docs.keating(1)),
                List.of(Docs.tuesday("2024-03-19")), List.of(Docs.percent("15")), List.of(Docs.quote(null))));

        SnapshotDiff diff = Snapshots.diff(before, after);

        assertThat(diff.summary()).isEqualTo("0 added, 0 removed, 2 changed");
        FactChange date = diff.facts().get(0);
        assertThat(date.layer()).isEqualTo("dates");
        assertThat(date.description()).isEqualTo("date 21-28 \"Tuesday\"");
        assertThat(date.fields()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("value");
            assertThat(f.before().asText()).isEqualTo("2024-03-12");
            assertThat(f.after().asText()).isEqualTo("2024-03-19");
        });
        assertThat(diff.facts().get(1).fields()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("speaker");
            assertThat(f.after()).isNull();
        });
    }

    @Test
    void factsWithNewKeysAreAddedAndRemoved() {
        JsonNode before = Docs.tree(Docs.strike());
        JsonNode after = Docs.tree(Docs.facts("strike", LocalDate.of(2024, 3, 12), List.of(), List.of(Docs.tuesday("2024-03-12")),
                List.of(Docs.percent("15")), List.of(Docs.quote(Docs.speaker()),
                        new Quote("The union agreed.", 52, 69, "indirect", null, null))));

        SnapshotDiff diff = Snapshots.diff(before, after);

        assertThat(diff.facts()).extracting(FactChange::kind, FactChange::description).containsExactly(
                tuple(FactChange.Kind.REMOVED, "entity PERSON \"Paul Keating\""),
                tuple(FactChange.Kind.ADDED, "indirect quote 52-69 \"The union agreed.\""));
    }

    @Test
    void documentFieldsAreComparedToo() {
        JsonNode undated = Docs.tree(Docs.facts("strike", null, List.of(Docs.keating(1)), List.of(Docs.tuesday("2024-03-12")),
                List.of(Docs.percent("15")), List.of(Docs.quote(Docs.speaker()))));

        assertThat(Snapshots.diff(Docs.tree(Docs.strike()), undated).document())
                .extracting(FieldChange::field).containsExactly("documentDate");
    }

    @Test
    void storeCreatesComparesAndUpdatesStableFiles() throws Exception {
        JsonNode strike = Docs.tree(Docs.strike());
        assertThat(new SnapshotStore(dir, false).check("a/strike", strike).status()).isEqualTo(SnapshotOutcome.Status.MISSING);
        assertThat(new SnapshotStore(dir, true).check("a/strike", strike).status()).isEqualTo(SnapshotOutcome.Status.CREATED);
        String written = Files.readString(dir.resolve("a/strike.json"));
        assertThat(written).endsWith("}\n").doesNotContain("\r").contains("  \"id\": \"strike\",\n");
        assertThat(new SnapshotStore(dir, false).check("a/strike", strike).status()).isEqualTo(SnapshotOutcome.Status.SAME);

        JsonNode more = Docs.tree(Docs.facts("strike", LocalDate.of(2024, 3, 12), List.of(Docs.keating(2)),
                List.of(Docs.tuesday("2024-03-12")), List.of(Docs.percent("15")), List.of(Docs.quote(Docs.speaker()))));
        SnapshotOutcome changed = new SnapshotStore(dir, false).check("a/strike", more);
        assertThat(changed.status()).isEqualTo(SnapshotOutcome.Status.CHANGED);
        assertThat(changed.diff().facts().get(0).fields()).extracting(FieldChange::field).containsExactly("count");
        assertThat(new SnapshotStore(dir, true).check("a/strike", more).status()).isEqualTo(SnapshotOutcome.Status.UPDATED);
        assertThat(new SnapshotStore(dir, false).check("a/strike", more).status()).isEqualTo(SnapshotOutcome.Status.SAME);
    }

    @Test
    void brokenSnapshotIsAProblemNamingTheFix() throws Exception {
        Files.writeString(dir.resolve("strike.json"), "{\"id\": ");
        SnapshotOutcome outcome = new SnapshotStore(dir, false).check("strike", Docs.tree(Docs.strike()));
        assertThat(outcome.status()).isEqualTo(SnapshotOutcome.Status.PROBLEM);
        assertThat(outcome.problem()).startsWith("not valid JSON").endsWith("rerun with --update to replace it");
    }
}
