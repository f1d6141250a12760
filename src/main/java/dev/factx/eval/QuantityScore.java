package dev.factx.eval;

import java.util.List;

/**
 * Quantities: relaxed span match one to one; value and unit accuracy over matches whose gold
 * has a value or unit.
 *
 * @param negatives                documents whose gold says there is no quantity
 * @param negativesWithPredictions of those, the documents where something was predicted anyway
 */
public record QuantityScore(Prf span, Ratio value, Ratio unit, int negatives, int negativesWithPredictions,
                            List<Problem> problems) {
    public QuantityScore {
        problems = List.copyOf(problems);
    }
}
