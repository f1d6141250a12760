package dev.factx.extract.quotes;

import dev.factx.facts.Entity;
import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteExtractorTest {

    private static List<Quote> quotes(String text) {
        return ExtractedQuotes.of(text);
    }

    @Test
    void speakerAfterTheQuote() {
        String text = "“We have no intention of getting involved in such a race,” Putin added.";
        List<Quote> found = quotes(text);

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We have no intention of getting involved in such a race,");
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            assertThat(q.kind()).isEqualTo("direct");
            assertThat(q.cue()).isEqualTo("added");
            assertThat(q.speaker().name()).isEqualTo("Putin");
            assertThat(q.speaker().entity()).isEqualTo("e1");
        });
    }

    @Test
    void speakerBeforeTheQuoteAndAPronounResolvedToTheLastPerson() {
        List<Quote> found = quotes("President Vladimir Putin stated in an interview, “Now it’s up to the U.S.” "
                + "“How we should go forward remains unclear,” he said.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().name(), q -> q.speaker().text())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Now it’s up to the U.S.", "stated", "Vladimir Putin", "President Vladimir Putin"),
                        org.assertj.core.groups.Tuple.tuple("How we should go forward remains unclear,", "said", "Vladimir Putin", "he"));
    }

    @Test
    void reportedSpeechThatQuotesInPartIsOnePartialQuoteAndItsSpeakerNeedNotBeAnEntity() {
        List<Quote> found = quotes("But the U.S. administration is insisting that the system is to defend "
                + "Europe from “Rogue States.”");

        assertThat(found).extracting(Quote::kind, Quote::text, q -> q.speaker().name(), q -> q.speaker().entity())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("partial",
                        "that the system is to defend Europe from “Rogue States.”", "U.S. administration", null));
    }

    @Test
    void reportedSpeechThatIsAllQuotationIsTheDirectQuote() {
        List<Quote> found = quotes("The governor said, “We will rebuild every school.”");

        assertThat(found).extracting(Quote::kind, Quote::text, Quote::cue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("direct", "We will rebuild every school.", "said"));
    }

    @Test
    void reportedSpeechWithTheSpeakerBeforeOrAfterAndAccordingTo() {
        List<Quote> found = quotes("Putin said another nuclear reduction treaty was also under threat. "
                + "Clinton's van was supposed to be escorted by an NYPD detail, a source said. "
                + "According to exit polls, Mitt Romney had a ten-point lead among the high-earning group.");

        assertThat(found).extracting(Quote::kind, Quote::cue, Quote::text, q -> q.speaker().text())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("indirect", "said",
                                "another nuclear reduction treaty was also under threat", "Putin"),
                        org.assertj.core.groups.Tuple.tuple("indirect", "said",
                                "Clinton's van was supposed to be escorted by an NYPD detail", "source"),
                        org.assertj.core.groups.Tuple.tuple("indirect", "according to",
                                "Mitt Romney had a ten-point lead among the high-earning group", "exit polls"));
    }

    @Test
    void transcriptLinesNameTheirSpeakerInCapitals() {
        List<Quote> found = quotes("Republican Mike Pence spoke to Chris Wallace.\n\n"
                + "\"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\"");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Gennifer Flowers will not be attending the debate tomorrow night.");
            assertThat(q.speaker().name()).isEqualTo("Mike Pence");
            assertThat(q.speaker().text()).isEqualTo("PENCE");
        });
    }

    @Test
    void aHeadlineNamesItsSpeakerBeforeAColon() {
        List<Quote> found = quotes("Pat Caddell: Democrat Voters Worried About Hillary Clinton's Health\n\n"
                + "The pollster spoke on Thursday.");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo("indirect");
            assertThat(q.text()).isEqualTo("Democrat Voters Worried About Hillary Clinton's Health");
            assertThat(q.cue()).isEqualTo(":");
            assertThat(q.speaker().text()).isEqualTo("Pat Caddell");
        });
    }

    @Test
    void aLabelBeforeAColonIsNoSpeaker() {
        List<Quote> found = quotes("The Latest: Senate Votes Down the Border Spending Bill\n\n"
                + "Correction: An earlier version of this story misstated the date of the vote.");

        assertThat(found).isEmpty();
    }

    @Test
    void aQuotationSplitByItsAttributionIsOneQuote() {
        String text = "“The budget is a disgrace,” said Senator Jane Holloway, a Democrat from Ohio. "
                + "“We will vote against it.”";
        List<Quote> found = quotes(text);

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("The budget is a disgrace,” said Senator Jane Holloway, a Democrat from Ohio. "
                    + "“We will vote against it.");
            assertThat(q.kind()).isEqualTo("direct");
            assertThat(q.cue()).isEqualTo("said");
            assertThat(q.speaker().name()).isEqualTo("Jane Holloway");
        });
    }

    @Test
    void aQuotationRunningOverTwoParagraphsIsOneQuote() {
        String text = "Mayor Tom Reyes spoke on Monday.\n\n“The bridge will reopen in March.\n\n"
                + "“Until then, the ferries run every hour,” Reyes said.";
        List<Quote> found = quotes(text);

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("The bridge will reopen in March.\n\n“Until then, the ferries run every hour,");
            assertThat(q.speaker().name()).isEqualTo("Tom Reyes");
            assertThat(q.speaker().text()).isEqualTo("Reyes");
        });
    }

    @Test
    void twoApostrophesQuoteInTheNewYorkTimesArchive() {
        List<Quote> found = quotes("''It's anti-reform,'' said Mr. Burman, an economist.");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("It's anti-reform,");
            assertThat(q.kind()).isEqualTo("direct");
            assertThat(q.speaker().text()).isEqualTo("Mr. Burman");
        });
    }

    @Test
    void aQuotationSignedWithADash() {
        List<Quote> found = quotes("“We need a park, not another parking garage.” ― Carla Benitez");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We need a park, not another parking garage.");
            assertThat(q.cue()).isEqualTo("―");
            assertThat(q.speaker().text()).isEqualTo("Carla Benitez");
        });
    }

    @Test
    void aSpeakerWithTitleAndPartyAfterTheQuote() {
        List<Quote> found = quotes("“The plan is a dog whistle,” Rep. Dana Price (D-Wis.) said Friday.");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.cue()).isEqualTo("said");
            assertThat(q.speaker().text()).isEqualTo("Rep. Dana Price");
        });
    }

    @Test
    void aQuestionWhoseAttributionOpensTheNextSentence() {
        List<Quote> found = quotes("“Does anybody know what the party platform on energy is?” Senator Dale Hewitt asked.");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.cue()).isEqualTo("asked");
            assertThat(q.speaker().text()).isEqualTo("Senator Dale Hewitt");
        });
    }

    @Test
    void noSpeakerRatherThanAWrongOne() {
        assertThat(quotes("The word “détente” came back into fashion.")).isEmpty();

        List<Quote> found = quotes("“It’s finished.” The crowd fell silent.");
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo("direct");
            assertThat(q.speaker()).isNull();
        });
    }

    @Test
    void aContractedAuxiliaryBetweenSpeakerAndVerb() {
        List<Quote> found = quotes("Senator Ann Lee toured the plant. She’s warned, “Jobs will leave this state.”");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.cue()).isEqualTo("warned");
            assertThat(q.speaker().text()).isEqualTo("She");
            assertThat(q.speaker().name()).isEqualTo("Ann Lee");
        });
    }

    @Test
    void aQuotationOpenedByAClosingMarkAndSignedWithADash() {
        List<Quote> found = quotes("Voters shared their views.\n\n”The debate changed my mind. I will vote for him.” ― Ana Ruiz.");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo("direct");
            assertThat(q.text()).isEqualTo("The debate changed my mind. I will vote for him.");
            assertThat(q.speaker().text()).isEqualTo("Ana Ruiz");
        });
    }

    @Test
    void aParticipleSaysWhatTheSubjectOfItsSentenceSays() {
        List<Quote> found = quotes("Governor Tom Hale defended the budget, saying, “Every school will get more money.”");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("the budget", "defended", "Governor Tom Hale"),
                        org.assertj.core.groups.Tuple.tuple("Every school will get more money.", "saying",
                        "Governor Tom Hale"));
    }

    @Test
    void theyAndItAreSpeakerMentionsOfTheirOwn() {
        List<Quote> found = quotes("The senators sent a letter on Monday. “The program is plagued by fraud,” they wrote.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text(), q -> q.speaker().entity())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("The program is plagued by fraud,", "they", null));
    }

    @Test
    void aSentenceThatMovesOnDoesNotAttributeTheQuotationBeforeIt() {
        List<Quote> found = quotes("The mayor stood firm. “We will not back down.” He was equally blunt about "
                + "a developer who said the city owed him money.");

        assertThat(found).filteredOn(q -> q.kind().equals("direct"))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("We will not back down.", null));
    }

    @Test
    void whatTheSpeakerAddsIsASecondQuote() {
        List<Quote> found = quotes("“We certainly can’t afford to do this anymore,” Trump said, adding later, "
                + "“NATO is costing us a fortune.”");

        assertThat(found).extracting(Quote::kind, Quote::text, q -> q.speaker().name())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("direct", "We certainly can’t afford to do this anymore,", "Trump"),
                        org.assertj.core.groups.Tuple.tuple("direct", "NATO is costing us a fortune.", "Trump"));
    }

    @Test
    void aWholeSentenceRightAfterTheVerbIsDirect() {
        List<Quote> found = quotes("In a radio interview, the senator declared “I think the treaty may be obsolete.”");

        assertThat(found).extracting(Quote::kind, Quote::text, q -> q.speaker().text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("direct",
                        "I think the treaty may be obsolete.", "senator"));
    }

    @Test
    void aSignatureAfterANoBreakSpaceNamesItsOwnQuotation() {
        List<Quote> found = quotes("“He knows nothing about our lives.”\u00A0― Pamela Padilla\u00A0\n"
                + "“I am ashamed of this campaign.”\u00A0― Jacklyn Ashley\u00A0\n");

        assertThat(found).extracting(Quote::text, q -> q.speaker().name())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("He knows nothing about our lives.", "Pamela Padilla"),
                        org.assertj.core.groups.Tuple.tuple("I am ashamed of this campaign.", "Jacklyn Ashley"));
    }

    @Test
    void aSpeakerNamedRightAfterTheQuotationWithALongDescription() {
        List<Quote> found = quotes("“It has the important virtue of being fiscally responsible,” Leonard E. Burman, "
                + "director of the centrist Urban-Brookings Tax Policy Center and a professor at the Maxwell School "
                + "of Syracuse University, said of the plan.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "It has the important virtue of being fiscally responsible,", "said", "Leonard E. Burman"));
    }

    @Test
    void aFragmentClosingTheWritersSentenceIsNotAttributedByTheNextOne() {
        List<Quote> found = quotes("Russia insisted that Pyongyang “stop its dangerous escapades.” "
                + "The agency said it had seen no sign of another test.");

        assertThat(found).extracting(Quote::kind, Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("partial", "that Pyongyang “stop its dangerous escapades.”",
                                "insisted", "Russia"),
                        org.assertj.core.groups.Tuple.tuple("indirect", "it had seen no sign of another test", "said",
                                "agency"));
    }

    @Test
    void aFragmentIsWhatTheReportingVerbBeforeItSays() {
        List<Quote> found = quotes("Mayor Tom Hale condemned the test as “reckless and dangerous” and said the city "
                + "would respond.");

        assertThat(found).extracting(Quote::kind, Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("partial", "the test as “reckless and dangerous”",
                                "condemned", "Mayor Tom Hale"),
                        org.assertj.core.groups.Tuple.tuple("indirect", "the city would respond", "said",
                                "Mayor Tom Hale"));
    }

    @Test
    void aSentenceOpenedByTheVerbNamesItsSpeakerAfterIt() {
        String text = "Some experts doubt the plan. Said Ellis: “I don’t get the sense she’s the least bit interested in tax reform.”";

        assertThat(quotes(text)).last().satisfies(q -> {
            assertThat(q.text()).isEqualTo("I don’t get the sense she’s the least bit interested in tax reform.");
            assertThat(q.cue()).isEqualTo("Said");
            assertThat(q.speaker().text()).isEqualTo("Ellis");
        });
    }

    @Test
    void aRelativePronounAfterADashStandsForTheNounBeforeIt() {
        String text = "Instead, the study -- which notes that 58 Fortune 500 companies would owe $212 billion "
                + "in additional federal taxes -- should be a call to voters.";

        assertThat(quotes(text)).singleElement().satisfies(q -> {
            assertThat(q.cue()).isEqualTo("notes");
            assertThat(q.speaker().text()).isEqualTo("which");
            assertThat(q.speaker().name()).isEqualTo("study");
        });
    }

    @Test
    void aTimeBetweenTheRelativePronounAndItsVerbIsSkipped() {
        String text = "He met Mitch McConnell, the Senate majority leader, who in 2010 said the party's most important "
                + "goal was to make Obama a one-term president.";

        assertThat(quotes(text)).singleElement().satisfies(q -> {
            assertThat(q.cue()).isEqualTo("said");
            assertThat(q.speaker().text()).isEqualTo("who");
        });
    }

    @Test
    void aFragmentThatEndsItsSentenceIsNotSaidByTheNextSentence() {
        String text = "Russia insisted that Pyongyang \"stop its dangerous escapades.\" "
                + "The International Atomic Energy Agency said the test was deeply regrettable.";

        assertThat(quotes(text)).first().satisfies(q -> {
            assertThat(q.text()).contains("stop its dangerous escapades.");
            assertThat(q.speaker().text()).isEqualTo("Russia");
        });
    }

    @Test
    void theSubjectAfterAVerbIsItsSpeakerOnlyRightAfterTheQuotation() {
        String text = "Cruz exhorted Republicans to \"vote your conscience\" and said he was standing on truth and principle.";

        assertThat(quotes(text)).allSatisfy(q -> assertThat(q.speaker().text()).isEqualTo("Cruz"));
    }

    @Test
    void aSpeakerWithAPartyAndAnAppositionBeforeTheVerb() {
        String text = "“If the FBI wanted any other American’s laptops, they’d just go get them,” Rep. Jim Jordan (R-Ohio), "
                + "an oversight panel member, said in a phone interview.";

        assertThat(quotes(text)).singleElement().satisfies(q -> {
            assertThat(q.cue()).isEqualTo("said");
            assertThat(q.speaker().text()).isEqualTo("Rep. Jim Jordan");
        });
    }

    @Test
    void aCommonNounAfterTheVerbRightAfterTheQuotationIsItsSpeaker() {
        String text = "“Republicans are in a frenzy that is disorganized,” said one Democratic source on the panel.";

        assertThat(quotes(text)).singleElement().satisfies(q -> {
            assertThat(q.cue()).isEqualTo("said");
            assertThat(q.speaker().text()).isEqualTo("one Democratic source");
        });
    }

    @Test
    void anAppositionWithARelativeClauseStandsBetweenSpeakerAndVerb() {
        String text = "Erin Murphy, a former Clinton aide who accompanied her to Burma in 2011, said McConnell's trip "
                + "was perhaps more important than Clinton's.";

        assertThat(quotes(text)).singleElement().satisfies(q -> assertThat(q.speaker().text()).isEqualTo("Erin Murphy"));
    }

    @Test
    void anAgeAndARelativeClauseStandBetweenSpeakerAndVerb() {
        String text = "Schiff, 56, who has served on the Intelligence Committee for a decade, said the hacking "
                + "can be traced to the Russian government.";

        assertThat(quotes(text)).singleElement().satisfies(q -> assertThat(q.speaker().text()).isEqualTo("Schiff"));
    }

    @Test
    void anAppositionBetweenDashesStandsBetweenSpeakerAndVerb() {
        String text = "Kall -- co-editor of Debating The Donald, a book analyzing Trump's performances at GOP primary "
                + "debates -- said the candidate tended to make announcements at those encounters.";

        assertThat(quotes(text)).singleElement().satisfies(q -> assertThat(q.speaker().text()).isEqualTo("Kall"));
    }

    @Test
    void twoAppositionsStandBetweenSpeakerAndVerb() {
        String text = "“It’s an invasion of the state regulatory domain,” Scott Pruitt, the Republican attorney general "
                + "of Oklahoma, one of the states suing the EPA, said at a Washington event this month.";

        assertThat(quotes(text)).singleElement().satisfies(q -> assertThat(q.speaker().text()).isEqualTo("Scott Pruitt"));
    }

    @Test
    void aNameAfterAnOpeningPhraseIsTheSpeakerNotThePlaceBeforeIt() {
        String text = "In a panel discussion this weekend in Washington, Marc H. Morial, the chief executive of the "
                + "National Urban League, forcefully told a young woman that not voting is not a viable strategy.";

        assertThat(quotes(text)).allSatisfy(q -> assertThat(q.speaker().text()).isEqualTo("Marc H. Morial"));
    }
}
