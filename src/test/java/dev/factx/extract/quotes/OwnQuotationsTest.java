package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class OwnQuotationsTest {

    @Test
    void aQuotationWithItsOwnSpeakerEndsTheReportedClauseBeforeIt() {
        List<Quote> found = ExtractedQuotes.of("Often he seemed uneasy. When Clinton noted that Trump has not paid "
                + "federal income taxes ― as was true for the years his returns were made public ― Trump boasted, "
                + "“That makes me smart.” Trump was similarly defensive about an architect who said he was never paid.");

        assertThat(found).extracting(Quote::kind, Quote::text, q -> q.speaker().text())
                .startsWith(
                        tuple("indirect", "that Trump has not paid federal income taxes ― as was true for the years "
                                + "his returns were made public", "Clinton"),
                        tuple("direct", "That makes me smart.", "Trump"));
    }
}
