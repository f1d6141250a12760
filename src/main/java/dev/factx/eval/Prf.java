package dev.factx.eval;

/**
 * Counts behind precision, recall and F1. As in conlleval, a ratio with nothing to count is 0.
 *
 * @param gold      gold spans
 * @param predicted predicted spans
 * @param correct   matched pairs
 */
public record Prf(int gold, int predicted, int correct) {
    public Prf {
        if (correct > gold || correct > predicted || correct < 0) {
            throw new IllegalArgumentException("correct must be between 0 and min(gold, predicted), was " + correct);
        }
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Prf plus(Prf other) {
        return new Prf(gold + other.gold, predicted + other.predicted, correct + other.correct);
    }
}
