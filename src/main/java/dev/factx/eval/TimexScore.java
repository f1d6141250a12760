package dev.factx.eval;

import java.util.List;

/** Timexes scored as in TempEval-3 Task A; value and type accuracy are over relaxed matches. */
public record TimexScore(Prf relaxed, Prf strict, Ratio value, Ratio type, List<Problem> problems) {
    public TimexScore {
        problems = List.copyOf(problems);
    }

    /** TempEval-3's value F1: relaxed F1 times value accuracy (0 when nothing matched). */
    public double valueF1() {
        Double accuracy = value.fraction();
        return accuracy == null ? 0 : relaxed.f1() * accuracy;
    }
}
