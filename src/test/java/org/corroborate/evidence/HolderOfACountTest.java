package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.corroborate.Unique;
import org.corroborate.evidence.FigurePanelData.EvidenceSuggestionRow;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.figure.FigureService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Whose count it is, end to end (third walk, the holder of a count): a story's figure accepted from the suggestions
 * keeps the holder the engine read ("RC" of "RC claimed at least 64 seats"); a report's numbers keep theirs ("ADN 67
 * ... and RC 61"); the ranker proposes another party's count as context only, with the reason, and the holder's own
 * count as it compares. Before, ADN's 67 seats supported RC's "at least 64" (both "seats"). In French too.
 */
@SpringBootTest
class HolderOfACountTest {

    @Autowired
    FigureService figures;

    @Autowired
    EvidenceService evidence;

    @Autowired
    SystemAuthentication system;

    @Autowired
    ApplicationContext spring;

    private EvidenceScenario scenario;

    @BeforeEach
    void inApril2025() {
        scenario = new EvidenceScenario(spring, Instant.parse("2025-04-13T20:00:00Z"));
    }

    @Test
    void anotherPartysSeatsAreNoSupportForAPartysClaim() {
        String run = Unique.letters();
        long claim = scenario.storyFigure("Ecuador " + run, "en",
                "Revolucion Ciudadana (RC) claimed at least 64 seats in the new Assembly on Sunday. " + run,
                "at least 64");
        assertThat(system.call(() -> figures.value(claim)).draft().holder()).isEqualTo("Revolucion Ciudadana (RC)");
        assertThat(system.call(() -> evidence.panel(claim, Locale.ENGLISH)).holder()).isEqualTo("Revolucion Ciudadana (RC)");

        SourceRef council = scenario.source("National Electoral Council " + run);
        scenario.report(council, "en", "Ecuador results " + run, "Preliminary results from the National Electoral "
                + "Council give ADN 67 of the 151 seats in the Assembly and RC 61. " + run);

        EvidenceSuggestionRow adn = scenario.suggestion(claim, Locale.ENGLISH, "67");
        assertThat(adn.proposed()).isEqualTo(Relation.CONTEXT);
        assertThat(adn.why()).contains("This counts what ADN holds, the figure what Revolucion Ciudadana (RC) holds: "
                + "context only");
        assertThat(scenario.suggestion(claim, Locale.ENGLISH, "61").proposed()).as("RC's own count")
                .isEqualTo(Relation.CONTRADICTS);
    }

    @Test
    void lesSiegesDUnAutrePartiNAppuientPasLeChiffreDUnParti() {
        String run = Unique.letters();
        long claim = scenario.storyFigure("Grand Conseil " + run, "fr",
                "Le PS a obtenu au moins 12 sièges au Grand Conseil, selon le parti. " + run, "au moins 12");
        assertThat(system.call(() -> figures.value(claim)).draft().holder()).isEqualTo("PS");

        SourceRef chancellery = scenario.source("Chancellerie d'Etat " + run);
        scenario.report(chancellery, "fr", "Résultats " + run, "Selon les résultats définitifs, le PLR obtient 28 "
                + "sièges et le PS 9. " + run);

        EvidenceSuggestionRow plr = scenario.suggestion(claim, Locale.FRENCH, "28");
        assertThat(plr.proposed()).isEqualTo(Relation.CONTEXT);
        assertThat(plr.why()).contains("Ceci compte ce que détient PLR, le chiffre ce que détient PS\u00a0: contexte seulement");
        assertThat(scenario.suggestion(claim, Locale.FRENCH, "9").proposed()).isEqualTo(Relation.CONTRADICTS);
    }
}
