package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.corroborate.Unique;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.source.SourceRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * A figure's subject ended after its verb ("More than 40 schools remain closed": "schools remain closed"), so a report
 * that counts the same schools in other words ("42 schools were closed": "schools") met one of its three subject
 * terms and was proposed as context only. Now the verb ends the subject and the report supports the figure, in
 * English and French.
 */
@SpringBootTest
class SubjectBeforeTheVerbTest {

    @Autowired
    ApplicationContext spring;

    private EvidenceScenario scenario;

    @BeforeEach
    void inMarch2025() {
        scenario = new EvidenceScenario(spring, Instant.parse("2025-03-02T18:00:00Z"));
    }

    @Test
    void theSchoolsStillClosedAreTheSchoolsAReportCounts() {
        String run = Unique.letters();
        long closed = scenario.storyFigure("Storm schools " + run, "en",
                "More than 40 schools remain closed in the province after the storm. " + run, "More than 40");
        SourceRef ministry = scenario.source("Education ministry " + run);
        scenario.report(ministry, "en", "Schools update " + run, "In all, 42 schools were closed on Sunday, the "
                + "ministry said. " + run);

        assertThat(scenario.suggestion(closed, Locale.ENGLISH, "42").proposed()).isEqualTo(Relation.SUPPORTS);
    }

    @Test
    void lesEcolesEncoreFermeesSontCellesQueCompteLeRectorat() {
        String run = Unique.letters();
        long closed = scenario.storyFigure("Écoles fermées " + run, "fr",
                "Près de 40 écoles restent fermées dans le département après la tempête. " + run, "Près de 40");
        SourceRef rectorat = scenario.source("Rectorat " + run);
        scenario.report(rectorat, "fr", "Point écoles " + run, "Au total, 38 écoles étaient fermées dimanche, selon le "
                + "rectorat. " + run);

        assertThat(scenario.suggestion(closed, Locale.FRENCH, "38").proposed()).isEqualTo(Relation.SUPPORTS);
    }
}
