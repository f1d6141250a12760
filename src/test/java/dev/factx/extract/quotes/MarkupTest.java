package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupTest {

    @Test
    void attributeValuesOfATagAreNoQuotesAndTheSpeakerIsTheNameAfterIt() {
        String text = "The claim was rated Mostly True.\n\n"
                + "<tweet tweet-author=\"The statement is accurate but needs clarification, so we rate it Mostly True\">"
                + "Sanders said that the real unemployment rate for young people is 51 percent.";

        assertThat(ExtractedQuotes.of(text)).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("that the real unemployment rate for young people is 51 percent");
            assertThat(q.speaker().text()).isEqualTo("Sanders");
        });
    }
}
