package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The subject of a reporting verb where it is not the noun phrase right before it. */
class SpeakerSubjectsTest {

    private static List<Quote> quotes(String text) {
        return ExtractedQuotes.of(text);
    }

    private static List<Object> speakerOf(String text, String cue) {
        return quotes(text).stream().filter(q -> q.cue().equals(cue))
                .map(q -> (Object) (q.speaker() == null ? null : q.speaker().text())).toList();
    }

    @Test
    void aRelativeThatIsMentionedWithItsNounPhrase() {
        assertThat(speakerOf("The rules are backed by dozens of cities that support the regulations.", "support"))
                .containsExactly("cities that");
    }

    @Test
    void manyOfWhomIsThePartOfTheGroup() {
        assertThat(speakerOf("The law angered relatives of the victims, many of whom say the president's claims are "
                + "unfounded.", "say")).containsExactly("many of whom");
    }

    @Test
    void whoWithNoNounPhraseBeforeItIsTheMention() {
        assertThat(speakerOf("The remark drew scrutiny from some who saw the comment as a dig at the military.", "saw"))
                .containsExactly("who");
    }

    @Test
    void aYearBetweenSubjectAndVerbIsNoSubject() {
        assertThat(speakerOf("Mexico kept its cool, though an arbitration panel in 2001 found the United States was "
                + "in breach of the agreement.", "found")).containsExactly("arbitration panel");
    }

    @Test
    void aSettingAfterANameIsNoSubject() {
        assertThat(speakerOf("John Stumpf in a televised interview appeared to blame low-level workers for the "
                + "scandal.", "blame")).containsExactly("John Stumpf");
    }

    @Test
    void aPronounAfterANounIsASubjectOfItsOwn() {
        assertThat(speakerOf("A few days ago in an interview with the network RT he blasted the American media for "
                + "being dishonest.", "blasted")).containsExactly("he");
    }

    @Test
    void theObjectBeforeAnInfinitiveIsItsSubject() {
        assertThat(speakerOf("The senator forced Stumpf, who was under questioning from the committee, to admit that "
                + "no senior executives had been fired.", "admit")).containsExactly("Stumpf");
        assertThat(speakerOf("The choice of moderators will make it difficult for Trump to attack them during the "
                + "debates.", "attack")).containsExactly("Trump");
    }

    @Test
    void anInfinitiveInAHeadlineWithNothingBeforeItsSubjectHasNoSpeaker() {
        assertThat(speakerOf("St. Paul Votes To Condemn Donald Trump’s Muslim Ban.", "Condemn")).containsExactly(
                (Object) null);
    }

    @Test
    void anObligationIsNoViewOfTheOneObliged() {
        assertThat(speakerOf("The Refugee Convention, which most nations signed, obligates countries to offer protection "
                + "to all those fleeing war.", "offer")).containsExactly("Refugee Convention");
    }

    @Test
    void anAdverbBetweenToAndItsVerb() {
        assertThat(speakerOf("He was able to consistently tout his polling strength while needling opponents.", "tout"))
                .containsExactly("He");
    }

    @Test
    void aParticipleGoesWithTheReportingVerbBeforeIt() {
        List<Quote> found = quotes("“The American people do not agree with Trump,” Sanders said, suggesting a few "
                + "questions for the nominee.");

        assertThat(found).extracting(Quote::cue, Quote::text, q -> q.speaker().text())
                .contains(tuple("suggesting", "a few questions for the nominee", "Sanders"));
    }

    @Test
    void aSecondVerbAfterAndSharesTheSubjectOfTheSentence() {
        assertThat(speakerOf("Dean, a medical doctor, then appeared on MSNBC on Tuesday and began by saying he would "
                + "never diagnose someone through television.", "saying")).containsExactly("Dean");
    }

    @Test
    void aVerbOfIntentBeforeItsInfinitiveIsNoParticipleAndAPartyNamesAMember() {
        List<Quote> found = quotes("One Republican threatened to make the official testify in a public setting.");

        assertThat(found).extracting(Quote::text, Quote::cue, q -> q.speaker().text())
                .containsExactly(tuple("to make the official testify in a public setting", "threatened",
                        "One Republican"));
    }
}
