package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.demo.DemoScenario;
import org.corroborate.evidence.FigurePanelData.Role;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app, end to end on the demo data: each seed figure stands as the scenario's expect says. It runs on
 * a database of its own (the property makes a separate test context): other tests add reports, and a newer
 * OSDH toll added by one of them rightly supersedes a seed figure.
 */
@SpringBootTest(properties = "corroborate.test.isolated=demo-standings")
class DemoStandingsTest {

    @Autowired
    EvidenceService evidence;

    @Autowired
    SystemAuthentication system;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachSeedFigureHasTheExpectedStatusPartyClaimAndEvidence() {
        Map<String, Long> reportIds = jdbc.queryForList("select external_key, id from report where external_key is not null")
                .stream().collect(Collectors.toMap(r -> (String) r.get("external_key"), r -> (Long) r.get("id")));
        for (var f : DemoScenario.load().story().figures()) {
            FigurePanelData panel = system.call(() -> evidence.panel(figureId(f.quote()), Locale.ENGLISH));
            var expect = f.expect();

            assertThat(panel.standing().status()).as(f.quote()).isEqualTo(FigureStatus.fromLabel(expect.status()));
            assertThat(panel.standing().partyClaim()).as(f.quote())
                    .isEqualTo(Boolean.TRUE.equals(expect.partyClaim()));
            assertThat(reports(panel, Role.SUPPORTING, reportIds)).as(f.quote() + " supported by")
                    .isEqualTo(Set.copyOf(expect.supportedByOrNone()));
            assertThat(reports(panel, Role.CONTRADICTING, reportIds)).as(f.quote() + " contradicted by")
                    .isEqualTo(Set.copyOf(expect.contradictedByOrNone()));
            assertThat(reports(panel, Role.EARLIER, reportIds)).as(f.quote() + " earlier")
                    .isEqualTo(Set.copyOf(expect.earlierOrNone()));
        }
    }

    @Test
    void theStoredStandingsColourTheSeedStory() {
        long storyId = jdbc.queryForObject("select id from story where title = ?", Long.class, DemoScenario.SEED_TITLE);

        StoryStandings standings = system.call(() -> evidence.storyStandings(storyId));

        assertThat(standings.statusByFigure()).hasSize(9);
        assertThat(standings.counts()).containsEntry(FigureStatus.CONTESTED, 1L)
                .containsEntry(FigureStatus.UNSUPPORTED, 3L).containsEntry(FigureStatus.SINGLE_SOURCE, 5L);
    }

    @Test
    void theQuarantaineIsWarnedThatTheArmyNotTheOsdhCarriesIt() {
        FigurePanelData panel = system.call(() -> evidence.panel(figureId("une quarantaine de villages"), Locale.ENGLISH));

        assertThat(panel.standing().warnings()).anySatisfy(w -> assertThat(w).startsWith("attribution not carried"));
        assertThat(panel.standing().explanation()).isNotEmpty();
    }

    @Test
    void suggestionsForAFigureLeaveOutWhatIsAlreadyLinked() {
        long figureId = figureId("une quarantaine de villages");
        FigurePanelData panel = system.call(() -> evidence.panel(figureId, Locale.ENGLISH));

        var suggestions = system.call(() -> evidence.suggestions(figureId, Locale.ENGLISH));

        assertThat(suggestions).isNotEmpty().extracting(FigurePanelData.EvidenceSuggestionRow::assertionId)
                .doesNotContainAnyElementsOf(panel.evidence().stream().map(FigurePanelData.EvidenceRow::assertionId)
                        .toList());
        assertThat(suggestions).isEqualTo(panel.suggestions());
    }

    @Test
    void theContestedShareIsListedAmongTheConflicts() {
        List<ConflictRow> conflicts = system.call(() -> evidence.conflicts(ConflictQuery.ALL, 0, 1_000));

        assertThat(conflicts).anySatisfy(c -> {
            assertThat(c.quote()).isEqualTo("plus de 70% du territoire");
            assertThat(c.status()).isEqualTo(FigureStatus.CONTESTED);
        });
    }

    private long figureId(String quote) {
        return jdbc.queryForObject("""
                select f.id from figure f join story s on s.id = f.story_id where s.title = ? and f.quote = ?
                """, Long.class, DemoScenario.SEED_TITLE, quote);
    }

    private static Set<String> reports(FigurePanelData panel, Role role, Map<String, Long> reportIds) {
        Set<String> keys = new HashSet<>();
        panel.evidence().stream().filter(e -> e.role() == role).forEach(e -> reportIds.forEach((k, id) -> {
            if (id == e.reportId()) {
                keys.add(k);
            }
        }));
        return keys;
    }
}
