package dev.factx.extract;

import dev.factx.facts.DateFact;
import dev.factx.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class DateExtractorTest {
    private static final LocalDate THURSDAY_JULY_4 = LocalDate.of(2019, 7, 4);

    private static List<DateFact> dates(String text, LocalDate date) {
        return DateExtractor.extract(Fixtures.annotate(text, date));
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
}
