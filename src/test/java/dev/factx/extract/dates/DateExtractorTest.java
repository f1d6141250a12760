package dev.factx.extract.dates;

import dev.factx.facts.DateFact;
import dev.factx.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class DateExtractorTest {
    private static final LocalDate THURSDAY_JULY_4 = LocalDate.of(2019, 7, 4);
    private static final LocalDate SUNDAY_DECEMBER_13 = LocalDate.of(2015, 12, 13);
    /** The closest Monday is the one before (December 7), the closest Friday the one after. */
    private static final LocalDate THURSDAY_DECEMBER_10 = LocalDate.of(2015, 12, 10);

    private static List<DateFact> dates(String text, LocalDate date) {
        return DateExtractor.extract(Fixtures.annotate(text, date));
    }

    @Test
    void aRangeIsOneFactWithItsEndsAndACountedDurationHasNone() {
        List<DateFact> found = dates("The plant ran from 1987 to 2002. Prices have doubled over the past 20 years.",
                THURSDAY_JULY_4);

        assertThat(found).extracting(DateFact::text, DateFact::type, DateFact::value, DateFact::begin, DateFact::until)
                .containsExactly(tuple("from 1987 to 2002", "DURATION", "P15Y", "1987", "2002"),
                        tuple("the past 20 years", "DURATION", "P20Y", null, null));
    }

    @Test
    void betweenTwoMonthsIsOneRange() {
        List<DateFact> found = dates("Sales fell between March and May, and again from Aug. 1 to Aug. 15.",
                THURSDAY_JULY_4);

        assertThat(found).extracting(DateFact::text, DateFact::type, DateFact::value, DateFact::begin, DateFact::until)
                .containsExactly(tuple("between March and May", "DURATION", "P2M", "2019-03", "2019-05"),
                        tuple("from Aug. 1 to Aug. 15", "DURATION", "P14D", "2019-08-01", "2019-08-15"));
    }

    @Test
    void weekdaysResolveAgainstTheDocumentDate() {
        List<DateFact> found = dates("Putin said on Thursday that Russia had suspended the treaty on Wednesday.",
                THURSDAY_JULY_4);

        assertThat(found).extracting(DateFact::text, DateFact::type, DateFact::value, DateFact::resolved)
                .containsExactly(tuple("Thursday", "DATE", "2019-07-04", true),
                        tuple("Wednesday", "DATE", "2019-07-03", true));
    }

    @Test
    void monthsAndYearsWithModifiers() {
        List<DateFact> found = dates("In late June, NATO called on Russia to save the treaty signed in 1987. "
                + "In early 2021 the New START treaty expires. The U.S. will withdraw from the agreement on August 2.",
                THURSDAY_JULY_4);

        assertThat(found).extracting(DateFact::text, DateFact::value, DateFact::modifier, DateFact::resolved)
                .containsExactly(tuple("late June", "2019-06", "LATE", true),
                        tuple("1987", "1987", null, false),
                        tuple("early 2021", "2021", "EARLY", false),
                        tuple("August 2", "2019-08-02", null, true));
    }

    @Test
    void withoutADocumentDateRelativeDatesStayUnresolved() {
        List<DateFact> found = dates("Putin said on Thursday that talks would resume.", null);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("Thursday");
            assertThat(d.value()).isEqualTo("XXXX-WXX-4");
            assertThat(d.resolved()).isFalse();
        });
    }

    @Test
    void aMonthInAPastTenseSentenceIsTheLastOne() {
        List<DateFact> found = dates("The company reported a loss in October, when sales of its phones fell.",
                THURSDAY_JULY_4);

        assertThat(found).extracting(DateFact::text, DateFact::value)
                .containsExactly(tuple("October", "2018-10"));
    }

    @Test
    void aWeekdayAfterWillIsTheNextOne() {
        List<DateFact> found = dates("The prime minister will meet the opposition leaders on Monday in London.",
                THURSDAY_DECEMBER_10);

        assertThat(found).extracting(DateFact::text, DateFact::value)
                .containsExactly(tuple("Monday", "2015-12-14"));
    }

    @Test
    void aWeekdayInAPastTenseSentenceIsTheLastOne() {
        List<DateFact> found = dates("The prime minister met the opposition leaders on Friday in London.",
                THURSDAY_DECEMBER_10);

        assertThat(found).extracting(DateFact::text, DateFact::value)
                .containsExactly(tuple("Friday", "2015-12-04"));
    }

    @Test
    void aDayOfTheMonthKeepsTheClosestWhateverTheTense() {
        List<DateFact> found = dates("The board declared a dividend of 10 cents a share, payable Dec. 15.",
                LocalDate.of(2019, 11, 2));

        assertThat(found).extracting(DateFact::text, DateFact::value)
                .containsExactly(tuple("Dec. 15", "2019-12-15"));
    }

    /** SUTime's own tense rules tagged the value it shares between texts (CoreNLP issue #1061). */
    @Test
    void aWeekdayDoesNotTakeTheTenseOfAnEarlierDocument() {
        String untensed = "A meeting of the foreign ministers on Monday in Paris is the first since the summit.";
        String before = dates(untensed, SUNDAY_DECEMBER_13).get(0).value();

        dates("The talks collapsed on Monday in Geneva, officials said.", SUNDAY_DECEMBER_13);
        String afterPast = dates(untensed, SUNDAY_DECEMBER_13).get(0).value();
        dates("The talks will resume on Monday in Geneva, officials said.", SUNDAY_DECEMBER_13);
        String afterFuture = dates(untensed, SUNDAY_DECEMBER_13).get(0).value();

        assertThat(List.of(before, afterPast, afterFuture)).containsOnly("2015-12-14");
    }

    @Test
    void agesNamesAndClassifyingFrequenciesAreNoDates() {
        List<DateFact> found = dates("Czech Foreign Minister Jan Kavan met the 6-year-old boy's father, 32 years old, "
                + "on Friday. Once the court rules, the company will raise its quarterly dividend, the SEC said.",
                THURSDAY_DECEMBER_10);

        assertThat(found).extracting(DateFact::text).containsExactly("Friday");
    }

    @Test
    void aResultsStoryComparesItsQuarterWithTheSameQuarterAYearBefore() {
        List<DateFact> found = dates("Acme Corp. said third-quarter net income rose 12% to $5 million from "
                + "$4.5 million a year earlier. Sales in the latest quarter rose 5%. In the year-ago quarter, "
                + "the company took a charge. It expects a fourth-quarter loss.", LocalDate.of(1989, 10, 26));

        assertThat(found).extracting(DateFact::text, DateFact::value)
                .containsExactly(tuple("third-quarter", "1989-Q3"),
                        tuple("a year earlier", "1988-Q3"),
                        tuple("the latest quarter", "1989-Q3"),
                        tuple("the year-ago quarter", "1988-Q3"),
                        tuple("fourth-quarter", "1989-Q4"));
    }

    @Test
    void aQuarterNamedWithoutItsYearTakesTheTenseOfItsSentence() {
        List<DateFact> found = dates("Profit fell in the first quarter. The company will return to profit in "
                + "the first quarter, its chief executive said.", LocalDate.of(1989, 10, 26));

        assertThat(found).extracting(DateFact::text, DateFact::value)
                .containsExactly(tuple("the first quarter", "1989-Q1"), tuple("the first quarter", "1990-Q1"));
    }

    @Test
    void withoutAQuarterAYearAgoIsTheYearBefore() {
        List<DateFact> found = dates("The party won 40% of the vote, up from 32% a year ago.",
                LocalDate.of(2019, 7, 4));

        assertThat(found).extracting(DateFact::text, DateFact::value).containsExactly(tuple("a year ago", "2018"));
    }

    @Test
    void yearsMonthsAndWeeksAgoNameTheYearMonthAndWeek() {
        List<DateFact> found = dates("The revolution that brought Castro to power 41 years ago is over. "
                + "The boy was rescued two months ago. The talks began six weeks ago.", LocalDate.of(2000, 1, 15));

        assertThat(found).extracting(DateFact::text, DateFact::value)
                .containsExactly(tuple("41 years ago", "1959"), tuple("two months ago", "1999-11"),
                        tuple("six weeks ago", "1999-W48"));
    }

    @Test
    void lastAprilIsTheLatestApril() {
        List<DateFact> found = dates("Shareholders approved the merger last April.", LocalDate.of(1989, 10, 26));

        assertThat(found).extracting(DateFact::text, DateFact::value).containsExactly(tuple("last April", "1989-04"));
    }

    @Test
    void aDayOfTheMonthMonthsAwayTakesTheTenseOfItsSentence() {
        List<DateFact> found = dates("Police have searched for the sniper since the Oct. 23 shooting, which "
                + "killed the doctor in his kitchen.", LocalDate.of(1999, 5, 6));

        assertThat(found).extracting(DateFact::text, DateFact::value).containsExactly(tuple("Oct. 23", "1998-10-23"));
    }

    @Test
    void theWeekendInAPastTenseSentenceIsTheOneBefore() {
        List<DateFact> found = dates("Pentagon officials confirmed the reports over the weekend.",
                LocalDate.of(1990, 8, 13));

        assertThat(found).extracting(DateFact::text, DateFact::value)
                .containsExactly(tuple("the weekend", "1990-W32-WE"));
    }

    @Test
    void futureAsAnAdjectivePresentAsAVerbFractionsAndMarchesAreNoDates() {
        List<DateFact> found = dates("Iraq imports about three-quarters of its food. The president will present "
                + "the report, which covers future earnings, after the march on Monday.", THURSDAY_DECEMBER_10);

        assertThat(found).extracting(DateFact::text).containsExactly("Monday");
    }

    @Test
    void aWeekdayEveningWithoutTenseIsTheClosest() {
        List<DateFact> found = dates("The offer had been due to expire Friday evening.", LocalDate.of(1989, 10, 30));

        assertThat(found).extracting(DateFact::text, DateFact::value)
                .containsExactly(tuple("Friday evening", "1989-10-27TEV"));
    }

    @Test
    void aGerundBeforeANounIsNoVerbGroup() {
        List<DateFact> found = dates("A Miami businessman who spent part of Sunday night with chanting protesters "
                + "was arrested.", LocalDate.of(2000, 4, 17));

        assertThat(found).extracting(DateFact::text, DateFact::value)
                .containsExactly(tuple("Sunday night", "2000-04-16TNI"));
    }

    @Test
    void yearsSpokenInABroadcastTranscript() {
        List<DateFact> found = dates("Keating's convictions were thrown out in nineteen ninety-six. Oil fell to "
                + "the level we saw in the winter of nineteen ninety-four.", LocalDate.of(1998, 2, 23));

        assertThat(found).extracting(DateFact::text, DateFact::value)
                .containsExactly(tuple("nineteen ninety-six", "1996"),
                        tuple("the winter of nineteen ninety-four", "1994-WI"));
    }

    @Test
    void aFiscalYearEndedOnADateIsAYearLongAndTheLatestPeriodIsTheStorysQuarter() {
        List<DateFact> found = dates("Cilcorp had revenue of $76 million for the year ended March 31. Its "
                + "third-quarter profit rose, and sales in the latest period rose 5%.", LocalDate.of(1989, 11, 2));

        assertThat(found).extracting(DateFact::text, DateFact::type, DateFact::value)
                .containsExactly(tuple("the year", "DURATION", "P1Y"),
                        tuple("March 31", "DATE", "1989-03-31"),
                        tuple("third-quarter", "DATE", "1989-Q3"),
                        tuple("the latest period", "DATE", "1989-Q3"));
    }

    @Test
    void theFirstNineMonthsOfAYearIsAPeriodOfNineMonths() {
        List<DateFact> found = dates("Employers added 2.6 million jobs in the first nine months of 1997.",
                LocalDate.of(1998, 2, 6));

        assertThat(found).extracting(DateFact::type, DateFact::value).contains(tuple("DURATION", "P9M"));
    }

    @Test
    void aClockTimeIsOnTheDayItsSentenceNamesWithoutItsZone() {
        List<DateFact> found = dates("The blast occurred at about 10:35 a.m. (0735 GMT) Wednesday. The offer "
                + "was extended until 5 p.m. EST Aug. 9.", THURSDAY_JULY_4);

        assertThat(found).extracting(DateFact::text, DateFact::type, DateFact::value)
                .contains(tuple("about 10:35 a.m.", "TIME", "2019-07-03T10:35"),
                        tuple("5 p.m. EST Aug. 9", "TIME", "2019-08-09T17:00"));
    }

    @Test
    void aWeekdayInAQuoteTakesTheTenseOfTheQuoteNotOfSaid() {
        List<DateFact> found = dates("\"The father will leave at 4 a.m. EDT Monday,\" Castro said.",
                THURSDAY_JULY_4);

        assertThat(found).extracting(DateFact::text, DateFact::value)
                .containsExactly(tuple("4 a.m. EDT Monday", "2019-07-08T04:00"));
    }

    @Test
    void aWeekdayBeforeATitleInQuotationMarksTakesTheVerbAfterIt() {
        List<DateFact> found = dates("Friday on CNN's \"State of the Union,\" the senator said the bill had no chance.",
                THURSDAY_JULY_4);

        assertThat(found).extracting(DateFact::text, DateFact::value).containsExactly(tuple("Friday", "2019-06-28"));
    }

    @Test
    void aWeekdayAfterIsScheduledToIsTheNextOne() {
        List<DateFact> found = dates("The sale of the studio is scheduled to close Monday.", THURSDAY_JULY_4);

        assertThat(found).extracting(DateFact::text, DateFact::value).containsExactly(tuple("Monday", "2019-07-08"));
    }

    @Test
    void couldIsNoFutureAndAWeekdayAfterItIsTheClosest() {
        List<DateFact> found = dates("Police could not reach the suspect's lawyer Monday.", THURSDAY_JULY_4);

        assertThat(found).extracting(DateFact::text, DateFact::value).containsExactly(tuple("Monday", "2019-07-01"));
    }

    @Test
    void aLengthOfTimeBesideAWeekdayIsItsOwnFact() {
        List<DateFact> found = dates("The defendant testified for more than three hours Wednesday in a federal court "
                + "in Boston. The plane landed in the early hours of Wednesday morning.", THURSDAY_JULY_4);

        assertThat(found).extracting(DateFact::text, DateFact::type, DateFact::value, DateFact::modifier)
                .containsExactly(tuple("more than three hours", "DURATION", "PT3H", "MORE_THAN"),
                        tuple("Wednesday", "DATE", "2019-07-03", null),
                        tuple("the early hours of Wednesday morning", "DATE", "2019-07-03TMO", null));
    }

    @Test
    void aDayOfTheMonthWithATimeOfDayTakesTheTenseOfItsSentence() {
        List<DateFact> found = dates("The doctor was shot to death on the night of Oct. 23 in his kitchen.",
                THURSDAY_JULY_4);

        assertThat(found).extracting(DateFact::text, DateFact::value)
                .containsExactly(tuple("the night of Oct. 23", "2018-10-23TNI"));
    }

    @Test
    void aDaySomethingWasPutOffUntilIsStillToCome() {
        List<DateFact> found = dates("The judge adjourned the trial until Monday after the witness fell ill.",
                THURSDAY_JULY_4);

        assertThat(found).extracting(DateFact::text, DateFact::value).containsExactly(tuple("Monday", "2019-07-08"));
    }

    @Test
    void aTimePlannedForIsStillToComeAndATrailingReportGivesNoTense() {
        List<DateFact> found = dates("NATO has decided to admit Poland, Hungary and the Czech Republic in early March, "
                + "an official said on Wednesday. The official said that the accession was planned for early April.",
                LocalDate.of(1999, 2, 10));

        assertThat(found).extracting(DateFact::text, DateFact::value).containsExactly(
                tuple("early March", "1999-03"), tuple("Wednesday", "1999-02-10"), tuple("early April", "1999-04"));
    }

    @Test
    void aTimeOfDayBeforeItsDayIsPartOfIt() {
        List<DateFact> found = dates("In London at mid-afternoon yesterday, the company's shares were up 2 pence.",
                THURSDAY_JULY_4);

        assertThat(found).extracting(DateFact::text, DateFact::type, DateFact::value)
                .containsExactly(tuple("mid-afternoon yesterday", "TIME", "2019-07-03TAF"));
    }

    @Test
    void aHalfAndACountBeforeMoreAreCountedInTheDuration() {
        List<DateFact> found = dates("The refugees lived in camps for 2 1/2 years. The fleet may stay for at least "
                + "20 more years. Talks lasted five and a half hours, then a minute and a half, then half an hour.",
                THURSDAY_JULY_4);

        assertThat(found).extracting(DateFact::text, DateFact::type, DateFact::value)
                .containsExactly(tuple("2 1/2 years", "DURATION", "P2Y6M"),
                        tuple("20 more years", "DURATION", "P20Y"),
                        tuple("five and a half hours", "DURATION", "PT5H30M"),
                        tuple("a minute and a half", "DURATION", "PT1M30S"),
                        tuple("half an hour", "DURATION", "PT30M"));
    }

    @Test
    void yearEndIsTheYearWithTheModifierEnd() {
        List<DateFact> found = dates("The merger is expected to close by year-end. The index has risen 12% since "
                + "year end.", LocalDate.of(1989, 10, 26));

        assertThat(found).extracting(DateFact::text, DateFact::type, DateFact::value, DateFact::modifier)
                .containsExactly(tuple("year-end", "DATE", "1989", "END"),
                        tuple("year end", "DATE", "1988", "END"));
    }

    @Test
    void aHolidayInAPastTenseSentenceIsTheLastOne() {
        List<DateFact> found = dates("The boy was found at sea on Thanksgiving Day. The family will gather "
                + "at Christmas.", LocalDate.of(2000, 1, 7));

        assertThat(found).extracting(DateFact::text, DateFact::value)
                .containsExactly(tuple("Thanksgiving", "1999-11-25"), tuple("Christmas", "2000-12-25"));
    }

    @Test
    void aWeekNamedByADayInItIsThatWeek() {
        List<DateFact> found = dates("Protesters prayed as Easter week began. The case will be heard the week of "
                + "March 6.", LocalDate.of(2000, 4, 17));

        assertThat(found).extracting(DateFact::text, DateFact::type, DateFact::value)
                .containsExactly(tuple("Easter week", "DATE", "2000-W16"),
                        tuple("the week of March 6", "DATE", "2000-W10"));
    }

    @Test
    void halvesOfAYear() {
        List<DateFact> found = dates("The brewer expects lower earnings for the last half of 1989. Demand will "
                + "stay weak through the first two quarters of 1990.", LocalDate.of(1989, 11, 1));

        assertThat(found).extracting(DateFact::text, DateFact::value)
                .containsExactly(tuple("the last half of 1989", "1989-H2"),
                        tuple("the first two quarters of 1990", "1990-H1"));
    }

    @Test
    void aYearBeforeQuarterInAResultsStoryIsThatYearsQuarter() {
        List<DateFact> found = dates("Acme reported third-quarter net of $2 million, compared with a loss of "
                + "$376,000 in the 1988 quarter.", LocalDate.of(1989, 10, 30));

        assertThat(found).extracting(DateFact::text, DateFact::value)
                .containsExactly(tuple("third-quarter", "1989-Q3"), tuple("the 1988 quarter", "1988-Q3"));
    }

    @Test
    void ordinalsTitlesNamesAndPrepositionsAreNoDates() {
        List<DateFact> found = dates("A second group of directors sold shares. Baker said on ABC's \"This Week "
                + "With David Brinkley\" that talks failed. Thousands joined the March for Life. The bank's effort "
                + "would continue past the Nov. 1 deadline.", LocalDate.of(1989, 10, 26));

        assertThat(found).extracting(DateFact::text, DateFact::value).containsExactly(tuple("Nov. 1", "1989-11-01"));
    }

    @Test
    void thatYearAndTheFollowingYearReferBackToTheLatestDate() {
        List<DateFact> found = dates("Farkas was made a general in 1995, and the following year he was appointed "
                + "attache. The boy arrived in June 1998 and returned to Cuba later that year.", LocalDate.of(2000, 1, 28));

        assertThat(found).extracting(DateFact::text, DateFact::type, DateFact::value)
                .containsExactly(tuple("1995", "DATE", "1995"), tuple("the following year", "DATE", "1996"),
                        tuple("June 1998", "DATE", "1998-06"), tuple("later that year", "DATE", "1998"));
    }

    @Test
    void theFollowingMonthIsOneMonthAfterTheLatestDate() {
        List<DateFact> found = dates("The board rejected the bid in March 1989. The following month, the company "
                + "put itself up for sale.", LocalDate.of(1989, 11, 8));

        assertThat(found).extracting(DateFact::text, DateFact::value)
                .containsExactly(tuple("March 1989", "1989-03"), tuple("The following month", "1989-04"));
    }

    @Test
    void aDayAnAppointmentIsEffectiveIsStillToCome() {
        List<DateFact> found = dates("The company named a three-member office of the chairman, effective Feb. 1.",
                LocalDate.of(1989, 11, 8));

        assertThat(found).extracting(DateFact::text, DateFact::value).containsExactly(tuple("Feb. 1", "1990-02-01"));
    }

    @Test
    void midMonthsAndYearsAreFoundWithTheModifierMid() {
        List<DateFact> found = dates("The company expects to release third-quarter results in mid-November. "
                + "The group began to fall apart in mid-1996.", LocalDate.of(1989, 10, 30));

        assertThat(found).extracting(DateFact::text, DateFact::value, DateFact::modifier)
                .contains(tuple("mid-November", "1989-11", "MID"), tuple("mid-1996", "1996", "MID"));
    }

    @Test
    void theComingYearsAreSomeYearsAhead() {
        List<DateFact> found = dates("The new members will have to buy compatible equipment in the coming years.",
                LocalDate.of(1999, 3, 12));

        assertThat(found).extracting(DateFact::text, DateFact::type, DateFact::value)
                .containsExactly(tuple("the coming years", "DURATION", "PXY"));
    }

    @Test
    void anUncountedTimeAgoIsOnlyInThePast() {
        List<DateFact> found = dates("Support for the party rose from 35 percent several years ago to 51 percent.",
                LocalDate.of(1998, 2, 13));

        assertThat(found).extracting(DateFact::text, DateFact::value)
                .containsExactly(tuple("several years ago", "PAST_REF"));
    }

    @Test
    void aQuarterToBeReportedIsOneThatHasEnded() {
        List<DateFact> found = dates("The airline is expected to report third-quarter earnings next month.",
                LocalDate.of(1989, 10, 26));

        assertThat(found).extracting(DateFact::text, DateFact::value).contains(tuple("third-quarter", "1989-Q3"));
    }
}
