package dev.factx.check;

import java.util.ArrayList;
import java.util.List;

/** The summary a person reads in a CI log: only what failed or changed, then the totals. */
final class TextReport {
    private TextReport() {
    }

    static String render(CheckReport report) {
        StringBuilder out = new StringBuilder();
        for (DocumentResult doc : report.documents()) {
            document(doc, out);
        }
        if (report.failedCorpusRules() > 0) {
            out.append("FAIL   ").append(Failure.CORPUS).append('\n');
            report.corpus().forEach(rule -> failures(rule, out));
        }
        out.append(report.ok() ? "OK: " : "FAILED: ").append(totals(report)).append('\n');
        return out.toString();
    }

    private static void document(DocumentResult doc, StringBuilder out) {
        if (doc.error() != null) {
            out.append("ERROR  ").append(doc.name()).append(": ").append(doc.source()).append(": ")
                    .append(doc.error().message()).append('\n');
            doc.rules().stream().filter(r -> !r.ok()).forEach(r -> failures(r, out));
            return;
        }
        SnapshotOutcome snapshot = doc.snapshot();
        boolean written = snapshot != null && (snapshot.status() == SnapshotOutcome.Status.CREATED
                || snapshot.status() == SnapshotOutcome.Status.UPDATED);
        if (doc.ok() && !written) {
            return;
        }
        out.append(doc.ok() ? "ok     " : "FAIL   ").append(doc.name()).append('\n');
        if (snapshot != null && (!snapshot.ok() || written)) {
            snapshot(snapshot, out);
        }
        for (RuleResult rule : doc.rules()) {
            if (!rule.ok()) {
                failures(rule, out);
            }
        }
    }

    static List<String> snapshotLines(SnapshotOutcome snapshot) {
        List<String> lines = new ArrayList<>();
        String file = snapshot.file();
        switch (snapshot.status()) {
            case MISSING -> lines.add("snapshot " + file + " does not exist; run with --update to create it");
            case PROBLEM -> lines.add("snapshot " + file + ": " + snapshot.problem());
            case CREATED -> lines.add("snapshot " + file + " created");
            case SAME -> lines.add("snapshot " + file + " unchanged");
            case CHANGED, UPDATED -> {
                lines.add("snapshot " + file + (snapshot.status() == SnapshotOutcome.Status.UPDATED ? " updated: " : " differs: ")
                        + (snapshot.diff() == null ? "not valid JSON before" : snapshot.diff().summary()));
                if (snapshot.diff() != null) {
                    diff(snapshot.diff(), lines);
                }
            }
        }
        return lines;
    }

    private static void diff(SnapshotDiff diff, List<String> lines) {
        for (FieldChange field : diff.document()) {
            Values.change(field).forEach(line -> lines.add("  ~ document " + line));
        }
        for (FactChange fact : diff.facts()) {
            switch (fact.kind()) {
                case ADDED -> lines.add("  + added " + fact.description());
                case REMOVED -> lines.add("  - removed " + fact.description());
                case CHANGED -> {
                    lines.add("  ~ changed " + fact.description());
                    fact.fields().forEach(field -> Values.change(field).forEach(line -> lines.add("      " + line)));
                }
            }
        }
    }

    private static void snapshot(SnapshotOutcome snapshot, StringBuilder out) {
        snapshotLines(snapshot).forEach(line -> out.append("         ").append(line).append('\n'));
    }

    static String failureLine(Failure failure) {
        return failure.fact().equals(Failure.NO_FACT) ? failure.message() : failure.fact() + ": " + failure.message();
    }

    private static void failures(RuleResult rule, StringBuilder out) {
        for (Failure failure : rule.failures()) {
            out.append("         rule ").append(rule.rule()).append(": ").append(failureLine(failure)).append('\n');
        }
    }

    private static String totals(CheckReport report) {
        long documents = report.documents().size();
        String text = documents + " document" + (documents == 1 ? "" : "s") + ", " + report.failed() + " failed";
        if (report.unreadable() > 0) {
            text += ", " + report.unreadable() + " could not be read";
        }
        if (!report.corpus().isEmpty()) {
            text += "; " + report.failedCorpusRules() + " of " + report.corpus().size() + " corpus rules failed";
        }
        return text;
    }
}
