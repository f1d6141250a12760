package dev.factx.batch;

/** How a run went: documents extracted and documents that became error records. */
public record BatchResult(int ok, int failed, long tokens, double seconds) {

    public int documents() {
        return ok + failed;
    }
}
