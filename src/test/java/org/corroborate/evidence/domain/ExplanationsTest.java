package org.corroborate.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.evidence.domain.EvidenceLink.contradicts;
import static org.corroborate.evidence.domain.EvidenceLink.supports;
import static org.corroborate.evidence.domain.Fixtures.*;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ExplanationsTest {

    private final StatusEngine engine = StatusEngine.withDefaults();

    private FigureStanding corroboratedByOchaAndUnicef() {
        CheckedFigure figure = figure("plus de 130 000 déplacés", moreThan("130000"), DISPLACED, null);
        StatedAssertion ocha = said(OCHA, 24, moreThan("235000"), DISPLACED, "more than 235,000");
        StatedAssertion unicef = said(UNICEF, 24, moreThan("130000"), DISPLACED, "more than 130,000");
        return engine.assess(figure, List.of(supports(ocha), supports(unicef)), List.of());
    }

    private FigureStanding contestedByLaCroix() {
        CheckedFigure figure = figure("plus de 70%", moreThan("70"), TERRITORY_HELD, null);
        StatedAssertion laCroix = relayed(LA_CROIX, AFP, 27, nearly("70"), TERRITORY_HELD, "près de 70%");
        return engine.assess(figure, List.of(contradicts(laCroix)), List.of());
    }

    @Test
    void corroborationIsExplainedInEnglish() {
        assertThat(Explanations.render(corroboratedByOchaAndUnicef().explanation().getFirst(), Locale.ENGLISH))
                .isEqualTo("2 independent origins agree: OCHA, UNICEF");
    }

    @Test
    void corroborationIsExplainedInFrench() {
        assertThat(Explanations.render(corroboratedByOchaAndUnicef().explanation().getFirst(), Locale.FRENCH))
                .isEqualTo("2 origines indépendantes concordent\u00a0: OCHA, UNICEF");
    }

    @Test
    void aContestIsExplainedInEnglish() {
        assertThat(Explanations.render(contestedByLaCroix().explanation().getFirst(), Locale.ENGLISH))
                .isEqualTo("contested: La Croix/AFP says près de 70% (just under 70), the story says plus de 70%");
    }

    @Test
    void aContestIsExplainedInFrench() {
        assertThat(Explanations.render(contestedByLaCroix().explanation().getFirst(), Locale.FRENCH))
                .isEqualTo("contesté\u00a0: La Croix/AFP dit près de 70% (juste en dessous de 70), l'article dit plus de 70%");
    }

    @Test
    void aPartyClaimIsExplained() {
        CheckedFigure figure = figure("320 km2", exact("320"), VILLAGES_TAKEN, ARMY);
        StatedAssertion army = said(ARMY, 24, exact("320"), VILLAGES_TAKEN, "320 km²");

        List<Message> explanation = engine.assess(figure, List.of(supports(army)), List.of()).explanation();

        assertThat(Explanations.render(explanation.get(1), Locale.ENGLISH))
                .isEqualTo("claimed by a party: the army; a party to the conflict never corroborates alone");
    }

    @Test
    void otherLanguagesGetEnglish() {
        assertThat(Explanations.render(Message.of("status.UNSUPPORTED"), Locale.GERMAN))
                .isEqualTo("unsupported: no report supports this figure yet");
    }

    @Test
    void numbersAreWrittenTheFrenchWayInFrench() {
        Message m = Message.of("reading.MORE_THAN", new BigDecimal("370000"));

        assertThat(Explanations.render(m, Locale.FRENCH)).matches("plus de 370[\\u00a0\\u202f ]000");
    }

    @Test
    void numbersAreWrittenTheEnglishWayInEnglish() {
        assertThat(Explanations.render(Message.of("reading.MORE_THAN", new BigDecimal("370000")), Locale.ENGLISH))
                .isEqualTo("over 370,000");
    }

    @Test
    void bothLanguagesSayEverySentence() throws IOException {
        assertThat(bundle("fr").stringPropertyNames()).isEqualTo(bundle("en").stringPropertyNames());
    }

    @Test
    void everyStatusWarningAndReadingHasASentence() throws IOException {
        Properties en = bundle("en");
        for (WarningCode code : WarningCode.values()) {
            assertThat(en).containsKey(code.messageKey());
        }
        for (FigureStatus status : FigureStatus.values()) {
            assertThat(en).containsKey("status." + status.name());
        }
        for (org.corroborate.extraction.Qualifier q : org.corroborate.extraction.Qualifier.values()) {
            assertThat(en).containsKey("reading." + q.name());
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Explanations.class.getResourceAsStream("explanations_" + language + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
