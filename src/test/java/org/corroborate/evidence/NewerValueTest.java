package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.report.Report;
import org.corroborate.report.ReportService;
import org.corroborate.review.Decision;
import org.corroborate.review.ReviewRefusedException;
import org.corroborate.review.ReviewService;
import org.corroborate.review.Weakness;
import org.corroborate.security.Role;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceService;
import org.corroborate.story.Refusal;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A figure is recomputed when a report arrives (after it commits): the same origin's newer, higher toll supersedes it,
 * and the editor approves the outdated value only after confirming it.
 */
@SpringBootTest
class NewerValueTest {

    private static final String STORY = "Les frappes ont fait environ 50 blessés à Maaret, selon l'OSDH.";
    private static final String REPORT = "Plus de 80 blessés à Maaret depuis lundi, selon l'OSDH.";

    @Autowired
    StoryService stories;

    @Autowired
    FigureService figures;

    @Autowired
    ReportService reports;

    @Autowired
    SourceService sources;

    @Autowired
    EvidenceService evidence;

    @Autowired
    SystemAuthentication system;

    @Autowired
    ApplicationContext spring;

    @Autowired
    ReviewService review;

    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void aNewerTollFromTheAttributedOriginSupersedesTheFigureOnceItsReportIsAdded() {
        long figureId = system.call(() -> {
            long storyId = stories.create("Blessés " + UUID.randomUUID(), "fr", STORY);
            stories.datePublication(storyId, Instant.parse("2019-12-24T18:00:00Z"));
            return figures.anchor(storyId, STORY, STORY.indexOf("environ 50 blessés"), "environ 50 blessés",
                    Quantity.of(Qualifier.APPROXIMATE, new BigDecimal("50"), new BigDecimal("50"), null),
                    new Measure(QuantityKind.INJURED, "blessés à Maaret", null, null),
                    sources.findByKey("sohr").orElseThrow());
        });
        QueuedStandings.derive(spring, figureId); // a new figure's standing is stored in the background (DD016)
        assertThat(status(figureId)).isEqualTo(FigureStatus.UNSUPPORTED);

        system.run(() -> {
            Report report = new Report("test-" + UUID.randomUUID(), sources.findByKey("afp").orElseThrow(),
                    Instant.parse("2019-12-26T10:00:00Z"), "fr", null, "Blessés à Maaret", REPORT);
            report.state("Plus de 80 blessés", 0, sources.findByKey("sohr").orElseThrow(), List.of(),
                    Quantity.of(Qualifier.MORE_THAN, new BigDecimal("80"), null, null),
                    new Measure(QuantityKind.INJURED, "blessés à Maaret", null, "depuis lundi"));
            reports.add(report);
        });

        // the panel derives the standing on the spot; the stored one follows in the background
        FigurePanelData panel = system.call(() -> evidence.panel(figureId, Locale.ENGLISH));
        assertThat(panel.standing().status()).isEqualTo(FigureStatus.SUPERSEDED);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> assertThat(status(figureId)).isEqualTo(FigureStatus.SUPERSEDED));
        assertThat(panel.standing().newerValueAvailable()).isTrue();
        assertThat(system.call(() -> evidence.conflicts(ConflictQuery.ALL, 0, 1_000)))
                .anySatisfy(c -> assertThat(c.figureId()).isEqualTo(figureId));

        // an outdated toll is not approved in one click (walk H13): the editor is told why and confirms
        assertThat(as(() -> review.weakness(figureId))).contains(Weakness.SUPERSEDED);
        assertThatThrownBy(() -> as(() -> { review.approve(figureId, "environ 50 blessés selon l'OSDH"); return null; }))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.WEAK_FIGURE_UNCONFIRMED));
        as(() -> { review.approve(figureId, "environ 50 blessés selon l'OSDH", true); return null; });
        assertThat(as(() -> review.figureReview(figureId)).decision()).isEqualTo(Decision.APPROVED);
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return org.corroborate.RunAs.as(security, "editor", Role.EDITOR, work);
    }

    private FigureStatus status(long figureId) {
        return system.call(() -> evidence.storyStandings(
                evidence.panel(figureId, Locale.ENGLISH).storyId())).statusByFigure().get(figureId);
    }
}
