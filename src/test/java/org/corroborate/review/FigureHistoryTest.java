package org.corroborate.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.corroborate.RunAs;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureDraft;
import org.corroborate.figure.FigureRevisionRow;
import org.corroborate.figure.FigureService;
import org.corroborate.figure.FigureValue;
import org.corroborate.figure.StaleFigureException;
import org.corroborate.history.HistoryEntry;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.report.NewReport;
import org.corroborate.report.ReportService;
import org.corroborate.security.Role;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.Reliability;
import org.corroborate.source.SourceDetails;
import org.corroborate.source.SourceDraft;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.corroborate.story.Refusal;
import org.corroborate.story.StoryDetails;
import org.corroborate.story.StoryPublishedException;
import org.corroborate.story.StoryService;
import org.corroborate.story.StoryState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Correcting a figure's value against the real database: stale saves refused with the figure as it is now,
 * four eyes over the value, approvals lapsing on a correction or a restore, the history of every change, and
 * a published story's text locked.
 */
@SpringBootTest
class FigureHistoryTest {

    static final String TEXT = "Les frappes ont fait environ 12 morts et 30 blessés à Maaret, selon l'OSDH.";

    @Autowired
    ReviewService review;

    @Autowired
    StoryService stories;

    @Autowired
    FigureService figures;

    @Autowired
    SourceService sources;

    @Autowired
    SystemAuthentication system;

    @Autowired
    ReportService reports;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    JdbcTemplate jdbc;

    long storyId;
    long deaths;
    long injured;

    @BeforeEach
    void aStoryWithTwoFigures() {
        storyId = system.call(() -> stories.create("Figure history " + UUID.randomUUID(), "fr", TEXT));
        deaths = anchor("environ 12 morts", Qualifier.APPROXIMATE, "12", QuantityKind.DEATHS);
        injured = anchor("30 blessés", Qualifier.EXACT, "30", QuantityKind.INJURED);
    }

    @Test
    void aFactCheckerCorrectsAValueSavedWithTheVersionLoadedAndTheHistoryRecordsIt() {
        FigureValue loaded = as("factchecker", Role.FACT_CHECKER, () -> figures.value(deaths));

        FigureValue saved = as("factchecker", Role.FACT_CHECKER,
                () -> figures.edit(deaths, loaded.version(), draft(loaded, "14")));

        assertThat(saved.summary()).startsWith("≈ 14 · DEATHS");
        assertThat(saved.editedBy()).isEqualTo("factchecker");
        assertThat(saved.version()).isGreaterThan(loaded.version());
        HistoryEntry entry = as("viewer", Role.VIEWER, () -> review.figureHistory(deaths)).changes().stream()
                .filter(h -> h.action().equals("VALUE_EDITED")).findFirst().orElseThrow();
        assertThat(entry.who()).isEqualTo("factchecker");
        assertThat(entry.before()).startsWith("≈ 12 · DEATHS");
        assertThat(entry.after()).startsWith("≈ 14 · DEATHS");
        assertThat(as("viewer", Role.VIEWER, () -> review.history(storyId))).extracting(HistoryEntry::action)
                .contains("VALUE_EDITED");
    }

    @Test
    void aStaleSaveIsRefusedWithTheOtherPersonsValueAndChangesNothing() {
        FigureValue loadedByA = as("factchecker", Role.FACT_CHECKER, () -> figures.value(deaths));
        FigureValue loadedByB = as("editor", Role.EDITOR, () -> figures.value(deaths));
        as("factchecker", Role.FACT_CHECKER, () -> figures.edit(deaths, loadedByA.version(), draft(loadedByA, "14")));

        assertThatThrownBy(() -> as("editor", Role.EDITOR,
                () -> figures.edit(deaths, loadedByB.version(), draft(loadedByB, "20"))))
                .isInstanceOfSatisfying(StaleFigureException.class, stale -> {
                    assertThat(stale.current().summary()).startsWith("≈ 14 ");
                    assertThat(stale.current().editedBy()).isEqualTo("factchecker");
                });

        FigureValue now = as("viewer", Role.VIEWER, () -> figures.value(deaths));
        assertThat(now.summary()).startsWith("≈ 14 ");
        assertThat(now.editedBy()).isEqualTo("factchecker");
    }

    @Test
    void theEditorWhoCorrectedTheValueMayNotApproveItButAnotherEditorMay() {
        FigureValue loaded = as("editor", Role.EDITOR, () -> figures.value(deaths));
        as("editor", Role.EDITOR, () -> figures.edit(deaths, loaded.version(), draft(loaded, "14")));

        assertThatThrownBy(() -> as("editor", Role.EDITOR, () -> review.approve(deaths, "environ 14 morts", true)))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.FOUR_EYES_VALUE));
        FigureReview seenByEditor = as("editor", Role.EDITOR, () -> review.figureReview(deaths));
        assertThat(seenByEditor.approvalRefusal()).isEqualTo(Refusal.FOUR_EYES_VALUE);
        assertThat(seenByEditor.lastValueEditor()).isEqualTo("editor");
        assertThat(jdbc.queryForObject("select count(*) from figure_approval where figure_id = ?", Long.class, deaths))
                .isZero();

        as("admin", Role.ADMIN, () -> review.approve(deaths, "environ 14 morts", true));
        assertThat(as("viewer", Role.VIEWER, () -> review.figureReview(deaths)).decision())
                .isEqualTo(Decision.APPROVED);
    }

    @Test
    void correctingTheValueAfterApprovalLapsesItAndSendsAnApprovedStoryBackToReview() {
        approveStory();
        FigureValue loaded = as("factchecker", Role.FACT_CHECKER, () -> figures.value(deaths));

        as("factchecker", Role.FACT_CHECKER, () -> figures.edit(deaths, loaded.version(), draft(loaded, "14")));

        FigureReview figure = as("editor", Role.EDITOR, () -> review.figureReview(deaths));
        assertThat(figure.decision()).isEqualTo(Decision.LAPSED);
        assertThat(figure.lapsedBy()).isEqualTo("factchecker");
        assertThat(state()).isEqualTo(StoryState.IN_REVIEW);
        assertThat(as("viewer", Role.VIEWER, () -> review.figureHistory(deaths)).changes())
                .extracting(HistoryEntry::action).containsSubsequence("LAPSED", "VALUE_EDITED");
    }

    @Test
    void aCorrectionThatChangesNothingIsNotStoredAndLapsesNothing() {
        as("editor", Role.EDITOR, () -> review.approve(deaths, "environ 12 morts", true));
        FigureValue loaded = as("factchecker", Role.FACT_CHECKER, () -> figures.value(deaths));

        FigureValue same = as("factchecker", Role.FACT_CHECKER,
                () -> figures.edit(deaths, loaded.version(), loaded.draft()));

        assertThat(same.version()).isEqualTo(loaded.version());
        assertThat(as("editor", Role.EDITOR, () -> review.figureReview(deaths)).decision())
                .isEqualTo(Decision.APPROVED);
    }

    @Test
    void restoringAnEarlierValueIsARecordedChangeThatLapsesTheApproval() {
        FigureValue loaded = as("factchecker", Role.FACT_CHECKER, () -> figures.value(deaths));
        as("factchecker", Role.FACT_CHECKER, () -> figures.edit(deaths, loaded.version(), draft(loaded, "14")));
        as("editor", Role.EDITOR, () -> review.approve(deaths, "environ 14 morts", true));
        FigureHistory history = as("factchecker", Role.FACT_CHECKER, () -> review.figureHistory(deaths));
        FigureRevisionRow original = history.values().stream().filter(v -> v.action().equals("ADDED"))
                .findFirst().orElseThrow();
        assertThat(original.current()).isFalse();

        as("factchecker", Role.FACT_CHECKER, () -> review.restoreFigure(deaths, history.version(), original.id()));

        assertThat(as("viewer", Role.VIEWER, () -> figures.value(deaths)).summary()).isEqualTo(original.summary());
        FigureHistory after = as("viewer", Role.VIEWER, () -> review.figureHistory(deaths));
        assertThat(after.values().getFirst().action()).isEqualTo("RESTORED");
        assertThat(after.values().getFirst().current()).isTrue();
        assertThat(after.values().getFirst().by()).isEqualTo("factchecker");
        HistoryEntry restored = after.changes().stream().filter(h -> h.action().equals("VALUE_RESTORED"))
                .findFirst().orElseThrow();
        assertThat(restored.before()).startsWith("≈ 14 ");
        assertThat(restored.after()).isEqualTo(original.summary());
        FigureReview figure = as("editor", Role.EDITOR, () -> review.figureReview(deaths));
        assertThat(figure.decision()).isEqualTo(Decision.LAPSED);
        assertThat(figure.lapsedBy()).isEqualTo("factchecker");
    }

    @Test
    void aRestoreWithAStaleVersionIsRefused() {
        FigureHistory history = as("factchecker", Role.FACT_CHECKER, () -> review.figureHistory(deaths));
        FigureValue loaded = as("editor", Role.EDITOR, () -> figures.value(deaths));
        as("editor", Role.EDITOR, () -> figures.edit(deaths, loaded.version(), draft(loaded, "14")));
        long original = history.values().getFirst().id();

        assertThatThrownBy(() -> as("factchecker", Role.FACT_CHECKER,
                () -> review.restoreFigure(deaths, history.version(), original)))
                .isInstanceOf(StaleFigureException.class);
        assertThat(as("viewer", Role.VIEWER, () -> figures.value(deaths)).summary()).startsWith("≈ 14 ");
    }

    @Test
    void aPublishedStoryRefusesValueCorrectionsAndRestores() {
        approveStory();
        as("editor", Role.EDITOR, () -> review.publish(storyId));
        FigureValue loaded = as("factchecker", Role.FACT_CHECKER, () -> figures.value(deaths));
        FigureHistory history = as("factchecker", Role.FACT_CHECKER, () -> review.figureHistory(deaths));

        assertThatThrownBy(() -> as("factchecker", Role.FACT_CHECKER,
                () -> figures.edit(deaths, loaded.version(), draft(loaded, "14"))))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.STORY_PUBLISHED));
        assertThatThrownBy(() -> as("factchecker", Role.FACT_CHECKER,
                () -> review.restoreFigure(deaths, history.version(), history.values().getFirst().id())))
                .isInstanceOf(ReviewRefusedException.class);
        assertThat(as("viewer", Role.VIEWER, () -> figures.value(deaths)).summary()).startsWith("≈ 12 ");
    }

    @Test
    void aPublishedStorysTextIsLockedUntilAnEditorReopensIt() {
        approveStory();
        as("editor", Role.EDITOR, () -> review.publish(storyId));
        StoryDetails published = as("factchecker", Role.FACT_CHECKER, () -> stories.details(storyId).orElseThrow());

        assertThatThrownBy(() -> as("factchecker", Role.FACT_CHECKER,
                () -> stories.editText(storyId, published.version(), TEXT + " Bilan provisoire.")))
                .isInstanceOf(StoryPublishedException.class);
        assertThat(as("viewer", Role.VIEWER, () -> stories.details(storyId).orElseThrow()).body()).isEqualTo(TEXT);

        as("editor", Role.EDITOR, () -> review.reopen(storyId));
        StoryDetails reopened = as("factchecker", Role.FACT_CHECKER, () -> stories.details(storyId).orElseThrow());
        as("factchecker", Role.FACT_CHECKER,
                () -> stories.editText(storyId, reopened.version(), TEXT + " Bilan provisoire."));
        HistoryEntry edited = as("viewer", Role.VIEWER, () -> review.history(storyId)).getFirst();
        assertThat(edited.action()).isEqualTo("TEXT_EDITED");
        assertThat(edited.who()).isEqualTo("factchecker");
        assertThat(edited.after()).contains("Bilan provisoire.");
    }

    @Test
    void aFigureWhoseWordsAreEditedOutIsRecordedAsDetached() {
        StoryDetails loaded = as("factchecker", Role.FACT_CHECKER, () -> stories.details(storyId).orElseThrow());

        as("factchecker", Role.FACT_CHECKER, () -> stories.editText(storyId, loaded.version(),
                TEXT.replace(" et 30 blessés", "")));

        assertThat(as("viewer", Role.VIEWER, () -> review.figureHistory(injured)).changes())
                .extracting(HistoryEntry::action).contains("DETACHED");
    }

    @Test
    void sourcesRegisteredAndEditedAreRecordedWithoutAStory() {
        String name = "Source " + UUID.randomUUID();
        SourceDetails created = as("factchecker", Role.FACT_CHECKER, () -> sources.create(
                new SourceDraft(name, "ngo", false, Reliability.C, null, List.of())));
        as("factchecker", Role.FACT_CHECKER, () -> sources.edit(created.id(), created.version(),
                new SourceDraft(name, "ngo", false, Reliability.B, null, List.of())));

        List<HistoryEntry> history = as("viewer", Role.VIEWER, () -> review.entityHistory("SOURCE", created.id()));
        assertThat(history).extracting(HistoryEntry::action).containsExactly("EDITED", "CREATED");
        assertThat(history.getFirst().before()).contains(" · C");
        assertThat(history.getFirst().after()).contains(" · B");
        assertThat(jdbc.queryForObject("select count(*) from change_log where entity_type = 'SOURCE' and entity_id = ?"
                + " and story_id is null", Long.class, created.id())).isEqualTo(2);
    }

    @Test
    void aReportAddedIsRecordedWithoutAStory() {
        String title = "History report " + UUID.randomUUID();
        SourceRef afp = system.call(() -> sources.choices()).stream().filter(s -> s.key().equals("afp")).findFirst().orElseThrow();
        long reportId = as("factchecker", Role.FACT_CHECKER, () -> reports.add(new NewReport(title, afp,
                Instant.parse("2019-12-20T14:00:00Z"), "fr", null, "Un texte sans chiffre " + title, List.of())));

        List<HistoryEntry> history = as("viewer", Role.VIEWER, () -> review.entityHistory("REPORT", reportId));
        assertThat(history).singleElement().satisfies(h -> {
            assertThat(h.action()).isEqualTo("ADDED");
            assertThat(h.after()).isEqualTo(title);
            assertThat(h.who()).isEqualTo("factchecker");
        });
    }

    private void approveStory() {
        as("factchecker", Role.FACT_CHECKER, () -> review.submitForReview(storyId));
        as("editor", Role.EDITOR, () -> review.approve(deaths, "environ 12 morts", true));
        as("editor", Role.EDITOR, () -> review.approve(injured, "30 blessés", true));
        as("editor", Role.EDITOR, () -> review.approveStory(storyId));
    }

    private static FigureDraft draft(FigureValue v, String value) {
        FigureDraft d = v.draft();
        return new FigureDraft(d.qualifier(), new BigDecimal(value), new BigDecimal(value), d.unit(), d.kind(),
                d.subject(), d.period(), d.sourceId());
    }

    private StoryState state() {
        return as("viewer", Role.VIEWER, () -> review.storyReview(storyId)).state();
    }

    private long anchor(String quote, Qualifier qualifier, String value, QuantityKind kind) {
        return system.call(() -> figures.anchor(storyId, TEXT, TEXT.indexOf(quote), quote,
                Quantity.of(qualifier, new BigDecimal(value), new BigDecimal(value), null),
                new Measure(kind, "à Maaret", null, null), sources.findByKey("sohr").orElseThrow()));
    }

    private void as(String user, Role role, Runnable work) {
        RunAs.as(security, user, role, work);
    }

    private <T> T as(String user, Role role, Supplier<T> work) {
        return RunAs.as(security, user, role, work);
    }
}
