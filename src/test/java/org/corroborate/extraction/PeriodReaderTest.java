package org.corroborate.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodReaderTest {

    @ParameterizedTest(name = "\"{0}\" published {1} counts {2} to {3}")
    @CsvSource(delimiter = '|', value = {
            "en cinq jours|2019-12-24|2019-12-19|2019-12-24",
            "in five days|2019-12-24|2019-12-19|2019-12-24",
            "depuis le 19 décembre|2019-12-20|2019-12-19|2019-12-20",
            "since 19 December|2020-01-03|2019-12-19|2020-01-03",
            "since December 19|2019-12-22|2019-12-19|2019-12-22",
            "depuis 2011|2019-12-27|2011-01-01|2019-12-27",
            "since 2011|2019-12-24|2011-01-01|2019-12-24",
            "depuis le début de la guerre en 2011|2019-12-24|2011-01-01|2019-12-24",
            "depuis jeudi|2019-12-24|2019-12-19|2019-12-24",
            "since Thursday|2019-12-24|2019-12-19|2019-12-24",
            "since mid-December|2019-12-22|2019-12-15|2019-12-22",
            "depuis la mi-décembre|2019-12-27|2019-12-15|2019-12-27",
            "depuis fin août 2019|2019-12-23|2019-08-21|2019-12-23",
            "this week|2019-12-26|2019-12-23|2019-12-26",
            "cette semaine|2019-12-26|2019-12-23|2019-12-26",
            "la semaine dernière|2019-12-24|2019-12-16|2019-12-22",
            "past week|2019-12-24|2019-12-17|2019-12-24",
            "past 48 hours|2019-12-22|2019-12-20|2019-12-22",
            "past two days|2019-12-22|2019-12-20|2019-12-22",
            "en deux semaines|2019-12-27|2019-12-13|2019-12-27",
            "12-25 December|2019-12-26|2019-12-12|2019-12-25",
            "12-25 décembre|2019-12-27|2019-12-12|2019-12-25",
            "du 1er au 29 décembre|2019-12-30|2019-12-01|2019-12-29",
            "24 December|2019-12-24|2019-12-24|2019-12-24",
            "décembre 2019|2019-12-27|2019-12-01|2019-12-27",
            "en 2018|2019-03-01|2018-01-01|2018-12-31",
            "hier|2019-03-16|2019-03-15|2019-03-15",
            "yesterday|2019-03-16|2019-03-15|2019-03-15",
            "ces derniers jours|2019-12-24|2019-12-17|2019-12-24"})
    void readsTheDaysAPeriodPhraseCounts(String phrase, LocalDate published, LocalDate from, LocalDate to) {
        assertThat(PeriodReader.read(phrase, published)).contains(new PeriodReader.Days(from, to));
    }

    @ParameterizedTest(name = "\"{0}\" is not a period counted")
    @CsvSource(delimiter = '|', value = {"accord de septembre 2018", "selon l'OSDH", "the agreement"})
    void aPhraseThatDoesNotStartWithATimeFormIsNotRead(String phrase) {
        assertThat(PeriodReader.read(phrase, LocalDate.of(2019, 12, 24))).isEmpty();
    }
}
