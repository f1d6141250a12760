package dev.factx.eval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CoreNLP's normalized MONEY, PERCENT and NUMBER values ("$7.5E7", "%27.0", ">1000.0",
 * "10.0-20.0", "$5.0-$10.0") as quantities, for the baseline.
 */
final class NormalizedNumbers {
    private static final Map<String, String> KINDS = Map.of("MONEY", "money", "PERCENT", "percent", "NUMBER", "other");
    private static final Map<String, String> CURRENCIES = Map.of("$", "USD", "£", "GBP", "€", "EUR", "¥", "JPY");
    private static final String NUMBER = "-?\\d+(?:\\.\\d+)?(?:E-?\\d+)?";
    private static final Pattern NORMALIZED = Pattern.compile(
            "[<>~=]*([^\\d\\-]*)(" + NUMBER + ")(?:-[^\\d\\-]*(" + NUMBER + "))?");

    private NormalizedNumbers() {
    }

    /** The mention's number, or both ends of its range; nothing when it is no number or unreadable. */
    static List<QuantitySpan> read(int start, int end, String text, String tag, String normalized) {
        String kind = KINDS.get(tag);
        if (kind == null || normalized == null) {
            return List.of();
        }
        Matcher m = NORMALIZED.matcher(normalized.trim());
        if (!m.matches()) {
            return List.of();
        }
        String unit = switch (kind) {
            case "money" -> CURRENCIES.get(m.group(1).trim());
            case "percent" -> "%";
            default -> null;
        };
        QuantitySpan first = new QuantitySpan(start, end, text, kind, new BigDecimal(m.group(2)), unit);
        return m.group(3) == null ? List.of(first)
                : List.of(first, new QuantitySpan(start, end, text, kind, new BigDecimal(m.group(3)), unit));
    }
}
