package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class NounCuesTest {

    @Test
    void anOwnedIntentWithItsInfinitive() {
        List<Quote> found = ExtractedQuotes.of("Senator Mark Hill spoke in Ohio on Monday. "
                + "Yet his determination to act alone inflamed his opponents.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text(), q -> q.speaker().name())
                .containsExactly(tuple("to act alone", "determination", "his", "Mark Hill"));
    }

    @Test
    void aCommonNounOwnsAnIntentThroughItsPossessive() {
        List<Quote> found = ExtractedQuotes.of("The sanctions did nothing to stop the government's determination "
                + "to develop ballistic missiles.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("to develop ballistic missiles", "government"));
    }

    @Test
    void anOrganisationsPossessiveIsTheMention() {
        List<Quote> found = ExtractedQuotes.of("Each state was tasked with designing its own plan to achieve that goal.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("to achieve that goal", "its"));
    }

    @Test
    void aSubjectAfterACommaEndsTheInfinitive() {
        List<Quote> found = ExtractedQuotes.of("Governor Ann Lee spoke on Monday. "
                + "Her promises to cut taxes notwithstanding, the budget grew by 4 percent.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("to cut taxes notwithstanding", "Her"));
    }

    @Test
    void anIntentWithoutAnOwnerIsTheWritersDescription() {
        List<Quote> found = ExtractedQuotes.of("The campaign opened four offices in an effort to get out the vote.");

        assertThat(found).isEmpty();
    }

    @Test
    void aDoubtTheSubjectHasAboutANounPhrase() {
        List<Quote> found = ExtractedQuotes.of("Senator Ann Lee has no illusions about Moscow's threat to Eastern and Northern Europe.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("Moscow's threat to Eastern and Northern Europe", "illusions", "Senator Ann Lee"));
    }

    @Test
    void questionsASubjectFacesAreAskedByNobodyNamed() {
        List<Quote> found = ExtractedQuotes.of("The governor has faced questions about spending at his family foundation.");

        assertThat(found).extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("spending at his family foundation", null));
    }
}
