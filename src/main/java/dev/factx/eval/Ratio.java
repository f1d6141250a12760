package dev.factx.eval;

/** An accuracy over the pairs that could be judged: {@code correct} of {@code total}. */
public record Ratio(int correct, int total) {
    public static final Ratio NONE = new Ratio(0, 0);

    public Ratio {
        if (correct < 0 || correct > total) {
            throw new IllegalArgumentException("correct must be between 0 and total, was " + correct + " of " + total);
        }
    }

    /** The fraction, or null when nothing could be judged. */
    public Double fraction() {
        return total == 0 ? null : (double) correct / total;
    }

    Ratio plus(boolean judged, boolean right) {
        return judged ? new Ratio(correct + (right ? 1 : 0), total + 1) : this;
    }
}
