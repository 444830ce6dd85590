package org.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.corroborate.bench.ScaleData;
import org.corroborate.discussion.CommentService;
import org.corroborate.evidence.ConflictQuery;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.StandingWork;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.inbox.InboxService;
import org.corroborate.review.ReviewService;
import org.corroborate.search.SearchService;
import org.corroborate.security.Role;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Every query behind the users' main actions uses an index on data shaped like a newsroom's at scale (issue 16): a
 * reduced {@link ScaleData} set (about 30 000 figures and assertions, 3 000 reports, 6 000 comments, 90 000 history
 * rows, analysed), the actions called as the views call them (story open, figure open, link evidence, search, the
 * conflicts view, My queue, history) while every statement they run is recorded, then each statement explained
 * (EXPLAIN, FORMAT JSON) with the parameters it ran with: no plan may read a big table whole (Seq Scan). The
 * benchmark {@code ScaleBenchmark} times the same actions on the full size; this test holds no timing.
 */
@SpringBootTest(properties = "corroborate.test.isolated=query-plans")
@Import(SqlCapture.Config.class)
class QueryPlanTest {

    /**
     * The tables that grow with the newsroom's work, by the figure, the report or the comment: none may be read whole
     * by a user's action. Not {@code story} (10 000 rows in the full set, a hundredth of the figures): the search reads
     * it whole as the build side of a hash join when a word matches figures or comments across most stories, which is
     * the right plan (looking every story up by key would cost more); every other read of it goes by its key.
     */
    static final Set<String> BIG = Set.of("figure", "figure_revision", "figure_standing", "figure_approval",
            "story_event", "evidence", "report", "assertion", "comment", "change_log", "assignment", "notification",
            "figure_suggestion", "assertion_via", "archived_copy");

    private static final Pattern SEQ_SCAN = Pattern.compile(
            "\"Node Type\": \"Seq Scan\",[^{}\\[\\]]*?\"Relation Name\": \"([a-z_]+)\"");
    private static final ScaleData.Size SIZE = new ScaleData.Size(1_500, 20, 3_000, 10, 6_000, 60, 2, 20);
    private static boolean generated;

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired StoryService stories;
    @Autowired EvidenceService evidence;
    @Autowired CommentService comments;
    @Autowired InboxService inbox;
    @Autowired ReviewService review;
    @Autowired SearchService search;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired ApplicationContext context;

    @BeforeEach
    void generateOnce() throws SQLException {
        if (!generated) {
            ScaleData.generate(dataSource, SIZE, 42);
            generated = true;
        }
    }

    @Test
    void everyQueryBehindTheMainActionsUsesAnIndex() throws SQLException {
        Map<String, List<SqlCapture.Captured>> byAction = actions();
        Map<String, SqlCapture.Captured> statements = new LinkedHashMap<>();
        Set<String> searchStatements = new java.util.HashSet<>();
        byAction.forEach((action, captured) -> {
            System.out.printf(Locale.ROOT, "%s: %d statements%n", action, captured.size());
            assertThat(captured).as("statements run by " + action).isNotEmpty();
            captured.stream().filter(QueryPlanTest::planned).forEach(c -> statements.putIfAbsent(c.sql(), c));
            if (action.equals("search")) {
                captured.forEach(c -> searchStatements.add(c.sql()));
            }
        });

        List<String> readWhole = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (SqlCapture.Captured c : statements.values()) {
                Set<String> tables = seqScans(connection, c);
                String said = tables + " read whole by: " + c.sql().strip().replaceAll("\\s+", " ");
                if (tables.isEmpty()) {
                    continue;
                }
                if (searchStatements.contains(c.sql())) {
                    // Full-text matches: on these small tables the planner's choice between the GIN index and reading
                    // the table flips with the words' frequencies and the reports' texts (two runs differed), so the
                    // search is checked on the full-size data instead (docs/benchmarks.md, "Data at scale"). Shown.
                    System.out.println("search, not checked here: " + said);
                } else {
                    readWhole.add(said);
                }
            }
        }

        assertThat(statements).as("statements explained").hasSizeGreaterThan(30);
        assertThat(readWhole).as("plans with a sequential scan of a big table").isEmpty();
    }

    /** The check fails when an index a query needs is missing: dropped in a transaction that is rolled back. */
    @Test
    void aMissingIndexIsFound() throws SQLException {
        long storyId = someStory("IN_REVIEW");
        List<SqlCapture.Captured> captured = as("factchecker", Role.FACT_CHECKER,
                () -> SqlCapture.during(() -> comments.onStory(storyId)));
        SqlCapture.Captured comment = captured.stream()
                .filter(c -> c.sql().toLowerCase(Locale.ROOT).matches("(?s).*\\bfrom comment\\b.*")).findFirst()
                .orElseThrow();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(seqScans(connection, comment)).isEmpty();
            connection.setAutoCommit(false);
            try {
                connection.createStatement().execute("drop index comment_story_idx");
                assertThat(seqScans(connection, comment)).contains("comment");
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    /** Each action as its view calls it, with the statements it ran. */
    private Map<String, List<SqlCapture.Captured>> actions() {
        Map<String, List<SqlCapture.Captured>> out = new LinkedHashMap<>();
        long storyId = someStory("IN_REVIEW");
        long draftId = someStory("DRAFT");
        long figureId = jdbc.queryForObject("select min(id) from figure where story_id = ?", Long.class, draftId);
        long assertionId = jdbc.queryForObject("""
                select max(a.id) from assertion a where not exists (
                    select 1 from evidence e where e.figure_id = ? and e.assertion_id = a.id)""", Long.class, figureId);
        String checker = "factchecker";
        out.put("story open", capture(checker, Role.FACT_CHECKER, () -> {
            stories.details(storyId).orElseThrow();
            stories.suggestions(storyId);
            evidence.storyStandings(storyId);
            comments.onStory(storyId);
            inbox.assigneeOf(storyId, null);
            inbox.assignable();
            review.storyReview(storyId);
            evidence.storyScope(storyId, Locale.FRENCH);
        }));
        out.put("figure open", capture(checker, Role.FACT_CHECKER, () -> {
            evidence.panel(figureId, Locale.FRENCH);
            evidence.scope(figureId, Locale.FRENCH);
            review.figureReview(figureId);
            comments.onFigure(figureId);
            inbox.assigneeOf(draftId, figureId);
        }));
        out.put("link evidence", capture(checker, Role.FACT_CHECKER, () -> {
            evidence.link(figureId, assertionId, Relation.SUPPORTS);
            evidence.unlink(figureId, assertionId);
        }));
        out.put("search", capture(checker, Role.FACT_CHECKER, () -> {
            // words as selective as a newsroom's searches usually are; a word in a sixth of a small table's rows is
            // rightly read with a sequential scan (at the full size "civils", in 41 510 figures, goes through the GIN
            // index)
            for (String q : List.of("Kharkiv", "Mossoul morts", "\"soldats turcs\"", "Bakhmout -Donetsk",
                    "deplaces Goma")) {
                search.search(q, 10);
            }
        }));
        out.put("conflicts view", capture(checker, Role.FACT_CHECKER, () -> {
            for (ConflictQuery.Show show : ConflictQuery.Show.values()) {
                ConflictQuery query = new ConflictQuery(show, "", Set.of());
                evidence.conflicts(query, 0, 50);
                evidence.conflicts(query, 50, 50);
                evidence.countConflicts(query, 10_000);
            }
        }));
        String editor = jdbc.queryForObject("""
                select assignee from assignment where assignee like 'scale-editor-%'
                group by assignee order by count(*) desc limit 1""", String.class);
        out.put("my queue", capture(editor, Role.EDITOR, () -> {
            inbox.countAssignedToMe();
            inbox.assignedToMe(0, 50);
            inbox.assignedToMe(50, 50);
            inbox.countToApprove(501);
            inbox.toApprove(0, 50);
            inbox.toApprove(50, 50);
        }));
        // the standings worker after an import batch: the figures its reports' assertions may concern (V77)
        List<Long> reportIds = jdbc.queryForList("select id from report order by id desc limit 500", Long.class);
        out.put("standings after an import", capture("editor", Role.EDITOR,
                () -> StandingWork.figuresConcernedBy(context, reportIds)));
        out.put("history", capture("editor", Role.EDITOR, () -> {
            review.history(storyId);
            review.figureHistory(figureId);
        }));
        return out;
    }

    private long someStory(String state) {
        return jdbc.queryForObject("""
                select min(id) from story where created_by = ? and state = ?""", Long.class, ScaleData.CREATED_BY,
                state);
    }

    private List<SqlCapture.Captured> capture(String user, Role role, Runnable action) {
        return as(user, role, () -> SqlCapture.during(action));
    }

    private <T> T as(String user, Role role, java.util.function.Supplier<T> work) {
        return RunAs.as(security, user, role, work);
    }

    /** Statements the planner plans (reads and writes), not session settings, locks or COPY. */
    private static boolean planned(SqlCapture.Captured c) {
        String sql = c.sql().strip().toLowerCase(Locale.ROOT);
        return sql.matches("(?s)(select|with|update|delete|insert)\\b.*") && !sql.contains("pg_advisory");
    }

    /** The big tables the statement's plan reads whole. */
    private static Set<String> seqScans(Connection connection, SqlCapture.Captured c) throws SQLException {
        String plan = SqlCapture.unrecorded(() -> {
            try (PreparedStatement explain = connection.prepareStatement("explain (format json) " + c.sql())) {
                c.bind(explain);
                try (ResultSet rs = explain.executeQuery()) {
                    StringBuilder out = new StringBuilder();
                    while (rs.next()) {
                        out.append(rs.getString(1));
                    }
                    return out.toString();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot explain " + c.sql(), e);
            }
        });
        Set<String> tables = new TreeSet<>();
        Matcher m = SEQ_SCAN.matcher(plan);
        while (m.find()) {
            if (BIG.contains(m.group(1))) {
                tables.add(m.group(1));
            }
        }
        return tables;
    }
}
