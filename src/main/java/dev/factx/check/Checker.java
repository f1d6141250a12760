package dev.factx.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks documents one at a time as they are extracted, keeping only results and counts, so
 * a large corpus does not stay in memory; {@link #finish} then judges the corpus rules.
 */
public final class Checker {
    private final RuleSet rules;
    private final List<DocumentResult> documents = new ArrayList<>();
    private final Map<MinCountRule, Long> totals = new LinkedHashMap<>();
    private final Set<Rule> matched = new LinkedHashSet<>();

    public Checker(RuleSet rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * @param facts    the document as {@link Snapshots#normalize} gives it: facts or an error record
     * @param snapshot how it compared with its snapshot, or null when snapshots are not checked
     */
    public DocumentResult check(String name, String source, JsonNode facts, SnapshotOutcome snapshot) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(facts, "facts");
        Doc doc = new Doc(name, facts);
        List<RuleResult> results = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            if (rule.document() != null && !doc.is(rule.document())) {
                continue;
            }
            matched.add(rule);
            if (rule.corpus() && !doc.isError()) {
                MinCountRule count = (MinCountRule) rule;
                totals.merge(count, count.count(doc), Long::sum);
            } else if (!rule.corpus() && (!doc.isError() || rule instanceof NoErrorsRule)) {
                results.add(new RuleResult(rule.name(), rule.check(doc)));
            }
        }
        DocumentResult.Error error = doc.isError() ? new DocumentResult.Error(
                facts.path("error").path("type").asText(), facts.path("error").path("message").asText()) : null;
        DocumentResult result = new DocumentResult(name, source, error, doc.isError() ? null : snapshot, results);
        documents.add(result);
        return result;
    }

    public CheckReport finish() {
        List<RuleResult> corpus = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            if (rule.document() != null && !matched.contains(rule)) {
                corpus.add(new RuleResult(rule.name(), List.of(new Failure(Failure.CORPUS, rule.name(), rule.document(),
                        "no document named '" + rule.document() + "' among the inputs"))));
            } else if (rule.corpus()) {
                MinCountRule count = (MinCountRule) rule;
                corpus.add(new RuleResult(rule.name(), count.judge(Failure.CORPUS, totals.getOrDefault(count, 0L))));
            }
        }
        return new CheckReport(documents, corpus);
    }
}
