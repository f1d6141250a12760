package dev.factx.input;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentDatesTest {
    private static final LocalDate JULY_4 = LocalDate.of(2019, 7, 4);

    @Test
    void metadataDatesInTheUsualForms() {
        assertThat(DocumentDates.parse("2019-07-04")).isEqualTo(JULY_4);
        assertThat(DocumentDates.parse("2019-07-04T23:30:00-04:00")).isEqualTo(JULY_4);
        assertThat(DocumentDates.parse("2019-07-04 10:00")).isEqualTo(JULY_4);
        assertThat(DocumentDates.parse("20190704")).isEqualTo(JULY_4);
        assertThat(DocumentDates.parse("Thu, 4 Jul 2019 10:00:00 GMT")).isEqualTo(JULY_4);
        assertThat(DocumentDates.parse("last Tuesday")).isNull();
        assertThat(DocumentDates.parse("2019-02-30")).isNull();
    }

    @Test
    void datesInFileNames() {
        assertThat(DocumentDates.inFileName("putin-2019-07-04.txt")).isEqualTo(JULY_4);
        assertThat(DocumentDates.inFileName("20190704_putin.html")).isEqualTo(JULY_4);
        assertThat(DocumentDates.inFileName("report-123456789.txt")).isNull();
        assertThat(DocumentDates.inFileName("2019-0704.txt")).isNull();
        assertThat(DocumentDates.inFileName("putin.txt")).isNull();
    }
}
