package dev.factx.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factx.output.Json;

import java.util.List;
import java.util.Locale;

/** The report for machines: every document, every rule, every change. */
final class JsonReport {
    private JsonReport() {
    }

    static String render(CheckReport report) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("ok", report.ok());
        ObjectNode summary = root.putObject("summary");
        summary.put("documents", report.documents().size());
        summary.put("failed", report.failed());
        summary.put("unreadable", report.unreadable());
        summary.put("corpusRules", report.corpus().size());
        summary.put("corpusRulesFailed", report.failedCorpusRules());
        ArrayNode documents = root.putArray("documents");
        report.documents().forEach(doc -> documents.add(document(doc)));
        rules(report.corpus(), root.putArray("corpus"));
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the report", e);
        }
    }

    private static ObjectNode document(DocumentResult doc) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("name", doc.name());
        node.put("source", doc.source());
        node.put("ok", doc.ok());
        if (doc.error() != null) {
            node.putObject("error").put("type", doc.error().type()).put("message", doc.error().message());
        }
        if (doc.snapshot() != null) {
            snapshot(doc.snapshot(), node.putObject("snapshot"));
        }
        rules(doc.rules(), node.putArray("rules"));
        return node;
    }

    private static void snapshot(SnapshotOutcome snapshot, ObjectNode node) {
        node.put("status", snapshot.status().name().toLowerCase(Locale.ROOT));
        node.put("file", snapshot.file());
        if (snapshot.problem() != null) {
            node.put("problem", snapshot.problem());
        }
        if (snapshot.diff() == null) {
            return;
        }
        fields(snapshot.diff().document(), node.putArray("document"));
        ArrayNode facts = node.putArray("facts");
        for (FactChange change : snapshot.diff().facts()) {
            ObjectNode fact = facts.addObject();
            fact.put("change", change.kind().name().toLowerCase(Locale.ROOT));
            fact.put("layer", change.layer());
            fact.put("key", change.key());
            fact.set("before", change.before());
            fact.set("after", change.after());
            if (change.kind() == FactChange.Kind.CHANGED) {
                fields(change.fields(), fact.putArray("fields"));
            }
        }
    }

    private static void fields(List<FieldChange> changes, ArrayNode out) {
        for (FieldChange change : changes) {
            ObjectNode field = out.addObject();
            field.put("field", change.field());
            field.set("before", change.before());
            field.set("after", change.after());
        }
    }

    private static void rules(List<RuleResult> results, ArrayNode out) {
        for (RuleResult result : results) {
            ObjectNode rule = out.addObject();
            rule.put("rule", result.rule());
            rule.put("ok", result.ok());
            ArrayNode failures = rule.putArray("failures");
            for (Failure failure : result.failures()) {
                failures.addObject().put("document", failure.document()).put("fact", failure.fact())
                        .put("message", failure.message());
            }
        }
    }
}
