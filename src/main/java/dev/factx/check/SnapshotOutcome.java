package dev.factx.check;

/**
 * How a document compared with its stored snapshot.
 *
 * @param file    the snapshot file
 * @param diff    what changed (CHANGED, UPDATED), or null
 * @param problem why the snapshot could not be read or written (PROBLEM), or null
 */
public record SnapshotOutcome(Status status, String file, SnapshotDiff diff, String problem) {

    public enum Status {
        /** The facts equal the snapshot. */
        SAME,
        /** The facts differ from the snapshot. */
        CHANGED,
        /** There is no snapshot yet. */
        MISSING,
        /** The snapshot could not be read or written. */
        PROBLEM,
        /** --update wrote a first snapshot. */
        CREATED,
        /** --update rewrote a snapshot that differed. */
        UPDATED
    }

    public boolean ok() {
        return status == Status.SAME || status == Status.CREATED || status == Status.UPDATED;
    }
}
