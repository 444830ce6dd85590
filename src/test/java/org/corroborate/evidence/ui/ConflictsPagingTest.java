package org.corroborate.evidence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corroborate.evidence.ConflictQuery;
import org.corroborate.evidence.ConflictRow;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.QueuedStandings;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.evidence.domain.WarningCode;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The conflicts view reads its rows a page at a time, newest figure first, from the stored standings (issue 16): three
 * figures of a new story stored as contested, warned about and superseded by a newer value are the first three rows,
 * the third on the grid's second page; the count is the stored one; the filters narrow it in SQL.
 */
@SpringBootTest
class ConflictsPagingTest extends SpringBrowserlessTest {

    private static final String TEXT = "En deux jours, 12 heures de combats, puis 30 heures et enfin 48 heures de siège.";

    @Autowired EvidenceService evidence;
    @Autowired StoryService stories;
    @Autowired FigureService figures;
    @Autowired SystemAuthentication system;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext spring;

    private String title;
    private long[] ids;

    @BeforeEach
    void threeFiguresThatNeedALook() {
        // standings earlier tests queued are stored first: one stored meanwhile would change the count compared
        QueuedStandings.awaitAll(spring);
        title = "Conflits " + UUID.randomUUID();
        long storyId = system.call(() -> stories.create(title, "fr", TEXT));
        ids = new long[] {anchor(storyId, "12 heures"), anchor(storyId, "30 heures"), anchor(storyId, "48 heures")};
        QueuedStandings.derive(spring, ids); // a new figure's standing is stored in the background (DD016)
        // as a derivation would have stored them (durations: no report of the demo or of other tests states one)
        store(ids[0], "CONTESTED", "", false);
        store(ids[1], "SINGLE_SOURCE", "TOLL_GOES_DOWN", false);
        store(ids[2], "CORROBORATED", "", true);
    }

    @Test
    @WithUserDetails("factchecker")
    void aSecondPageAppearsAndTheCountIsTheStoredOne() {
        long troubled = jdbc.queryForObject("""
                select count(*) from figure_standing
                where status = 'CONTESTED' or warning_codes <> '' or newer_value_available""", Long.class);

        ConflictsView view = navigate(ConflictsView.class);
        view.grid.setPageSize(2);

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(troubled);
        assertThat(evidence.countConflicts(ConflictQuery.ALL, 1_000_000)).isEqualTo(troubled);
        assertThat(List.of(grid.getRow(0), grid.getRow(1), grid.getRow(2))).extracting(ConflictRow::figureId)
                .containsExactly(ids[2], ids[1], ids[0]);
        assertThat(grid.getRow(1).warnings()).containsExactly(WarningCode.TOLL_GOES_DOWN);
        assertThat(grid.getRow(2).status()).isEqualTo(FigureStatus.CONTESTED);

        view.filter.setValue(title);
        assertThat(test(view.grid).size()).isEqualTo(3);
        view.show.setValue(ConflictQuery.Show.CONTESTED);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).figureId()).isEqualTo(ids[0]);
        view.show.setValue(ConflictQuery.Show.NEWER_VALUES);
        assertThat(test(view.grid).getRow(0).figureId()).isEqualTo(ids[2]);
        view.show.setValue(ConflictQuery.Show.ALL);
        view.filter.setValue(view.getTranslation("conflicts.warning.TOLL_GOES_DOWN"));
        assertThat(view.query().warningsNamed()).containsExactly(WarningCode.TOLL_GOES_DOWN);
        assertThat(test(view.grid).size()).isPositive();
        assertThat(evidence.conflicts(new ConflictQuery(ConflictQuery.Show.ALL, "zzz-" + UUID.randomUUID(), Set.of()),
                0, 50)).isEmpty();
    }

    @Test
    @WithUserDetails("factchecker")
    void pagesFollowOneAnotherWithoutGapOrRepeat() {
        List<ConflictRow> firstFour = evidence.conflicts(ConflictQuery.ALL, 0, 4);
        List<ConflictRow> first = evidence.conflicts(ConflictQuery.ALL, 0, 2);
        List<ConflictRow> second = evidence.conflicts(ConflictQuery.ALL, 2, 2);

        assertThat(firstFour).hasSize(4);
        assertThat(first).hasSize(2);
        assertThat(second).hasSize(2);
        assertThat(first).doesNotContainAnyElementsOf(second);
        assertThat(firstFour).isEqualTo(java.util.stream.Stream.concat(first.stream(), second.stream()).toList());
        assertThat(firstFour).extracting(ConflictRow::storyTitle).startsWith(title, title, title);
    }

    private long anchor(long storyId, String quote) {
        String number = quote.replaceAll("[^0-9]", "");
        return system.call(() -> figures.anchor(storyId, TEXT, TEXT.indexOf(quote), quote,
                Quantity.of(Qualifier.EXACT, new BigDecimal(number), new BigDecimal(number), null),
                new Measure(QuantityKind.DURATION, "combats", null, null), null));
    }

    private void store(long figureId, String status, String warnings, boolean newer) {
        jdbc.update("""
                update figure_standing set status = ?, warning_codes = ?, newer_value_available = ?
                where figure_id = ?""", status, warnings, newer, figureId);
    }
}
