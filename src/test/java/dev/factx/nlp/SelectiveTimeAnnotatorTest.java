package dev.factx.nlp;

import dev.factx.testing.Fixtures;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** SUTime runs on the parts of sentences around temporal cues; it must find what it finds in whole sentences. */
class SelectiveTimeAnnotatorTest {
    private static final LocalDate THURSDAY_JULY_4 = LocalDate.of(2019, 7, 4);

    private static void assertTimexes(String text, Tuple... expected) {
        AnnotatedText doc = Fixtures.annotate(text, THURSDAY_JULY_4);
        assertThat(doc.timexes())
                .extracting(t -> text.substring(t.start(), t.end()), Timex::value)
                .containsExactly(expected);
    }

    @Test
    void modifiersFiveWordsBeforeTheCueStayInTheExpression() {
        assertTimexes("Profits fell sharply in the first three months of last year, the company said. "
                        + "Shares rose at the end of the first quarter.",
                tuple("the first three months of last year", "2018 INTERSECT P3M"),
                tuple("the end of the first quarter", "2020-Q1"));
    }

    @Test
    void wordsAfterTheCueStayInTheExpression() {
        assertTimexes("The talks resumed three days later in Geneva.",
                tuple("three days later", "2019-07-07"));
    }

    @Test
    void expressionsAtTheStartAndEndOfALongSentence() {
        assertTimexes("On Monday the minister, who had long argued that the ailing economy of the country "
                        + "needed many deep reforms, announced new jobs by December 2020.",
                tuple("Monday", "2019-07-01"),
                tuple("December 2020", "2020-12"));
    }

    @Test
    void compositeRulesJoinTheTokensOfAPart() {
        assertTimexes("11:00 am – Police said the suspects fled. The shop opened from 6AM to 9AM EST on Monday.",
                tuple("11:00 am", "2019-07-04T11:00"),
                tuple("from 6AM to 9AM", "PT3H"),
                tuple("Monday", "2019-07-01"));
    }

    @Test
    void aSpelledNumberLongerThanTheReachIsKeptWhole() {
        assertTimexes("The dynasty ruled for two thousand three hundred and forty five years until it fell.",
                tuple("two thousand three hundred and forty five years", "P2345Y"));
    }
}
