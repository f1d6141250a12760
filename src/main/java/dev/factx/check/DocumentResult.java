package dev.factx.check;

import java.util.List;

/**
 * Everything checked on one document.
 *
 * @param name     the document's name in the run (its snapshot's name)
 * @param error    why the document could not be read or extracted, or null
 * @param snapshot how it compared with its snapshot, or null when snapshots are not checked
 * @param rules    each per-document rule that applies to it
 */
public record DocumentResult(String name, String source, Error error, SnapshotOutcome snapshot,
                             List<RuleResult> rules) {

    /** An error record's type (not-found, binary...) and message. */
    public record Error(String type, String message) {
    }

    public DocumentResult {
        rules = List.copyOf(rules);
    }

    /** Whether every check on it held; a document that could not be read never passes. */
    public boolean ok() {
        return error == null && (snapshot == null || snapshot.ok()) && rules.stream().allMatch(RuleResult::ok);
    }
}
