package org.corroborate.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void frenchWordingPutsTheArticleBeforeAnAcronym() {
        assertThat(Wording.prefill("environ 260 morts", "OSDH", "fr")).isEqualTo("environ 260 morts selon l'OSDH");
    }

    @Test
    void englishWordingSaysAccordingTo() {
        assertThat(Wording.prefill("about 260 deaths", "SOHR", "en"))
                .isEqualTo("about 260 deaths according to SOHR");
    }

    @Test
    void aFigureWithoutAttributionIsWordedAsQuoted() {
        assertThat(Wording.prefill("320 km2", null, "fr")).isEqualTo("320 km2");
    }
}
