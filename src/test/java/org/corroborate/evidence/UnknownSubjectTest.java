package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.corroborate.evidence.FigurePanelData.EvidenceSuggestionRow;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.report.Report;
import org.corroborate.report.ReportService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.Source;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Walker F12, the user's path: a story's "18,000" displaced with no subject found, two reports of its named source.
 * The agreeing one is proposed as support (not "context only"), and once it is linked the source's newer toll
 * supersedes the figure.
 */
@SpringBootTest
class UnknownSubjectTest {

    private static final String STORY = "OCHA put the number of displaced at 18,000.";

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

    @Test
    void aFigureWithoutSubjectIsSupportedAndThenSupersededByItsSourcesNewerToll() {
        Source ocha = system.call(() -> sources.findByKey("ocha").orElseThrow());
        long figureId = system.call(() -> {
            long storyId = stories.create("Cyclone " + UUID.randomUUID(), "en", STORY);
            stories.datePublication(storyId, Instant.parse("2019-03-25T12:00:00Z"));
            return figures.anchor(storyId, STORY, STORY.indexOf("18,000"), "18,000",
                    Quantity.of(Qualifier.EXACT, new BigDecimal("18000"), new BigDecimal("18000"), null),
                    new Measure(QuantityKind.DISPLACED, null, null, null), ocha);
        });
        system.run(() -> {
            reports.add(report(ocha, "2019-03-18T10:00:00Z", "17,900 people are displaced.", "17,900", "17900"));
            reports.add(report(ocha, "2019-03-22T10:00:00Z", "128,000 people are now displaced.", "128,000", "128000"));
        });

        List<EvidenceSuggestionRow> suggested = system.call(() -> evidence.suggestions(figureId, Locale.ENGLISH));
        EvidenceSuggestionRow agreeing = suggested.stream().filter(s -> s.quote().equals("17,900")).findFirst()
                .orElseThrow();
        assertThat(agreeing.proposed()).isEqualTo(Relation.SUPPORTS);
        assertThat(agreeing.why()).noneMatch(w -> w.contains("context only"));

        system.run(() -> evidence.link(figureId, agreeing.assertionId(), Relation.SUPPORTS));

        FigurePanelData panel = system.call(() -> evidence.panel(figureId, Locale.ENGLISH));
        assertThat(panel.standing().status()).isEqualTo(FigureStatus.SUPERSEDED);
    }

    private static Report report(Source ocha, String at, String text, String quote, String number) {
        Report report = new Report("test-" + UUID.randomUUID(), ocha, Instant.parse(at), "en", null, "Cyclone update",
                text);
        report.state(quote, 0, ocha, List.of(), Quantity.of(Qualifier.EXACT, new BigDecimal(number), new BigDecimal(number),
                null), new Measure(QuantityKind.DISPLACED, "people", null, null));
        return report;
    }
}
