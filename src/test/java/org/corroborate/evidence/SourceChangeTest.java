package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.report.Report;
import org.corroborate.report.ReportService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.Reliability;
import org.corroborate.source.SourceDetails;
import org.corroborate.source.SourceDraft;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Re-grading a source re-derives the stored standing of the figures that rest on it (in the background). */
@SpringBootTest
class SourceChangeTest {

    private static final String STORY = "Les frappes ont fait 12 blessés à Saraqeb.";

    @Autowired StoryService stories;
    @Autowired FigureService figures;
    @Autowired ReportService reports;
    @Autowired SourceService sources;
    @Autowired EvidenceService evidence;
    @Autowired StandingRecordRepository standings;
    @Autowired SystemAuthentication system;

    @Test
    void downgradingTheOnlySourceLowersTheStoredCredibility() {
        String name = "Moniteur de test " + UUID.randomUUID();
        SourceDetails monitor = system.call(() -> sources.create(
                new SourceDraft(name, "monitor", false, Reliability.B, null, List.of())));
        long figureId = system.call(() -> {
            Report report = new Report("test-" + UUID.randomUUID(), sources.findByKey(monitor.key()).orElseThrow(),
                    Instant.parse("2019-12-24T09:00:00Z"), "fr", null, "Saraqeb", "Douze blessés : 12 blessés à Saraqeb.");
            report.state("12 blessés", 16, sources.findByKey(monitor.key()).orElseThrow(), List.of(),
                    Quantity.of(Qualifier.EXACT, new BigDecimal("12"), new BigDecimal("12"), null),
                    new Measure(QuantityKind.INJURED, "blessés à Saraqeb", null, null));
            long assertionId = reports.add(report).getAssertions().getFirst().getId();
            long storyId = stories.create("Saraqeb " + UUID.randomUUID(), "fr", STORY);
            long id = figures.anchor(storyId, STORY, STORY.indexOf("12 blessés"), "12 blessés",
                    Quantity.of(Qualifier.EXACT, new BigDecimal("12"), new BigDecimal("12"), null),
                    new Measure(QuantityKind.INJURED, "blessés à Saraqeb", null, null), null);
            evidence.link(id, assertionId, Relation.SUPPORTS);
            return id;
        });
        assertThat(standings.findById(figureId).orElseThrow().getCredibility()).isEqualTo(2);

        system.run(() -> sources.edit(monitor.id(), monitor.version(),
                SourceDraft.of(monitor).withReliability(Reliability.E)));

        // derived again in the background, shortly after the edit commits
        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> assertThat(standings.findById(figureId).orElseThrow().getCredibility()).isEqualTo(5));
    }
}
