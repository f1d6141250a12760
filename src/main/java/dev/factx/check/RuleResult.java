package dev.factx.check;

import java.util.List;

/** A rule checked on one document or on the corpus: it held when there are no failures. */
public record RuleResult(String rule, List<Failure> failures) {

    public RuleResult {
        failures = List.copyOf(failures);
    }

    public boolean ok() {
        return failures.isEmpty();
    }
}
