package dev.factx.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * A number with its unit: a single value, or a range with min and max.
 *
 * @param kind      money, percent, length, mass, area, volume, speed, duration, energy,
 *                  temperature, information or count
 * @param unit      ISO 4217 code for money (a currency without one by its name: cent, franc), a
 *                  unit symbol otherwise, the counted noun for counts
 * @param qualifier approximate, more-than, less-than, at-least, at-most, or null ("thousands of"
 *                  is at-least its lower bound)
 * @param si        the value in SI units, where the kind has them
 * @param measures  the noun the quantity measures (range, budget, spending), or null
 * @param of        whose it is (Russia, the missiles), or null
 * @param category  a lexicon category (missile-range, defence-budget...), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quantity(String text, int start, int end, String kind, String unit, BigDecimal value,
                       BigDecimal min, BigDecimal max, String qualifier, String per, Si si,
                       String measures, String of, String category) implements Span {

    /** The same amount in SI units. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Si(String unit, BigDecimal value, BigDecimal min, BigDecimal max) {
    }

    @JsonIgnore
    public boolean isRange() {
        return min != null && max != null;
    }
}
