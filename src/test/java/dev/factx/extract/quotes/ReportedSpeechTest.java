package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ReportedSpeechTest {

    private static List<Quote> quotes(String text) {
        return ExtractedQuotes.of(text);
    }

    @Test
    void anAttributionInsideTheContentKeepsTheWholeSentence() {
        List<Quote> found = quotes("The new museum, Mr. Obama said, would make visitors face uncomfortable truths.");

        assertThat(found).extracting(Quote::kind, Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("indirect",
                        "The new museum, Mr. Obama said, would make visitors face uncomfortable truths", "said", "Mr. Obama"));
    }

    @Test
    void anAttributionBeforeAClauseOfItsOwnEndsTheContent() {
        List<Quote> found = quotes("Senator Ann Lee spoke on Monday. It would take two weeks to convene the committee, "
                + "she said, and the wrangling could be paralyzing.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text(), q -> q.speaker().name())
                .containsExactly(tuple("It would take two weeks to convene the committee", "she", "Ann Lee"));
    }

    @Test
    void thatAfterAPhraseOfPlaceOrTime() {
        List<Quote> found = quotes("Mr. Stenger announced in a statement this month that he had reached a settlement "
                + "with the federal government.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("that he had reached a settlement with the federal government", "announced",
                        "Mr. Stenger"));
    }

    @Test
    void aLongAppositionBetweenSpeakerAndVerb() {
        List<Quote> found = quotes("Richard Revesz, director of the Institute for Policy Integrity at New York University, "
                + "said the suing states were exaggerating the reach of the agency.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("the suing states were exaggerating the reach of the agency", "Richard Revesz"));
    }

    @Test
    void whoSaidIsSaidByTheNounPhraseItStandsFor() {
        List<Quote> found = quotes("The bill was opposed by Senator Mark Hill, who argued that the tax would hurt farmers.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text(), q -> q.speaker().name())
                .containsExactly(tuple("The bill", "Senator Mark Hill", "Mark Hill"),
                        tuple("that the tax would hurt farmers", "who", "Mark Hill"));
    }

    @Test
    void aSecondVerbSharesTheSubjectOfTheFirst() {
        List<Quote> found = quotes("Tom Reed confirmed the closure and said the bridge would reopen in March.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the closure", "confirmed", "Tom Reed"),
                        tuple("the bridge would reopen in March", "said", "Tom Reed"));
    }

    @Test
    void anObjectAfterTheVerbIsNoSpeaker() {
        List<Quote> found = quotes("One after another, the regional airlines, including Midway, declared bankruptcy.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("bankruptcy", "regional airlines"));
    }

    @Test
    void aNounPhraseAfterThePrepositionOfItsVerb() {
        List<Quote> found = quotes("Republican nominee Donald Trump has called for steep new tariffs on goods from China.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().name())
                .containsExactly(tuple("steep new tariffs on goods from China", "called", "Donald Trump"));
    }

    @Test
    void aNounPhraseOpeningWithAParticiple() {
        List<Quote> found = quotes("At the debate, Clinton cited disparaging remarks Trump had made about the former beauty queen.");

        assertThat(found).extracting(Quote::text, Quote::cue)
                .containsExactly(tuple("disparaging remarks Trump had made about the former beauty queen", "cited"));
    }

    @Test
    void theContentEndsWhereTheSpeakersNextVerbBegins() {
        List<Quote> found = quotes("Trump said he would order a review of the nation’s computer defenses and warned "
                + "against potential hackers from China.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("he would order a review of the nation’s computer defenses", "said", "Trump"),
                        tuple("potential hackers from China", "warned", "Trump"));
    }

    @Test
    void aParticipleOpeningTheText() {
        List<Quote> found = quotes("Railing against the deal, Senator Ann Lee said the tax would hurt farmers.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("the deal", "Senator Ann Lee"), tuple("the tax would hurt farmers", "Senator Ann Lee"));
    }

    @Test
    void accordingToASourceWithItsOwnModifiers() {
        List<Quote> found = quotes("The governor now holds a wide lead among rural voters, according to a state university "
                + "poll released last week. According to a complaint filed by the city attorney, the developers "
                + "ignored the zoning rules.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("The governor now holds a wide lead among rural voters", "according to",
                                "state university poll"),
                        tuple("the developers ignored the zoning rules", "according to", "complaint"));
    }

    @Test
    void aReportedClauseOpeningWithAnAdverbOrThere() {
        List<Quote> found = quotes("Mike Pence says too much is made of the tweets. The mayor says there needs to be "
                + "a law on short-term rentals.");

        assertThat(found).extracting(Quote::text)
                .containsExactly("too much is made of the tweets", "there needs to be a law on short-term rentals");
    }

    @Test
    void aHyphenatedListener() {
        List<Quote> found = quotes("The president told African-Americans this weekend he would consider it an insult "
                + "if they stayed home.");

        assertThat(found).extracting(Quote::text, Quote::cue)
                .containsExactly(tuple("he would consider it an insult if they stayed home", "told"));
    }

    @Test
    void aNameInAppositionIsTheSpeaker() {
        List<Quote> found = quotes("The federal employment minister, Tony Burke, urged both sides to return to the table "
                + "next week. Opponents, led by the Green Party, argued that the money would be better spent on buses.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("both sides to return to the table next week", "Tony Burke"),
                        tuple("that the money would be better spent on buses", "Opponents"));
    }

    @Test
    void aSubjectWithAPrepositionalPhraseOpensTheClause() {
        List<Quote> found = quotes("Democrats said the timing of the budget vote was deliberate.");

        assertThat(found).extracting(Quote::kind, Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("indirect", "the timing of the budget vote was deliberate", "said", "Democrats"));
    }

    @Test
    void aCoordinatedSubjectOpensTheClause() {
        List<Quote> found = quotes("Many of the farmers believe drought and debt are the real threats to the region.");

        assertThat(found).extracting(Quote::kind, Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("indirect", "drought and debt are the real threats to the region", "believe",
                        "farmers"));
    }

    @Test
    void anObjectThenItsInfinitive() {
        List<Quote> found = quotes("The mayor expects the terminals to reopen by the end of the month.");

        assertThat(found).extracting(Quote::kind, Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("indirect", "the terminals to reopen by the end of the month", "expects",
                        "mayor"));
    }

    @Test
    void aVagueSubjectIsTheSpeakerMention() {
        List<Quote> found = quotes("The budget debate dragged on. Some argued the new tax would drive businesses away.");

        assertThat(found).extracting(Quote::kind, Quote::text, Quote::cue, q -> q.speaker().text(),
                        q -> q.speaker().entity())
                .containsExactly(tuple("indirect", "the new tax would drive businesses away", "argued", "Some", null));
    }

    @Test
    void stanceVerbsFeelDecideDeclineAndRefuse() {
        List<Quote> found = quotes("Many teachers feel the new curriculum is rushed. "
                + "The council declined to release the full inspection report.");

        assertThat(found).extracting(Quote::kind, Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("indirect", "the new curriculum is rushed", "feel", "Many teachers"),
                        tuple("indirect", "to release the full inspection report", "declined", "council"));
    }

    @Test
    void theContentTakesAlongItsParticipleAndCoordinatedVerbs() {
        List<Quote> found = quotes("Mayor Jane Porter said the new bridge would cut commuting times, allowing "
                + "families to spend more evenings at home.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("the new bridge would cut commuting times, allowing families to spend more "
                        + "evenings at home", "Mayor Jane Porter"));
    }

    @Test
    void aSecondReportOfTheSpeakerIsAQuoteOfItsOwn() {
        List<Quote> found = quotes("Mayor Jane Porter said the bridge would reopen in March and warned that tolls "
                + "could rise next year.");

        assertThat(found).extracting(Quote::text, Quote::cue)
                .containsExactly(tuple("the bridge would reopen in March", "said"),
                        tuple("that tolls could rise next year", "warned"));
    }

    @Test
    void aTimeBetweenSubjectAndVerbIsNotTheSpeaker() {
        List<Quote> found = quotes("The city council this month announced that it would close two libraries.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("that it would close two libraries", "city council"));
    }

    @Test
    void aReportReleasedAtATimeIsTheSpeaker() {
        List<Quote> found = quotes("A state audit released last year found that the agency had lost track of its spending.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("that the agency had lost track of its spending", "state audit"));
    }

    @Test
    void aLongSubjectWithoutThatIsTheReportedClause() {
        List<Quote> found = quotes("Mayor Ruth Hale said the delays that come with every state inspection "
                + "often push the opening back by a year.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the delays that come with every state inspection often push the opening back "
                        + "by a year", "said", "Mayor Ruth Hale"));
    }

    @Test
    void aNounPhraseWithoutAVerbAfterItStaysAnObject() {
        assertThat(quotes("The county spokesman said nothing about the missing ballots on Tuesday.")).isEmpty();
    }

    @Test
    void aSecondSpeakerAfterACommaAndAConjunctionBeginsAnotherReport() {
        List<Quote> found = quotes("Lynch said the hiring freeze would end in the spring, though she noted "
                + "the budget office had not yet agreed.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the hiring freeze would end in the spring", "said", "Lynch"),
                        tuple("the budget office had not yet agreed", "noted", "she"));
    }

    @Test
    void aRelativeClauseWithAReportOfItsOwnEndsTheContent() {
        List<Quote> found = quotes("The governor defended the new budget, which critics said would cut school funding by a third.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the new budget", "defended", "governor"),
                        tuple("which critics said would cut school funding by a third", "said", "critics"));
    }

    @Test
    void aRelativePronounThatReportsIsTheSpeakerOfItsOwnQuote() {
        List<Quote> found = quotes("The mayor praised the volunteers, who said the cleanup would go on through the weekend.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the volunteers", "praised", "mayor"),
                        tuple("the cleanup would go on through the weekend", "said", "who"));
    }

    @Test
    void aContentInAnOpeningSubordinateClauseEndsWhereTheMainClauseBegins() {
        List<Quote> found = quotes("Although the governor has admitted using the loophole, he does not defend it.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("using the loophole", "admitted", "governor"));
    }

    @Test
    void anOpeningClauseAfterAnAdverbEndsItsContentToo() {
        List<Quote> found = quotes("Back when she wrote her memoir, Ms. Lopez said that she saw budget cuts as a last resort.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("her memoir", "wrote", "she"),
                        tuple("that she saw budget cuts as a last resort", "said", "Ms. Lopez"));
    }

    @Test
    void aNewSpeakerAfterAndEndsAnObjectContent() {
        List<Quote> found = quotes("The auditors said the agency mishandled the inquiry and lawmakers accused the director "
                + "of hiding the findings.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the agency mishandled the inquiry", "said", "auditors"),
                        tuple("the director of hiding the findings", "accused", "lawmakers"));
    }

    @Test
    void aCoordinatedSubjectInsideTheContentIsNoNewSpeaker() {
        List<Quote> found = quotes("She said professors or supervisors would often dismiss her proposals.");

        assertThat(found).extracting(Quote::text, Quote::cue)
                .containsExactly(tuple("professors or supervisors would often dismiss her proposals", "said"));
    }

    @Test
    void aPastTenseTaggedAsAParticipleAfterAName() {
        List<Quote> found = quotes("In July, the NAACP called for a moratorium on charter schools.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("a moratorium on charter schools", "called", "NAACP"));
    }

    @Test
    void aGerundWithItsObjectAfterThePreposition() {
        List<Quote> found = quotes("President Obama called for reducing the corporate tax rate to 28 percent.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("reducing the corporate tax rate to 28 percent", "called", "President Obama"));
    }

    @Test
    void aSecondSpeakerNamedByANounPhraseBeginsAnotherReport() {
        List<Quote> found = quotes("The minister emphasized that the reforms were not complete, and human rights groups "
                + "warned that the government was losing leverage over the army.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("that the reforms were not complete", "emphasized", "minister"),
                        tuple("that the government was losing leverage over the army", "warned", "human rights groups"));
    }

    @Test
    void aShortReportedClause() {
        List<Quote> found = quotes("The ministers hope to agree on a joint force, although few experts believe that is likely.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .contains(tuple("that is likely", "believe", "few experts"));
    }

    @Test
    void aNounOfSayingWithItsThatClause() {
        List<Quote> found = quotes("Reporters checked Senator Mark Hill's claim that the county had lost 3,000 jobs in a year.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("that the county had lost 3,000 jobs in a year", "claim", "Senator Mark Hill"));
    }

    @Test
    void aPossessivePronounOwnsTheNounOfSaying() {
        List<Quote> found = quotes("Mayor Ruth Hale spoke for an hour. Few voters believed her promise that the new bridge "
                + "would open next year.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text(), q -> q.speaker().name())
                .contains(tuple("that the new bridge would open next year", "her", "Ruth Hale"));
    }

    @Test
    void aRelativeClauseAfterTheNounIsNoContent() {
        assertThat(quotes("The statement that was released on Monday ran to four pages.")).isEmpty();
    }

    @Test
    void anAdjectiveOfStanceAfterALinkingVerb() {
        List<Quote> found = quotes("Many Democrats are afraid that turnout among young voters may be low. "
                + "Senator Lindsey Graham has been critical of the new trade deal.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("that turnout among young voters may be low", "afraid", "Many Democrats"),
                        tuple("the new trade deal", "critical", "Senator Lindsey Graham"));
    }

    @Test
    void aStanceInsideReportedSpeechIsPartOfIt() {
        List<Quote> found = quotes("The mayor said she wasn't worried about the audit of the city budget.");

        assertThat(found).extracting(Quote::text, Quote::cue)
                .containsExactly(tuple("she wasn't worried about the audit of the city budget", "said"));
    }

    @Test
    void callingSomethingSomethingIsAReport() {
        List<Quote> found = quotes("The mayor's office called the charges unsubstantiated and politically motivated.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the charges unsubstantiated and politically motivated", "called", "mayor's office"));
    }

    @Test
    void verbsOfClaimingAndExpectingTakeANounPhrase() {
        List<Quote> found = quotes("The senator claimed broad support among farmers. "
                + "Few analysts expected a full hour of policy discussion.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("broad support among farmers", "claimed", "senator"),
                        tuple("a full hour of policy discussion", "expected", "Few analysts"));
    }

    @Test
    void anInfinitiveIsSaidByTheSubjectOfTheVerbBeforeIt() {
        List<Quote> found = quotes("Caddell went on to discuss the latest polls from Ohio and Florida.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the latest polls from Ohio and Florida", "discuss", "Caddell"));
    }

    @Test
    void aGerundAfterAPrepositionIsSaidByTheSubject() {
        List<Quote> found = quotes("Senator Ann Lee started off by emphasizing economic fairness and a higher minimum wage.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("economic fairness and a higher minimum wage", "emphasizing", "Senator Ann Lee"));
    }

    @Test
    void aVagueSubjectBeforeAuxiliariesIsTheSpeakerMention() {
        List<Quote> found = quotes("Our school is small. We have long argued that the district should fund a new gym.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("that the district should fund a new gym", "argued", "We"));
    }

    @Test
    void aTrailingAccordingToWhoseSourceRunsPastAComma() {
        List<Quote> found = quotes("Some families would see their taxes go up, according to an analysis by Lily Batchelder, "
                + "a law professor at New York University.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("Some families would see their taxes go up", "according to", "analysis"));
    }

    @Test
    void aPassiveReportIsSaidByItsAgent() {
        List<Quote> found = quotes("The registration issue was first reported by The Washington Post.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("The registration issue", "reported", "Washington Post"));
    }

    @Test
    void aNounOfSayingWithAPrepositionalContent() {
        List<Quote> found = quotes("Governor Kate Brown's comments on the closure of the paper mill drew criticism.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the closure of the paper mill", "comments", "Governor Kate Brown"));
    }

    @Test
    void viewingSomethingAsSomethingIsAStance() {
        List<Quote> found = quotes("Many voters view the new stadium as a waste of public money.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the new stadium as a waste of public money", "view", "Many voters"));
    }

    @Test
    void aFindingMayBeANounPhrase() {
        List<Quote> found = quotes("The state auditor found widespread errors in the county's payroll records.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("widespread errors in the county's payroll records", "found", "state auditor"));
    }

    @Test
    void aRulingIsAReport() {
        List<Quote> found = quotes("The appeals court ruled that the county had violated the open meetings law.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("that the county had violated the open meetings law", "ruled", "appeals court"));
    }

    @Test
    void aNameWithOfIsOneSpeaker() {
        List<Quote> found = quotes("The Maritime Union of Australia said about 2,500 members had joined the strike.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("about 2,500 members had joined the strike", "Maritime Union of Australia"));
    }

    @Test
    void aPastTenseReadAsAParticipleAfterANounOrAnd() {
        List<Quote> found = quotes("The union's executive director called for more school investment. "
                + "Relatives marched through the streets and called for the footage to be released.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("more school investment", "called", "union's executive director"),
                        tuple("the footage to be released", "called", "Relatives"));
    }

    @Test
    void anAgreementReportsWhatItsSubjectDecided() {
        List<Quote> found = quotes("The mining company agreed to clean up the shuttered mines and reclaim the land.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("to clean up the shuttered mines and reclaim the land", "agreed", "mining company"));
    }

    @Test
    void aResponseWithItsContentAfterThePreposition() {
        List<Quote> found = quotes("Trump has responded with attacks on the former beauty queen.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("attacks on the former beauty queen", "responded", "Trump"));
    }

    @Test
    void offeredAndDeclaredTakeANounPhrase() {
        List<Quote> found = quotes("Senator Bernie Sanders offered some pointed advice to the Democratic nominee. "
                + "The coal company declared bankruptcy for the second time.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("some pointed advice to the Democratic nominee", "offered", "Senator Bernie Sanders"),
                        tuple("bankruptcy for the second time", "declared", "coal company"));
    }

    @Test
    void whatASubjectMadePublic() {
        List<Quote> found = quotes("The Clinton campaign released an ad showing Trump mocking a reporter.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("an ad showing Trump mocking a reporter", "released", "Clinton campaign"));
    }

    @Test
    void aGerundOrAnAdverbAroundTheVerbsPreposition() {
        List<Quote> found = quotes("Mr. Trump has called for taxing so-called pass-through income at a new low rate. "
                + "Mr. Obama spoke emotionally of his many flights across the Mall.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("taxing so-called pass-through income at a new low rate", "called", "Mr. Trump"),
                        tuple("his many flights across the Mall", "spoke", "Mr. Obama"));
    }

    @Test
    void aVerbOfNoClauseKeepsTheRelativeClauseOfItsObject() {
        List<Quote> found = quotes("Trump has railed against the special-interest provisions that pock the tax code.");

        assertThat(found).extracting(Quote::text, Quote::cue)
                .containsExactly(tuple("the special-interest provisions that pock the tax code", "railed"));
    }

    @Test
    void aRelativeClauseIsNoAside() {
        List<Quote> found = quotes("Hillary Clinton, who has called for big tax hikes on the rich, criticized the plan.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().name())
                .containsExactly(tuple("big tax hikes on the rich", "called", "Hillary Clinton"),
                        tuple("the plan", "criticized", "Hillary Clinton"));
    }

    @Test
    void stancesTakenByAVerb() {
        List<Quote> found = quotes("The senator voted against the crime bill that Congress passed. "
                + "The governor apologized for his remarks about the protesters. "
                + "Labor unions pushed for a higher minimum wage. "
                + "The mayor disagreed with the council's decision to close the library. "
                + "Several Republican senators now support the bill to expand background checks.");

        assertThat(found).extracting(Quote::text, Quote::cue)
                .containsExactly(tuple("the crime bill that Congress passed", "voted"),
                        tuple("his remarks about the protesters", "apologized"),
                        tuple("a higher minimum wage", "pushed"),
                        tuple("the council's decision to close the library", "disagreed"),
                        tuple("the bill to expand background checks", "support"));
    }

    @Test
    void aRulingAgainstAndAJudgement() {
        List<Quote> found = quotes("A federal appeals court ruled against Ohio's procedure for removing voters from the rolls. "
                + "Most voters judged him ready for the Oval Office.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("Ohio's procedure for removing voters from the rolls", "ruled", "federal appeals court"),
                        tuple("him ready for the Oval Office", "judged", "Most voters"));
    }

    @Test
    void aGerundAsTheObject() {
        List<Quote> found = quotes("Mr. Trump proposes doing away with the government mandate to buy insurance.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("doing away with the government mandate to buy insurance", "proposes", "Mr. Trump"));
    }

    @Test
    void aPronounBetweenTheVerbAndItsPreposition() {
        List<Quote> found = quotes("Lester Holt asked him about his tax returns. "
                + "The radio host pressed him on his failure to release his tax returns.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("his tax returns", "asked", "Lester Holt"),
                        tuple("his failure to release his tax returns", "pressed", "radio host"));
    }

    @Test
    void aGerundAfterAVerbOfItsOwnIsSaidByThatVerbsSubject() {
        List<Quote> found = quotes("Mrs. Clinton keeps saying she opposed the Iraq War from the start.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("she opposed the Iraq War from the start", "saying", "Mrs. Clinton"));
    }

    @Test
    void stancesOfReticenceWarinessAndOutlook() {
        List<Quote> found = quotes("The senator has been silent on the question of impeachment. "
                + "Many economists are wary of a new round of tariffs. "
                + "Mr. McKinley is bearish on the future of student loans.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the question of impeachment", "silent", "senator"),
                        tuple("a new round of tariffs", "wary", "Many economists"),
                        tuple("the future of student loans", "bearish", "Mr. McKinley"));
    }

    @Test
    void embracingChampioningAndFavoringAreStances() {
        List<Quote> found = quotes("Mrs. Clinton has embraced the go-it-alone approach of the president. "
                + "The mayor has championed lesbian and gay rights. Most Republicans favor a ban on assault weapons.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the go-it-alone approach of the president", "embraced", "Mrs. Clinton"),
                        tuple("lesbian and gay rights", "championed", "mayor"),
                        tuple("a ban on assault weapons", "favor", "Most Republicans"));
    }

    @Test
    void aSecondReportAfterAnAuxiliaryAndAnAsideEndsTheFirstAndAReportWithoutAFoundSpeakerHasNone() {
        List<Quote> found = quotes("Russia denies the American accusations and has, in turn, warned that it will "
                + "respond in kind.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker() == null ? null : q.speaker().text())
                .containsExactly(tuple("the American accusations", "denies", "Russia"),
                        tuple("that it will respond in kind", "warned", null));
    }

    @Test
    void anAsideThatClosesTheSentenceAttributesTheReportInsideIt() {
        List<Quote> found = quotes("The governor had told police officials that she did not want an escort, "
                + "the source added. The senator plans to release his medical records soon, a spokesman said Monday.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("The governor had told police officials that she did not want an escort",
                                "added", "source"),
                        tuple("The senator plans to release his medical records soon", "said", "spokesman"));
    }

    @Test
    void aClauseAfterAConjunctionIsNoAside() {
        List<Quote> found = quotes("The mayor said the video would be released, but the police chief disagreed with the timing.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("the video would be released", "mayor"), tuple("the timing", "police chief"));
    }

    @Test
    void aSecondVerbWithNothingToReportGoesOnWithTheContent() {
        List<Quote> found = quotes("Committee members noted his attorney offered to have the aide appear at a closed "
                + "session, but the chairman declined.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("his attorney offered to have the aide appear at a closed session, but the "
                        + "chairman declined", "noted", "Committee members"));
    }

    @Test
    void anAsideClosingTheSentenceAttributesAReportWithItsObjectBeforeIt() {
        List<Quote> found = quotes("The victim's relatives, who asked the police to show them the video, watched it "
                + "on Thursday, Ms. Jones said.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("The victim's relatives, who asked the police to show them the video, watched it "
                        + "on Thursday", "said", "Ms. Jones"));
    }

    @Test
    void aParticipleAfterAnAdverbIsASecondReport() {
        List<Quote> found = quotes("The senator complained about the microphone after the debate, even suggesting it "
                + "may have been rigged.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the microphone after the debate", "complained", "senator"),
                        tuple("it may have been rigged", "suggesting", "senator"));
    }

    @Test
    void aParticipleAfterAClosingQuotationIsASecondReport() {
        List<Quote> found = quotes("The governor praised the budget as a “fair deal,” comparing it favorably to last "
                + "year's plan.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the budget as a “fair deal,”", "praised", "governor"),
                        tuple("it favorably to last year's plan", "comparing", "governor"));
    }

    @Test
    void aSecondCallForAfterAndIsASecondReport() {
        List<Quote> found = quotes("Senator Ann Lee called the bank's conduct “shameful” and called for the bonuses "
                + "to be returned.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the bank's conduct “shameful”", "called", "Senator Ann Lee"),
                        tuple("the bonuses to be returned", "called", "Senator Ann Lee"));
    }

    @Test
    void aBaseFormAfterAndSharesTheSubjectOfTheFirst() {
        List<Quote> found = quotes("On Monday, Trump took to Twitter to accuse the governor of lying and encourage "
                + "voters to read the audit themselves.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the governor of lying", "accuse", "Trump"),
                        tuple("voters to read the audit themselves", "encourage", "Trump"));
    }

    @Test
    void aBaseFormAfterAndGoesWithABaseFormInTheContent() {
        List<Quote> found = quotes("Mayor Tom Hale declined to blame the contractor or even publicly criticize the "
                + "delays.");

        assertThat(found).extracting(Quote::text, Quote::cue)
                .containsExactly(tuple("to blame the contractor or even publicly criticize the delays", "declined"));
    }

    @Test
    void anOpeningPhraseWithAnAppositionIsNoContentOfTheVerbAfterIt() {
        List<Quote> found = quotes("In his 2011 memoir, Known and Unknown, Rumsfeld acknowledged the intelligence failures.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the intelligence failures", "acknowledged", "Rumsfeld"));
    }

    @Test
    void aVerbWithItsObjectAfterAnOpeningParticipleReportsTheObject() {
        List<Quote> found = quotes("Campaigning in Iowa last year, the senator rarely mentioned the trade agreement.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the trade agreement", "mentioned", "senator"));
    }

    @Test
    void anInvertedVerbAfterTheContentIsStillAnAside() {
        List<Quote> found = quotes("Debates rarely change the course of a campaign, noted the pollster Ann Selzer.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("Debates rarely change the course of a campaign", "pollster Ann Selzer"));
    }

    @Test
    void aSecondSpeakerWithAnAuxiliaryBeginsAReportOfItsOwn() {
        List<Quote> found = quotes("Governor Tom Hale has vowed to reopen the plant, and Senator Ann Lee is promising "
                + "to fund new schools.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("to reopen the plant", "vowed", "Governor Tom Hale"),
                        tuple("to fund new schools", "promising", "Senator Ann Lee"));
    }

    @Test
    void aSecondReportAfterADash() {
        List<Quote> found = quotes("Mayor Tom Hale said the deal would fail — and he noted that the vote was weeks away.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the deal would fail", "said", "Mayor Tom Hale"),
                        tuple("that the vote was weeks away", "noted", "he"));
    }

    @Test
    void aSecondReportAfterAClosingQuotationKeepsTheQuotationWhole() {
        List<Quote> found = quotes("Only 40 percent of voters agreed that the mayor is “fit to serve,” while 60 percent "
                + "said she should resign.");

        assertThat(found).extracting(Quote::text, Quote::cue)
                .containsExactly(tuple("that the mayor is “fit to serve,”", "agreed"),
                        tuple("she should resign", "said"));
    }

    @Test
    void theMainClauseAfterAnOpeningClauseIsAReportOfItsOwn() {
        List<Quote> found = quotes("While Mayor Tom Hale praised the budget as a fair deal, the council chairman warned "
                + "that it would raise taxes.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the budget as a fair deal", "praised", "Mayor Tom Hale"),
                        tuple("that it would raise taxes", "warned", "council chairman"));
    }

    @Test
    void anOpeningPhraseIsNoClauseOfItsOwn() {
        List<Quote> found = quotes("In addition, the city plans to hire more teachers next year, a spokesman announced Monday.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("In addition, the city plans to hire more teachers next year", "announced", "spokesman"));
    }

    @Test
    void anAsideBetweenHorizontalBarsStandsBetweenSubjectAndVerb() {
        List<Quote> found = quotes("The documentary ― which draws on interviews with dozens of former officials ― describes "
                + "the agency's failures in detail.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the agency's failures in detail", "describes", "documentary"));
    }
    @Test
    void aPastTenseReadAsAParticipleAfterTheSubjectsApposition() {
        List<Quote> found = quotes("Maria Lopez, the mayor of the city, called on the governor to release the emergency funds.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the governor to release the emergency funds", "called", "Maria Lopez"));
    }

    @Test
    void aPastTenseReadAsAParticipleBeforeItsObject() {
        List<Quote> found = quotes("Tom Reed, a professor of economics at Cornell University, compared the tax plan to a lottery ticket.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the tax plan to a lottery ticket", "compared", "Tom Reed"));
    }

    @Test
    void aPastTenseReadAsAParticipleAfterAdverbs() {
        List<Quote> found = quotes("Union leaders and teachers almost unanimously expressed anger over the new contract.");

        assertThat(found).extracting(Quote::text, Quote::cue)
                .containsExactly(tuple("anger over the new contract", "expressed"));
    }

    @Test
    void aParticipleModifyingASubjectReportsNothing() {
        assertThat(quotes("However, documented cases of voter fraud remain rare.")).isEmpty();
    }
    @Test
    void aParticipleAfterAQuotationsClosingCommaReportsForTheSentencesSpeaker() {
        List<Quote> found = quotes("In a statement, the company said: \"The plant was profitable for a decade,\" adding that "
                + "its workforce had doubled since 2010.");

        assertThat(found).extracting(Quote::kind, Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("direct", "The plant was profitable for a decade,", "company"),
                        tuple("indirect", "that its workforce had doubled since 2010", "company"));
    }

    @Test
    void aParticipleAfterACommaAndAnAdverb() {
        List<Quote> found = quotes("Local officials were cautiously optimistic, perhaps recognizing that the deal could still collapse.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("that the deal could still collapse", "recognizing", "Local officials"));
    }
    @Test
    void aPresentTenseReadAsAPluralNounAfterAName() {
        List<Quote> found = quotes("Mayor Smith questions the timing of the state audit.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the timing of the state audit", "questions", "Mayor Smith"));
    }

    @Test
    void aPresentTenseReadAsAPluralNounBeforeThePrepositionOfItsContent() {
        List<Quote> found = quotes("Appeals court rules against the state's voter identification law.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the state's voter identification law", "rules", "Appeals court"));
    }

    @Test
    void aPluralNounBeforeARelativeClauseIsNoVerb() {
        assertThat(quotes("Reporters obtained court documents that the company had filed in 2012."))
                .extracting(Quote::cue).doesNotContain("documents");
    }
    @Test
    void anOpeningParticipleReportsUpToItsCommaForTheSubjectOfTheMainClause() {
        List<Quote> found = quotes("Hotel bookings fell by a third last year. Citing a sharp drop in tourism, the governor "
                + "announced new spending on advertising.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("a sharp drop in tourism", "Citing", "governor"),
                        tuple("new spending on advertising", "announced", "governor"));
    }

    @Test
    void aQuotationWithAVerbOfItsOwnAfterAnOpeningParticipleIsAQuoteOfItsOwn() {
        List<Quote> found = quotes("The line was closed twice last month. Lamenting the delays, commuters often say, "
                + "“The trains never run on time.”");

        assertThat(found).extracting(Quote::kind, Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("indirect", "the delays", "commuters"),
                        tuple("direct", "The trains never run on time.", "commuters"));
    }
    @Test
    void aboutAfterAListenerAndATime() {
        List<Quote> found = quotes("The minister spoke to reporters last week about the new border rules.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("the new border rules", "spoke", "minister"));
    }

    @Test
    void aboutAfterATimeIsNoContent() {
        assertThat(quotes("The two leaders spoke for about ten minutes.")).isEmpty();
    }

    @Test
    void anEmbeddedQuestionAfterAnAdjunct() {
        List<Quote> found = quotes("A new Treasury study shows in detail how wealthy families avoid the estate tax. "
                + "Voters would know exactly what the senator earned from the deal.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("how wealthy families avoid the estate tax", "shows", "new Treasury study"),
                        tuple("what the senator earned from the deal", "know", "Voters"));
    }
    @Test
    void aLongSubjectOfOneNounPhraseAfterTheContent() {
        List<Quote> found = quotes("The economy will slow sharply next year, the central bank's former chief economist predicts.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("The economy will slow sharply next year", "predicts",
                        "central bank's former chief economist"));
    }

    @Test
    void oneNounIsTheWholeObjectOfAVerbOfSupport() {
        List<Quote> found = quotes("The steelworkers union endorsed Clinton.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("Clinton", "endorsed", "steelworkers union"));
    }

    @Test
    void oneNounIsNoListenerNorAPronoun() {
        assertThat(quotes("The senator called Trump. He did not believe it.")).isEmpty();
    }

    @Test
    void aRelativeClauseAfterAClosingAttributionReportsOnItsOwn() {
        List<Quote> found = quotes("“The rules are simply too complicated,” said Ms. Ortiz, who argued that small firms "
                + "would pay the most.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text(), q -> q.speaker().name())
                .containsExactly(tuple("The rules are simply too complicated,", "Ms. Ortiz", "Ms. Ortiz"),
                        tuple("that small firms would pay the most", "who", "Ms. Ortiz"));
    }

    @Test
    void aParticipleAfterItsNounReportsForThatNoun() {
        List<Quote> found = quotes("The long recession left many rural voters feeling that the system was rigged against them.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("that the system was rigged against them", "feeling", "many rural voters"));
    }

    @Test
    void eachIsTheSpeakerOfItsParticiple() {
        List<Quote> found = quotes("The two governors clashed on Tuesday, each touting their own record on jobs.");

        assertThat(found).extracting(Quote::text, q -> q.speaker().text())
                .containsExactly(tuple("their own record on jobs", "each"));
    }

    @Test
    void aParticipleInTheSubjectReportsNothing() {
        assertThat(quotes("A video of a mother pleading for her son's release was shown at the hearing.")).isEmpty();
    }

    @Test
    void anEmbeddedQuestionAfterThePrepositionOfItsVerb() {
        List<Quote> found = quotes("County officials weighed in Friday about whether the ballots should be counted again.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("whether the ballots should be counted again", "weighed", "County officials"));
    }

    @Test
    void anObjectMayOpenWithTheAdverbOfItsModifier() {
        List<Quote> found = quotes("Several Nordic ministers have proposed jointly funded patrols in the Baltic Sea.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("jointly funded patrols in the Baltic Sea", "proposed", "Several Nordic ministers"));
    }

    @Test
    void aListenerWithNothingAfterItWasTheObject() {
        List<Quote> found = quotes("The governor has promised a full review and ordered the agency to publish its records.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .contains(tuple("a full review and ordered the agency to publish its records", "promised", "governor"));
    }
}
