package dev.factx.check;

import java.util.List;

/**
 * How a document's facts differ from its snapshot.
 *
 * @param document changes to the document's own fields (date, title, stats), not to facts
 * @param facts    facts added, removed or changed, layer by layer
 */
public record SnapshotDiff(List<FieldChange> document, List<FactChange> facts) {

    public SnapshotDiff {
        document = List.copyOf(document);
        facts = List.copyOf(facts);
    }

    public boolean isEmpty() {
        return document.isEmpty() && facts.isEmpty();
    }

    public long count(FactChange.Kind kind) {
        return facts.stream().filter(f -> f.kind() == kind).count();
    }

    /** "2 added, 1 removed, 3 changed, document fields changed". */
    public String summary() {
        String counts = count(FactChange.Kind.ADDED) + " added, " + count(FactChange.Kind.REMOVED) + " removed, "
                + count(FactChange.Kind.CHANGED) + " changed";
        return document.isEmpty() ? counts : counts + ", " + document.size() + " document field(s) changed";
    }
}
