package dev.factx.eval;

import java.util.List;
import java.util.Map;

/** Entities scored CoNLL-style: exact span and type, micro-averaged, and per gold type. */
public record EntityScore(Prf all, Map<String, Prf> byType, List<Problem> problems) {
    public EntityScore {
        byType = Map.copyOf(byType);
        problems = List.copyOf(problems);
    }
}
