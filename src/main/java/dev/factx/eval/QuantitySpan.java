package dev.factx.eval;

import java.math.BigDecimal;

/**
 * One number with its unit, gold or predicted.
 *
 * @param kind  money, percent, length..., or null when unannotated
 * @param value the number in {@code unit}, or null when unannotated
 * @param unit  ISO 4217 code or unit symbol, or null when unannotated
 */
public record QuantitySpan(int start, int end, String text, String kind, BigDecimal value, String unit)
        implements Located {
}
