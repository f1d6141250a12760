package dev.factx.extract.quotes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColonIntroductionsTest {

    @Test
    void theSubjectBeforeTheColonPresentsTheQuotation() {
        String text = "Facing lagging enthusiasm among young black voters, President Obama is rolling out "
                + "a new and more personal campaign message: \"It's about me.\"";

        assertThat(ExtractedQuotes.of(text)).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("It's about me.");
            assertThat(q.speaker().text()).isEqualTo("President Obama");
            assertThat(q.cue()).isEqualTo(":");
        });
    }

    @Test
    void anIntroductionInTheParagraphBeforeNamesTheSpeaker() {
        String text = "On Oct. 15, Sanders made the following comment:\n\n"
                + "“For young people who have graduated high school, the unemployment rate is 33 percent.”";

        assertThat(ExtractedQuotes.of(text)).singleElement().satisfies(q -> assertThat(q.speaker().text()).isEqualTo("Sanders"));
    }
}
