package org.corroborate.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corroborate.RunAs;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.QueuedStandings;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.inbox.InboxService;
import org.corroborate.inbox.QueueItem;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.inbox.NotificationKind;
import org.corroborate.security.Role;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;

/** My queue shows what was assigned to me; the notifications list links to it, and after "mark all read" nothing is unread. */
@SpringBootTest
class QueueAndNotificationsViewTest extends SpringBrowserlessTest {

    @Autowired InboxService inbox;
    @Autowired StoryService stories;
    @Autowired SystemAuthentication system;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired FigureService figures;
    @Autowired SourceService sources;
    @Autowired EvidenceService evidence;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @Test
    @WithUserDetails("factchecker")
    void aStoryAssignedToMeIsInMyQueueAndItsNotificationCanBeMarkedRead() {
        long storyId = system.call(() -> stories.create("Queue " + UUID.randomUUID(), "fr", "Un texte, 12 morts."));
        asEditor(() -> inbox.assign(storyId, null, "factchecker"));

        QueueView queue = navigate(QueueView.class);
        assertThat(queue.assignedItems()).anySatisfy(item -> assertThat(item.storyId()).isEqualTo(storyId));

        NotificationsView list = navigate(NotificationsView.class);
        NotificationsView.Row row = list.rows.get(0);
        assertThat(row.notification.kind()).isEqualTo(NotificationKind.ASSIGNED);
        assertThat(row.link.getHref()).isEqualTo("story/" + storyId);
        assertThat(row.markRead.isVisible()).isTrue();
        NotificationBell bell = $(NotificationBell.class).single();
        assertThat(bell.unread()).isPositive();

        test(list.markAllRead).click();
        roundTrip();

        assertThat(list.rows).allSatisfy(r -> assertThat(r.markRead.isVisible()).isFalse());
        bell.refresh();
        assertThat(bell.unread()).isZero();
    }

    /**
     * Walk F23: "Needs my approval" listed figures without how they stand, so an editor could not take the contested
     * ones first; a story assigned as a whole repeated its title in both columns.
     */
    @Test
    @WithUserDetails("editor")
    void whatNeedsMyApprovalSaysHowEachFigureStands() {
        String text = "Les frappes ont fait environ 12 morts et 1 500 blessés à Maaret, selon l'OSDH.";
        long storyId = system.call(() -> stories.create("Queue " + UUID.randomUUID(), "fr", text));
        long deaths = anchor(storyId, text, "environ 12 morts", 12, QuantityKind.DEATHS);
        long injured = anchor(storyId, text, "1 500 blessés", 1500, QuantityKind.INJURED);
        // The demo data's first assertion, an OSDH toll of the same strikes: linked as contradicting.
        long assertionId = jdbc.queryForObject("select min(id) from assertion", Long.class);
        system.run(() -> evidence.link(deaths, assertionId, Relation.CONTRADICTS));
        QueuedStandings.derive(context, deaths, injured);
        // In review and changed later than anything else, so that it leads the list.
        jdbc.update("update story set state = 'IN_REVIEW', updated_at = ? where id = ?",
                Timestamp.from(Instant.now().plus(3650, ChronoUnit.DAYS)), storyId);
        asEditor(() -> inbox.assign(storyId, null, "editor"));

        QueueView queue = navigate(QueueView.class);

        Map<Long, QueueItem> mine = queue.toApproveItems().stream().filter(i -> i.storyId() == storyId)
                .collect(Collectors.toMap(QueueItem::figureId, i -> i));
        assertThat(mine.get(deaths).standing()).isEqualTo(FigureStatus.CONTESTED);
        assertThat(mine.get(injured).standing()).isEqualTo(FigureStatus.UNSUPPORTED);
        assertThat(QueueView.standing(mine.get(deaths)).getText()).isEqualTo("contested");
        assertThat(QueueView.standing(mine.get(deaths)).getElement().getThemeList()).contains("error");
        assertThat(queue.what(mine.get(injured))).isEqualTo("“1 500 blessés”");
        QueueItem story = queue.assignedItems().stream().filter(i -> i.storyId() == storyId).findFirst().orElseThrow();
        assertThat(queue.what(story)).isEqualTo("The whole story").isNotEqualTo(story.storyTitle());
        assertThat(QueueView.standing(story).getText()).isEmpty();
    }

    private long anchor(long storyId, String text, String quote, int n, QuantityKind kind) {
        return system.call(() -> figures.anchor(storyId, text, text.indexOf(quote), quote,
                Quantity.of(Qualifier.EXACT, new BigDecimal(n), new BigDecimal(n), null),
                new Measure(kind, "à Maaret", null, null), sources.findByKey("sohr").orElseThrow()));
    }

    private void asEditor(Runnable work) {
        RunAs.as(security, "editor", Role.EDITOR, work);
    }
}
