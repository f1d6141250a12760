package dev.factx.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingTest {
    @Test
    void takesTheBestPairsFirstAndEachSpanOnce() {
        // gold 0 fits pred 0 a little and pred 1 well; gold 1 fits only pred 1.
        List<Matching.Pair> matched = Matching.greedy(List.of(
                new Matching.Pair(0, 0, 1), new Matching.Pair(0, 1, 5), new Matching.Pair(1, 1, 3)), 2, 2);

        assertThat(matched).extracting(Matching.Pair::gold, Matching.Pair::predicted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1));
        assertThat(Matching.unmatchedGold(matched, 2)).containsExactly(1);
        assertThat(Matching.unmatchedPredicted(matched, 2)).containsExactly(0);
    }

    @Test
    void tiesGoToTheEarlierGoldThenTheEarlierPrediction() {
        // Greedy, not maximal: (0, 0) is taken first, and then neither other pair is free.
        List<Matching.Pair> matched = Matching.greedy(List.of(
                new Matching.Pair(1, 0, 2), new Matching.Pair(0, 1, 2), new Matching.Pair(0, 0, 2)), 2, 2);

        assertThat(matched).extracting(Matching.Pair::gold, Matching.Pair::predicted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 0));
    }

    @Test
    void nothingToMatch() {
        assertThat(Matching.match(List.of(), List.of("x"), (g, p) -> 1)).isEmpty();
    }
}
