package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class FragmentClauseTest {

    @Test
    void aFragmentAfterItsVerbIsPartOfTheReportedClause() {
        List<Quote> found = ExtractedQuotes.of("Governor Tom Hale says the new levy “would be a disaster for small farms.”");

        assertThat(found).extracting(Quote::kind, Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("partial", "the new levy “would be a disaster for small farms.”", "says",
                        "Governor Tom Hale"));
    }

    @Test
    void twoFragmentsOfOneClauseAreOnePartialQuote() {
        List<Quote> found = ExtractedQuotes.of("Senator Ann Lee spoke in Ohio. She’s claiming that the levy is "
                + "“a heavy burden” but “nobody dares to talk about it.”");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("that the levy is “a heavy burden” but “nobody dares to talk about it.”");
            assertThat(q.kind()).isEqualTo("partial");
        });
    }
}
