package org.corroborate.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.corroborate.RunAs;
import org.corroborate.evidence.QueuedStandings;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
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

/**
 * What waits for a decision, read through the story and figure APIs a page of stories at a time (DD008), lists what
 * the one SQL statement over story, figure and figure_approval listed before, in the same order: over more stories
 * than a page, with ties on the time of change, lapsed decisions on drafts, approved and published stories, decided
 * and detached figures.
 */
@SpringBootTest
class DecisionQueueTest {

    /** The statement the editor's queue ran before the tables had one owner each (issue 15). */
    private static final String BEFORE = """
            select f.id, coalesce(a.decision, 'UNDECIDED')
            from figure f join story s on s.id = f.story_id
            left join figure_approval a on a.figure_id = f.id
            where not f.detached and s.state not in ('PUBLISHED')
              and ((s.state in ('IN_REVIEW') and a.decision is null) or a.decision = 'LAPSED')
            order by s.updated_at desc, s.id, f.start_offset limit ?""";

    private static final String[] TEXTS = {
        "Au moins 40 personnes ont été tuées et 120 blessées dans le bombardement de Douma, selon la Défense civile.",
        "Quelque 3 000 familles ont fui Rafah en deux jours et 15 écoles servent d'abri, d'après l'UNRWA.",
        "Les inondations ont fait 27 morts et 9 disparus dans la région de Valence, selon les secours.",
    };
    private static final String[][] QUOTES = {
        {"40 personnes", "120 blessées"},
        {"3 000 familles", "15 écoles"},
        {"27 morts", "9 disparus"},
    };

    @Autowired ReviewService review;
    @Autowired StoryService stories;
    @Autowired FigureService figures;
    @Autowired SourceService sources;
    @Autowired SystemAuthentication system;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @Test
    void listsWhatTheSingleStatementListedInTheSameOrderAcrossPagesOfStories() {
        // Later than anything else in the database, so that these stories lead the list; seven distinct times for
        // 70 stories, so that many tie and the story id decides.
        Instant base = Instant.now().plus(3650, ChronoUnit.DAYS);
        List<long[]> inReview = new ArrayList<>();
        for (int i = 0; i < DecisionQueue.STORIES_PER_PAGE + 20; i++) {
            inReview.add(story(i, "IN_REVIEW", base.plus(i % 7, ChronoUnit.MINUTES)));
        }
        decide(inReview.get(0)[0], inReview.get(0)[1], "APPROVED");
        decide(inReview.get(1)[0], inReview.get(1)[1], "LAPSED");
        decide(inReview.get(2)[0], inReview.get(2)[1], "REJECTED");
        decide(inReview.get(2)[0], inReview.get(2)[2], "APPROVED");
        jdbc.update("update figure set detached = true where id = ?", inReview.get(3)[2]);
        for (int i = 0; i < 6; i++) {
            long[] draft = story(i, "DRAFT", base.plus(i, ChronoUnit.MINUTES));
            decide(draft[0], draft[1 + i % 2], "LAPSED");
        }
        long[] approved = story(1, "APPROVED", base.plus(3, ChronoUnit.MINUTES));
        decide(approved[0], approved[1], "LAPSED");
        decide(approved[0], approved[2], "APPROVED");
        long[] published = story(2, "PUBLISHED", base.plus(9, ChronoUnit.MINUTES));
        decide(published[0], published[1], "LAPSED");
        long[] detachedLapsed = story(0, "DRAFT", base.plus(8, ChronoUnit.MINUTES));
        decide(detachedLapsed[0], detachedLapsed[1], "LAPSED");
        jdbc.update("update figure set detached = true where id = ?", detachedLapsed[1]);

        for (int limit : new int[] {1, 7, 60, 200, 100_000}) {
            List<String> now = RunAs.as(security, "editor", Role.EDITOR, () -> review.waitingForDecision(limit))
                    .stream().map(w -> w.figure().id() + " " + (w.decision() == null ? "UNDECIDED" : w.decision()))
                    .toList();
            List<String> before = jdbc.query(BEFORE, (rs, n) -> rs.getLong(1) + " " + rs.getString(2), limit);
            assertThat(now).as("the first %d waiting", limit).isEqualTo(before);
        }
        List<Long> first = RunAs.as(security, "editor", Role.EDITOR, () -> review.waitingForDecision(200)).stream()
                .map(w -> w.figure().id()).toList();
        assertThat(first).as("a lapsed decision on a draft, the second figure of a story in review")
                .contains(approved[1], inReview.get(1)[1], inReview.get(0)[2])
                .doesNotContain(published[1], detachedLapsed[1], inReview.get(0)[1], inReview.get(2)[1],
                        inReview.get(3)[2], approved[2]);
    }

    /** A story with two figures, in the given state, last changed at {@code at}: its id and its figures' ids. */
    private long[] story(int n, String state, Instant at) {
        String text = TEXTS[n % TEXTS.length];
        long storyId = system.call(() -> stories.create("File d'attente " + UUID.randomUUID(), "fr", text));
        long first = anchor(storyId, text, QUOTES[n % TEXTS.length][0]);
        long second = anchor(storyId, text, QUOTES[n % TEXTS.length][1]);
        // The new figures' standings are derived after commit (DD016); a derivation that came after the decisions
        // below would find their test fingerprint stale and lapse them, racing the comparison.
        QueuedStandings.derive(context, first, second);
        jdbc.update("update story set state = ?, updated_at = ? where id = ?", state, Timestamp.from(at), storyId);
        return new long[] {storyId, first, second};
    }

    private void decide(long storyId, long figureId, String decision) {
        jdbc.update("""
                insert into figure_approval (figure_id, story_id, decision, decided_by, decided_at, fingerprint)
                values (?, ?, ?, 'editor', now(), 'test')""", figureId, storyId, decision);
    }

    private long anchor(long storyId, String text, String quote) {
        String number = quote.replaceAll("[^0-9]", "");
        return system.call(() -> figures.anchor(storyId, text, text.indexOf(quote), quote,
                Quantity.of(Qualifier.EXACT, new BigDecimal(number), new BigDecimal(number), null),
                new Measure(QuantityKind.DEATHS, null, null, null), sources.findByKey("sohr").orElseThrow()));
    }
}
