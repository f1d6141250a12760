package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderQuestionsTest {

    @Test
    void aYesNoQuestionToTheReaderReportsNobody() {
        String text = "Today is two months until the presidential election. Do you know where your candidate's tax returns are?";

        assertThat(ExtractedQuotes.of(text)).isEmpty();
    }

    @Test
    void aQuestionAfterAConjunctionReportsNobody() {
        String text = "Would you vote for her? Or would you think she must be the worst woman?";

        assertThat(ExtractedQuotes.of(text)).isEmpty();
    }

    @Test
    void aWhQuestionStaysAReport() {
        String text = "How do you know when it's worth paying a whole lot more for one school than another?";

        assertThat(ExtractedQuotes.of(text)).extracting(Quote::text)
                .containsExactly("when it's worth paying a whole lot more for one school than another");
    }
}
