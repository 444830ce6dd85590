package org.corroborate.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.math.BigDecimal;
import org.corroborate.RunAs;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.evidence.QueuedStandings;
import org.corroborate.inbox.InboxService;
import org.corroborate.inbox.QueueItem;
import org.corroborate.review.ReviewService;
import org.corroborate.security.Role;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * My queue reads a page at a time (issue 16): what is assigned to me, newest first, over pages of the grid, counted
 * exactly; what needs my approval, in pages that follow one another as the whole list runs.
 */
@SpringBootTest
class QueuePagingTest extends SpringBrowserlessTest {

    @Autowired InboxService inbox;
    @Autowired ReviewService review;
    @Autowired StoryService stories;
    @Autowired SystemAuthentication system;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcTemplate jdbc;
    @Autowired FigureService figures;
    @Autowired org.springframework.context.ApplicationContext context;

    @Test
    @WithUserDetails("editor")
    void aSecondPageOfWhatIsAssignedToMeAppearsAndTheCountIsRight() {
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long storyId = system.call(() -> stories.create("File " + UUID.randomUUID(), "fr", "Un texte, 12 morts."));
            RunAs.as(security, "factchecker", Role.FACT_CHECKER, () -> inbox.assign(storyId, null, "editor"));
            mine.add(0, storyId); // newest first
        }
        long assigned = jdbc.queryForObject("select count(*) from assignment where lower(assignee) = 'editor'",
                Long.class);

        QueueView view = navigate(QueueView.class);
        view.assigned.setPageSize(2);

        var grid = test(view.assigned);
        assertThat(grid.size()).isEqualTo(assigned);
        assertThat(view.assignedTitle.getText()).contains(String.valueOf(assigned));
        assertThat(List.of(grid.getRow(0), grid.getRow(1), grid.getRow(2))).extracting(QueueItem::storyId)
                .containsExactlyElementsOf(mine);
        assertThat(inbox.countAssignedToMe()).isEqualTo(assigned);
        assertThat(Stream.concat(inbox.assignedToMe(0, 2).stream(), inbox.assignedToMe(2, 1).stream()).toList())
                .isEqualTo(inbox.assignedToMe(0, 3));
    }

    @Test
    @WithUserDetails("editor")
    void pagesOfWhatNeedsMyApprovalFollowOneAnother() {
        // a story in review with two figures to decide, changed last of all: the first two rows
        String text = "Au moins 40 personnes ont été tuées et 120 blessées dans le bombardement.";
        long storyId = system.call(() -> stories.create("À valider " + UUID.randomUUID(), "fr", text));
        long first = anchor(storyId, text, "40 personnes");
        long second = anchor(storyId, text, "120 blessées");
        // Standings, derived after commit (DD016), are in the rows: everything queued is derived first, so that no
        // page reads one while the worker is half-way through the list.
        QueuedStandings.awaitAll(context);
        jdbc.update("update story set state = 'IN_REVIEW', updated_at = now() + interval '3651 days' where id = ?",
                storyId);

        List<QueueItem> all = inbox.toApprove(0, 1_000);
        int waiting = review.waitingForDecision(1_000).size();

        assertThat(all).hasSize(waiting);
        assertThat(inbox.countToApprove(1_000)).isEqualTo(waiting);
        List<QueueItem> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size() + 3; offset += 3) {
            paged.addAll(inbox.toApprove(offset, 3));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(inbox.toApprove(1, 1)).extracting(QueueItem::figureId).containsExactly(second);
        assertThat(all).extracting(QueueItem::figureId).startsWith(first, second);
        assertThat(inbox.countToApprove(1)).isEqualTo(1); // counted no further than asked

        QueueView view = navigate(QueueView.class);
        assertThat(view.toApproveItems()).isEqualTo(all);
        assertThat(view.toApproveTitle.getText()).contains(String.valueOf(waiting));
    }

    private long anchor(long storyId, String text, String quote) {
        String number = quote.replaceAll("[^0-9]", "");
        return system.call(() -> figures.anchor(storyId, text, text.indexOf(quote), quote,
                Quantity.of(Qualifier.EXACT, new BigDecimal(number), new BigDecimal(number), null),
                new Measure(QuantityKind.DEATHS, null, null, null), null));
    }
}
