package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.evidence.FigurePanelData.LedgerEntry;
import org.corroborate.figure.FigureSuggestionRow;
import org.corroborate.report.NewReport;
import org.corroborate.report.ReportImportService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Evidence stays within its event, measured on a generated newsroom ({@link MultiEventData}: 56 events in different
 * places and months, each with its story and 20–40 reports in both languages with rising and conflicting tolls) on top
 * of the demo's Idlib reports. Every report goes in through the bulk import and every story figure through
 * extraction, as a desk's would. For each story's figure: no suggestion and no ledger entry (the values the timeline,
 * supersession, "newer value available" and the consistency checks read) comes from another event; the reports that
 * state the story's toll are among the top 5 suggestions (recall) and the top 5 are the event's own (precision).
 */
@SpringBootTest(properties = "corroborate.test.isolated=event-scope")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultiEventScopeTest {

    @Autowired
    StoryService stories;

    @Autowired
    ReportImportService imports;

    @Autowired
    SourceService sources;

    @Autowired
    EvidenceService evidence;

    @Autowired
    SystemAuthentication system;

    @Autowired
    JdbcTemplate jdbc;

    private final MultiEventData data = new MultiEventData(12);
    private final Map<Integer, Long> figureOfEvent = new HashMap<>();
    private final Map<Instant, Integer> eventOfTime = new HashMap<>();
    private final Map<Long, Integer> eventOfReport = new HashMap<>();

    @BeforeAll
    void aNewsroomWithManyEvents() {
        system.run(() -> {
            Map<String, SourceRef> publishers = new HashMap<>();
            sources.choices().forEach(ref -> publishers.put(ref.key(), ref));
            List<NewReport> drafts = data.reports.stream().map(r -> new NewReport(r.title(),
                    java.util.Objects.requireNonNull(publishers.get(r.publisher()), r.publisher()),
                    r.published(), r.language(), null, r.text(), List.of())).toList();
            var summary = imports.importReports(drafts, progress -> { });
            assertThat(summary.rejected()).as("rejected reports: %s", summary.rejections().stream().limit(3).toList()).isZero();
            for (MultiEventData.Event e : data.events) {
                long storyId = stories.create(e.storyTitle(), e.storyLanguage(), e.storyText());
                stories.datePublication(storyId, e.storyDate());
                FigureSuggestionRow toll = stories.suggestions(storyId).stream()
                        .filter(s -> e.storyText().substring(s.start(), s.end()).contains(String.valueOf(e.toll())))
                        .findFirst().orElseThrow(() -> new IllegalStateException("No toll found in " + e.storyText()));
                figureOfEvent.put(e.index(), stories.accept(storyId, toll.id(), null));
            }
        });
        data.reports.forEach(r -> eventOfTime.put(r.published(), r.event()));
        jdbc.query("select id, published_at from report", rs -> {
            Integer event = eventOfTime.get(rs.getTimestamp(2).toInstant());
            eventOfReport.put(rs.getLong(1), event == null ? -1 : event);
        });
    }

    @Test
    void noFigureIsOfferedAnotherEventsValuesAndItsOwnTollIsInTheTopFive() {
        int trueEvidence = 0;
        int found = 0;
        int topFive = 0;
        int ownInTopFive = 0;
        List<String> leaks = new ArrayList<>();
        for (MultiEventData.Event e : data.events) {
            FigurePanelData panel = system.call(() -> evidence.panel(figureOfEvent.get(e.index()), Locale.ENGLISH));
            for (var s : panel.suggestions()) {
                if (!Integer.valueOf(e.index()).equals(eventOfReport.get(s.reportId()))) {
                    leaks.add(e.storyTitle() + ": suggestion " + s.reportTitle());
                }
            }
            for (LedgerEntry entry : panel.ledger()) {
                if (!entry.own() && !Integer.valueOf(e.index()).equals(eventOfTime.get(entry.published()))) {
                    leaks.add(e.storyTitle() + ": ledger " + entry.origin() + " " + entry.quote());
                }
            }
            var top = panel.suggestions().stream().limit(5).toList();
            topFive += top.size();
            ownInTopFive += (int) top.stream().filter(s -> Integer.valueOf(e.index()).equals(eventOfReport.get(s.reportId()))).count();
            var agreeing = data.reports.stream().filter(r -> r.event() == e.index() && r.agreeing())
                    .map(MultiEventData.GeneratedReport::published).toList();
            trueEvidence += agreeing.size();
            // each true report once, however many of its assertions the top 5 lists
            found += (int) top.stream().map(FigurePanelData.EvidenceSuggestionRow::published)
                    .filter(agreeing::contains).distinct().count();
        }
        double recall = (double) found / trueEvidence;
        double precision = (double) ownInTopFive / topFive;
        System.out.printf(Locale.ROOT, "Multi-event data set: %d events, %d reports; recall of true evidence in the "
                        + "top 5: %.3f (%d of %d); precision of the top 5: %.3f (%d of %d); values from another "
                        + "event: %d%n", data.events.size(), data.reports.size(), recall, found, trueEvidence,
                precision, ownInTopFive, topFive, leaks.size());
        assertThat(leaks).as("values from another event").isEmpty();
        assertThat(recall).as("recall of true evidence in the top 5").isGreaterThanOrEqualTo(0.95);
        assertThat(precision).as("precision of the top 5").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void theMozambiqueFloodsStoryShowsNoneOfTheSyrianTolls() {
        MultiEventData.Event beira = data.events.stream().filter(e -> e.placeEn().equals("Beira")).findFirst()
                .orElseThrow();
        assertThat(beira.storyQuote()).isEqualTo("at least 42 dead");
        FigurePanelData panel = system.call(() -> evidence.panel(figureOfEvent.get(beira.index()), Locale.ENGLISH));
        assertThat(panel.suggestions()).isNotEmpty().allSatisfy(s -> assertThat(s.reportTitle())
                .doesNotContain("Idleb", "Idlib", "Syrie", "Syria"));
        assertThat(panel.ledger()).allSatisfy(entry -> assertThat(entry.quote())
                .doesNotContain("370 000", "260", "OSDH"));
        assertThat(panel.ledger()).anySatisfy(entry -> assertThat(entry.own()).isFalse());
    }
}
