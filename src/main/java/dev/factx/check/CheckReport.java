package dev.factx.check;

import java.util.List;

/**
 * The outcome of a check run.
 *
 * @param corpus rules checked once on the whole corpus, and rules about a document that was
 *               not among the inputs
 */
public record CheckReport(List<DocumentResult> documents, List<RuleResult> corpus) {

    public CheckReport {
        documents = List.copyOf(documents);
        corpus = List.copyOf(corpus);
    }

    /** Documents that could not be read or extracted. */
    public long unreadable() {
        return documents.stream().filter(d -> d.error() != null).count();
    }

    /** Documents that were extracted but failed a check. */
    public long failed() {
        return documents.stream().filter(d -> d.error() == null && !d.ok()).count();
    }

    public long failedCorpusRules() {
        return corpus.stream().filter(r -> !r.ok()).count();
    }

    public boolean ok() {
        return unreadable() == 0 && failed() == 0 && failedCorpusRules() == 0;
    }
}
