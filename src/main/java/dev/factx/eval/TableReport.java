package dev.factx.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report as text tables for people, with the errors a developer should look at. */
public final class TableReport {
    private static final String HEADER = String.format(Locale.ROOT, "  %-24s %6s %6s %6s %6s %6s %6s%n",
            "", "P", "R", "F1", "gold", "pred", "match");

    private TableReport() {
    }

    /** @param errors how many problems of each kind to list per layer */
    public static String render(Report report, int errors) {
        StringBuilder out = new StringBuilder();
        out.append("gold: ").append(report.gold()).append(" (").append(report.documents()).append(" documents)\n");
        if (report.entities() != null) {
            out.append("\nentities (CoNLL: exact span and type)\n").append(HEADER);
            row(out, "all", report.entities().all());
            report.entities().byType().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> row(out, e.getKey(), e.getValue()));
        }
        if (report.timexes() != null) {
            TimexScore t = report.timexes();
            out.append("\ntimexes (TempEval-3)\n").append(HEADER);
            row(out, "relaxed (overlap)", t.relaxed());
            row(out, "strict (same span)", t.strict());
            accuracy(out, "value accuracy", t.value());
            accuracy(out, "type accuracy", t.type());
            out.append(String.format(Locale.ROOT, "  %-24s %6.3f%n", "value F1", t.valueF1()));
        }
        if (report.quantities() != null) {
            QuantityScore q = report.quantities();
            out.append("\nquantities (relaxed span, one to one)\n").append(HEADER);
            row(out, "span", q.span());
            accuracy(out, "value accuracy", q.value());
            accuracy(out, "unit accuracy", q.unit());
            out.append(String.format(Locale.ROOT, "  %-24s %d of %d documents%n", "negatives with predictions",
                    q.negativesWithPredictions(), q.negatives()));
        }
        if (report.quotes() != null) {
            out.append("\nquotes (Gender Gap Tracker: overlap / gold length > threshold)\n").append(HEADER);
            report.quotes().byThreshold().forEach((threshold, level) -> {
                row(out, "threshold " + threshold, level.prf());
                level.byKind().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(k -> row(out, "  " + k.getKey() + " (same kind)", k.getValue()));
                accuracy(out, "  speaker accuracy", level.speaker());
                accuracy(out, "  kind accuracy", level.kind());
            });
        }
        if (errors > 0) {
            for (Layer layer : Layer.values()) {
                problems(out, layer, Problems.firstOfEachKind(report.problems(layer), errors));
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String label, Prf prf) {
        out.append(String.format(Locale.ROOT, "  %-24s %6.3f %6.3f %6.3f %6d %6d %6d%n", label,
                prf.precision(), prf.recall(), prf.f1(), prf.gold(), prf.predicted(), prf.correct()));
    }

    private static void accuracy(StringBuilder out, String label, Ratio ratio) {
        Double f = ratio.fraction();
        out.append(String.format(Locale.ROOT, "  %-24s %6s  (%d of %d)%n", label,
                f == null ? "-" : String.format(Locale.ROOT, "%.3f", f), ratio.correct(), ratio.total()));
    }

    private static void problems(StringBuilder out, Layer layer, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        out.append("\n").append(layer.key()).append(" errors\n");
        for (Problem p : problems) {
            out.append("  ").append(p.kind()).append("  ").append(p.document()).append(" ")
                    .append(p.start()).append("..").append(p.end());
            if (p.expected() != null) {
                out.append("  gold: ").append(p.expected());
            }
            if (p.found() != null) {
                out.append("  found: ").append(p.found());
            }
            out.append("\n      ").append(p.context()).append("\n");
        }
    }
}
