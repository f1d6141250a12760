package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The classes of verbs in attribution-verbs.tsv, one news sentence each. */
class VerbCuesTest {

    private static List<Quote> quotes(String text) {
        return ExtractedQuotes.of(text);
    }

    @Test
    void aVerbOfPraiseOrBlameReportsItsObject() {
        List<Quote> found = quotes("The governor chastised the utility for its slow response to the outages.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the utility for its slow response to the outages", "chastised", "governor"));
    }

    @Test
    void aVerbOfDepictingReportsTheViewAfterAs() {
        List<Quote> found = quotes("Mr. Walsh painted his opponent as a career politician with no new ideas.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("his opponent as a career politician with no new ideas", "painted", "Mr. Walsh"));
    }

    @Test
    void withoutAsTheSameVerbReportsNothing() {
        assertThat(quotes("Volunteers painted the walls of the old school before the fall term.")).isEmpty();
    }

    @Test
    void asOpeningAClauseIsNoView() {
        assertThat(quotes("The mayor saw the parade on Monday as he toured the waterfront.")).isEmpty();
    }

    @Test
    void aVerbOfComparingReportsItsObject() {
        List<Quote> found = quotes("Senator Hale likened the new rules to a tax on small farms.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the new rules to a tax on small farms", "likened", "Senator Hale"));
    }

    @Test
    void aVerbOfCognitionReportsItsClause() {
        List<Quote> found = quotes("Analysts reckon the merger will cost about 2,000 jobs.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the merger will cost about 2,000 jobs", "reckon", "Analysts"));
    }

    @Test
    void aPrepositionAfterAVerbOfAttitudeIntroducesItsObject() {
        List<Quote> found = quotes("Union leaders bristled at the suggestion that they had stalled the talks.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the suggestion that they had stalled the talks", "bristled", "Union leaders"));
    }

    @Test
    void aVerbOfLoudSpeechReportsItsClause() {
        List<Quote> found = quotes("A protester yelled that the council had sold out the neighborhood.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("that the council had sold out the neighborhood", "yelled", "protester"));
    }

    @Test
    void aVerbOfDiscourseReportsTheMatterItRaises() {
        List<Quote> found = quotes("In her speech, the senator invoked the flooding that swamped coastal towns last spring.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the flooding that swamped coastal towns last spring", "invoked", "senator"));
    }

    @Test
    void aVerbOfRequestReportsWhatIsAsked() {
        List<Quote> found = quotes("Parents implored the school board to keep the library open on weekends.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the school board to keep the library open on weekends", "implored", "Parents"));
    }

    @Test
    void aVerbOfOppositionReportsWhatItOpposes() {
        List<Quote> found = quotes("The governor vetoed a bill that would have raised the minimum wage.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("a bill that would have raised the minimum wage", "vetoed", "governor"));
    }

    @Test
    void aParticipleAfterAWrittenMessageIsSaidByItsSender() {
        List<Quote> found = quotes("The union sent a letter to the board urging members to reconsider the vote.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("members to reconsider the vote", "urging", "union"));
    }

    @Test
    void aDateBetweenAPastTenseAndItsThat() {
        List<Quote> found = quotes("The Republican presidential nominee noted Friday that his campaign hasn't spent much on ads.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("that his campaign hasn't spent much on ads", "noted",
                        "Republican presidential nominee"));
    }

    @Test
    void aVerbWithItsObjectAfterACommaIsNoAside() {
        List<Quote> found = quotes("In a statement announcing the pick, the association praised her record on labor.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("her record on labor", "praised", "association"));
    }

    @Test
    void aPrepositionAloneIntroducesTheContentOfAVerbOfNoObject() {
        List<Quote> found = quotes("The governor lashed out at the lawmakers who blocked the transit plan.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the lawmakers who blocked the transit plan", "lashed", "governor"));
    }

    @Test
    void aVerbOfRatingReportsTheVerdictAfterAs() {
        List<Quote> found = quotes("PolitiFact rated 32 percent of Republican claims as false last year.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("32 percent of Republican claims as false last year", "rated", "PolitiFact"));
    }

    @Test
    void toldWithAnInfinitiveReportsAnInstruction() {
        List<Quote> found = quotes("The mayor told his advisers to find a way to reopen the schools without state money.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("his advisers to find a way to reopen the schools without state money", "told",
                        "mayor"));
    }

    @Test
    void aPastTenseAfterTheCommaOfAnApposition() {
        List<Quote> found = quotes("Keron Blair, executive director of the alliance, called for more school investment.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("more school investment", "called", "Keron Blair"));
    }

    @Test
    void anOpeningPhraseBeforeAVerbWithItsObjectIsNoContent() {
        List<Quote> found = quotes("Unlike his predecessor in 2012, the governor barely mentioned climate change.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("climate change", "mentioned", "governor"));
    }

    @Test
    void anAdverbMaySplitTheInfinitive() {
        List<Quote> found = quotes("In the end, the company agreed to effectively lend the union $5 million.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("to effectively lend the union $5 million", "agreed", "company"));
    }

    @Test
    void whoElseSaidSoStandsBetweenVerbAndThat() {
        List<Quote> found = quotes("Several economists cautioned, as did the campaign itself, that the proposals might "
                + "change after the election.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("that the proposals might change after the election", "cautioned",
                        "Several economists"));
    }

    @Test
    void aQuotedFragmentAfterASecondVerbIsSaidByTheSubject() {
        List<Quote> found = quotes("The senator also outlined his energy plan and vowed to “end the war on coal.”");

        assertThat(found).extracting(Quote::kind, Quote::cue, q -> q.speaker().text())
                .contains(tuple("partial", "vowed", "senator"));
    }

    @Test
    void aPleaReportsWhatIsPleadedFor() {
        List<Quote> found = quotes("The mother pleaded for her son's release at the hearing.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("her son's release at the hearing", "pleaded", "mother"));
    }
    @Test
    void aVerbOfComprehendingReportsWhatIsUnderstood() {
        List<Quote> found = quotes("I cannot fathom how the council approved the budget without a single hearing.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("how the council approved the budget without a single hearing", "fathom", "I"));
    }

    @Test
    void aVerbOfMisrepresentingReportsWhatIsMisstated() {
        List<Quote> found = quotes("The mayor's budget understates the cost of the new stadium.");

        assertThat(found).extracting(Quote::text, Quote::cue)
                .containsExactly(tuple("the cost of the new stadium", "understates"));
    }

    @Test
    void aVerbOfHarshQuestioningReportsItsObject() {
        List<Quote> found = quotes("Senator Collins grilled the bank's chief executive for his role in the scandal.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the bank's chief executive for his role in the scandal", "grilled", "Senator Collins"));
    }

    @Test
    void aVerbOfRepeatingAnotherReportsWhatIsRepeated() {
        List<Quote> found = quotes("The governor retweeted an unflattering photo of his rival on Sunday.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("an unflattering photo of his rival on Sunday", "retweeted", "governor"));
    }
    @Test
    void aVerbOfContendingReportsWhatIsSought() {
        List<Quote> found = quotes("This spring, his company vied to take over a rival steel maker in Ohio.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("to take over a rival steel maker in Ohio", "vied", "company"));
    }
    @Test
    void aVerbOfShowingReportsWhatIsShown() {
        List<Quote> found = quotes("The closures may also illustrate the decline of small-town newspapers.");

        assertThat(found).extracting(Quote::text, Quote::cue)
                .containsExactly(tuple("the decline of small-town newspapers", "illustrate"));
    }
}
