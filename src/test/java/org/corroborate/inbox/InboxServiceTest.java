package org.corroborate.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.corroborate.RunAs;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.review.ReviewService;
import org.corroborate.security.Role;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Assignments, queues and notifications against the real database. */
@SpringBootTest
class InboxServiceTest {

    static final String TEXT = "Les frappes ont fait environ 12 morts et 30 blessés à Maaret, selon l'OSDH.";

    @Autowired InboxService inbox;
    @Autowired ReviewService review;
    @Autowired EvidenceService evidence;
    @Autowired StoryService stories;
    @Autowired FigureService figures;
    @Autowired SourceService sources;
    @Autowired SystemAuthentication system;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcTemplate jdbc;

    long storyId;
    long deaths;
    long injured;

    @BeforeEach
    void aStoryWithTwoFigures() {
        storyId = system.call(() -> stories.create("Inbox " + UUID.randomUUID(), "fr", TEXT));
        deaths = anchor("environ 12 morts", Qualifier.APPROXIMATE, "12", QuantityKind.DEATHS);
        injured = anchor("30 blessés", Qualifier.EXACT, "30", QuantityKind.INJURED);
    }

    @Test
    void anAssignedFigureIsInTheAssigneesQueueWhoIsNotified() {
        long unread = as("factchecker", Role.FACT_CHECKER, () -> inbox.unreadCount());

        as("editor", Role.EDITOR, () -> inbox.assign(storyId, deaths, "factchecker"));

        assertThat(as("viewer", Role.VIEWER, () -> inbox.assigneeOf(storyId, deaths))).contains("factchecker");
        assertThat(as("viewer", Role.VIEWER, () -> inbox.assigneeOf(storyId, null))).isEmpty();
        assertThat(as("factchecker", Role.FACT_CHECKER, () -> inbox.myQueue()).assigned())
                .anySatisfy(item -> assertThat(item.figureId()).isEqualTo(deaths));
        assertThat(as("factchecker", Role.FACT_CHECKER, () -> inbox.unreadCount())).isEqualTo(unread + 1);
        NotificationRow told = as("factchecker", Role.FACT_CHECKER, () -> inbox.notifications()).get(0);
        assertThat(told.kind()).isEqualTo(NotificationKind.ASSIGNED);
        assertThat(told.figureId()).isEqualTo(deaths);
        assertThat(told.actor()).isEqualTo("editor");
    }

    @Test
    void reassigningAStoryMovesItToTheOtherQueueAndIsInTheHistory() {
        as("editor", Role.EDITOR, () -> inbox.assign(storyId, null, "factchecker"));
        as("editor", Role.EDITOR, () -> inbox.assign(storyId, null, "editor"));

        assertThat(storiesIn(as("factchecker", Role.FACT_CHECKER, () -> inbox.myQueue()).assigned()))
                .doesNotContain(storyId);
        assertThat(storiesIn(as("editor", Role.EDITOR, () -> inbox.myQueue()).assigned())).contains(storyId);
        assertThat(jdbc.queryForList("""
                select coalesce(before_value, '-') || '>' || after_value from change_log
                where story_id = ? and action = 'ASSIGNED' order by id""", String.class, storyId))
                .containsExactly("->factchecker", "factchecker>editor");

        as("editor", Role.EDITOR, () -> inbox.assign(storyId, null, null));
        assertThat(as("viewer", Role.VIEWER, () -> inbox.assigneeOf(storyId, null))).isEmpty();
    }

    @Test
    void aViewerCannotAssignAndCannotBeAssigned() {
        assertThatThrownBy(() -> as("viewer", Role.VIEWER, () -> inbox.assign(storyId, null, "editor")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("editor", Role.EDITOR, () -> inbox.assign(storyId, null, "viewer")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(as("viewer", Role.VIEWER, () -> inbox.assignable())).extracting(Person::username)
                .contains("factchecker", "editor").doesNotContain("viewer");
    }

    @Test
    void anEditorsQueueListsTheUndecidedFiguresOfAStoryInReviewUntilDecided() {
        assertThat(figuresIn(as("editor", Role.EDITOR, () -> inbox.myQueue()).toApprove())).doesNotContain(deaths);

        as("factchecker", Role.FACT_CHECKER, () -> review.submitForReview(storyId));

        assertThat(figuresIn(as("editor", Role.EDITOR, () -> inbox.myQueue()).toApprove()))
                .contains(deaths, injured);
        assertThat(as("factchecker", Role.FACT_CHECKER, () -> inbox.myQueue()).toApprove()).isEmpty();

        as("editor", Role.EDITOR, () -> review.reject(deaths, "pas sourcé"));
        assertThat(figuresIn(as("editor", Role.EDITOR, () -> inbox.myQueue()).toApprove()))
                .doesNotContain(deaths).contains(injured);
    }

    @Test
    void submittingAStoryTellsEveryEditorItIsReadyForApproval() {
        long unread = as("editor", Role.EDITOR, () -> inbox.unreadCount());

        as("factchecker", Role.FACT_CHECKER, () -> review.submitForReview(storyId));

        assertThat(as("editor", Role.EDITOR, () -> inbox.unreadCount())).isEqualTo(unread + 1);
        NotificationRow told = as("editor", Role.EDITOR, () -> inbox.notifications()).get(0);
        assertThat(told.kind()).isEqualTo(NotificationKind.STORY_READY);
        assertThat(told.storyId()).isEqualTo(storyId);
    }

    @Test
    void aLapsedApprovalNotifiesItsApproverAndComesBackToTheQueue() {
        List<Long> assertions = jdbc.queryForList("select id from assertion order by id limit 2", Long.class);
        as("factchecker", Role.FACT_CHECKER, () -> evidence.link(deaths, assertions.get(0), Relation.SUPPORTS));
        as("editor", Role.EDITOR, () -> review.approve(deaths, "environ 12 morts selon l'OSDH", true));
        long unread = as("editor", Role.EDITOR, () -> inbox.unreadCount());

        as("factchecker", Role.FACT_CHECKER, () -> evidence.link(deaths, assertions.get(1), Relation.CONTRADICTS));

        assertThat(as("editor", Role.EDITOR, () -> inbox.unreadCount())).isEqualTo(unread + 1);
        NotificationRow told = as("editor", Role.EDITOR, () -> inbox.notifications()).get(0);
        assertThat(told.kind()).isEqualTo(NotificationKind.APPROVAL_LAPSED);
        assertThat(told.figureId()).isEqualTo(deaths);
        assertThat(told.actor()).isEqualTo("factchecker");
        assertThat(as("editor", Role.EDITOR, () -> inbox.myQueue()).toApprove())
                .anySatisfy(item -> {
                    assertThat(item.figureId()).isEqualTo(deaths);
                    assertThat(item.detail()).isEqualTo("LAPSED");
                });
    }

    @Test
    void markingReadLowersTheUnreadCountAndOnlyTheRecipientMayDoIt() {
        as("editor", Role.EDITOR, () -> inbox.assign(storyId, deaths, "factchecker"));
        as("editor", Role.EDITOR, () -> inbox.assign(storyId, injured, "factchecker"));
        long unread = as("factchecker", Role.FACT_CHECKER, () -> inbox.unreadCount());
        long newest = as("factchecker", Role.FACT_CHECKER, () -> inbox.notifications()).get(0).id();

        assertThatThrownBy(() -> as("editor", Role.EDITOR, () -> inbox.markRead(newest)))
                .isInstanceOf(IllegalArgumentException.class);
        as("factchecker", Role.FACT_CHECKER, () -> inbox.markRead(newest));
        as("factchecker", Role.FACT_CHECKER, () -> inbox.markRead(newest));

        assertThat(as("factchecker", Role.FACT_CHECKER, () -> inbox.unreadCount())).isEqualTo(unread - 1);
        assertThat(as("factchecker", Role.FACT_CHECKER, () -> inbox.notifications()).get(0).read()).isTrue();

        as("factchecker", Role.FACT_CHECKER, () -> inbox.markAllRead());
        assertThat(as("factchecker", Role.FACT_CHECKER, () -> inbox.unreadCount())).isZero();
    }

    @Test
    void nobodyIsNotifiedOfWhatTheyDidThemselves() {
        long unread = as("editor", Role.EDITOR, () -> inbox.unreadCount());

        as("editor", Role.EDITOR, () -> inbox.assign(storyId, null, "editor"));

        assertThat(as("editor", Role.EDITOR, () -> inbox.unreadCount())).isEqualTo(unread);
    }

    private static List<Long> storiesIn(List<QueueItem> items) {
        return items.stream().map(QueueItem::storyId).toList();
    }

    private static List<Long> figuresIn(List<QueueItem> items) {
        return items.stream().map(QueueItem::figureId).toList();
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
