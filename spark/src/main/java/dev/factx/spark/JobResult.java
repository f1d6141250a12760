package dev.factx.spark;

/** How a run went: documents written, how many of them are error records, and how long it took. */
public record JobResult(long documents, long failed, int partitions, double seconds) {

    public String summary(String output) {
        return String.format("factx-spark: %d documents (%d failed) in %d partitions, %.1f s (%.2f documents/s), "
                + "written to %s", documents, failed, partitions, seconds, documents / Math.max(seconds, 1e-9), output);
    }
}
