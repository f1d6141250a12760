package dev.factx.extract;

import dev.factx.facts.Entity;
import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteExtractorTest {

    private static List<Quote> quotes(String text) {
        AnnotatedText annotated = Fixtures.annotate(text, null);
        List<Entity> entities = EntityExtractor.extract(annotated);
        return QuoteExtractor.extract(annotated, entities);
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
    void aQuotedFragmentIsPartialAndItsSpeakerNeedNotBeAnEntity() {
        List<Quote> found = quotes("But the U.S. administration is insisting that the system is to defend "
                + "Europe from “Rogue States.”");

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Rogue States.");
            assertThat(q.kind()).isEqualTo("partial");
            assertThat(q.speaker().name()).isEqualTo("U.S. administration");
            assertThat(q.speaker().entity()).isNull();
        });
    }

    @Test
    void noSpeakerRatherThanAWrongOne() {
        List<Quote> found = quotes("The word “détente” came back into fashion.");

        assertThat(found).singleElement().satisfies(q -> assertThat(q.speaker()).isNull());
    }
}
