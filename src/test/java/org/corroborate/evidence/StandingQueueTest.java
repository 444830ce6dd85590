package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.corroborate.Unique;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.report.AssertionDraft;
import org.corroborate.report.NewReport;
import org.corroborate.report.ReportService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adding a report only queues the standings it may change; the background worker derives them after the commit
 * (issue 14: one large report used to hold every other report write, and figures' locks, for minutes).
 */
@SpringBootTest
class StandingQueueTest {

    /** The advisory-lock key space of figures ({@link FigureService#lockForChange}). */
    private static final long FIGURE_LOCKS = 7413002;

    @Autowired
    ReportService reports;

    @Autowired
    StoryService stories;

    @Autowired
    FigureService figures;

    @Autowired
    SourceService sources;

    @Autowired
    EvidenceService evidence;

    @Autowired
    StandingQueue queue;

    @Autowired
    SystemAuthentication system;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final String unique = Unique.letters();

    @Test
    void aLargeReportStillBeingStoredHoldsNoFigureAndHoldsUpNoOtherReport() throws Exception {
        long figureId = injuredFigure("Maaret", 50, "2020-03-01T18:00:00Z");
        assertThat(status(figureId)).isEqualTo(FigureStatus.UNSUPPORTED);

        // 3 000 numbers, among them a newer, higher toll of the injured at Maaret from the same origin
        StringBuilder text = new StringBuilder("Plus de 80 blessés à Maaret depuis dimanche, selon l'OSDH. ");
        for (int i = 0; i < 3_000; i++) {
            text.append(i % 2 == 0 ? "Au moins " + (3 + i % 700) + " civils ont été tués, selon l'ONU. "
                    : "Environ " + (10 + i % 900) + " personnes ont fui, selon l'OCHA. ");
        }
        NewReport large = report("Bilan détaillé " + unique, text.toString());
        assertThat(large.assertions()).hasSizeGreaterThan(3_000);

        CountDownLatch stored = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean largeCommitted = new AtomicBoolean();
        List<Map<String, Object>> largeLocks = new ArrayList<>();
        CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> system.call(() -> {
            long id = new TransactionTemplate(transactions).execute(status -> {
                long added = reports.add(large);
                largeLocks.addAll(jdbc.queryForList("select classid, objid from pg_locks "
                        + "where locktype = 'advisory' and pid = pg_backend_pid()"));
                stored.countDown();
                try {
                    release.await(2, TimeUnit.MINUTES); // the large report's transaction stays open meanwhile
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return added;
            });
            largeCommitted.set(true);
            return id;
        }));
        try {
            assertThat(stored.await(2, TimeUnit.MINUTES)).isTrue();
            assertThat(largeLocks).as("the large report's transaction holds no figure's lock")
                    .noneMatch(l -> ((Number) l.get("classid")).longValue() == FIGURE_LOCKS)
                    .as("only the keys of its own address and text")
                    .allMatch(l -> List.of(7413001L, 7413003L).contains(((Number) l.get("classid")).longValue()));

            // another report of the same kinds, stored and committed while the large one is still open
            String other = "Au moins 12 civils ont été tués mardi, selon l'ONU. Dépêche " + unique + ".";
            long otherId = system.call(() -> reports.add(report("Alep " + unique, other)));
            assertThat(largeCommitted).as("the other report did not wait for the large one").isFalse();
            assertThat(jdbc.queryForObject("select count(*) from report where id = ?", Long.class, otherId))
                    .isEqualTo(1);
        } finally {
            release.countDown();
        }
        long largeId = first.get(2, TimeUnit.MINUTES);
        assertThat(jdbc.queryForObject("select count(*) from assertion where report_id = ?", Long.class, largeId))
                .isGreaterThan(3_000);

        // derived on the spot, the figure is superseded at once; its stored standing follows in the background
        assertThat(system.call(() -> evidence.panel(figureId, Locale.ENGLISH)).standing().status())
                .isEqualTo(FigureStatus.SUPERSEDED);
        await().atMost(Duration.ofMinutes(2)).untilAsserted(
                () -> assertThat(status(figureId)).isEqualTo(FigureStatus.SUPERSEDED));
        assertThat(system.call(() -> evidence.panel(figureId, Locale.ENGLISH)).standing().newerValueAvailable())
                .isTrue();
    }

    /**
     * A derivation waiting for a figure's lock holds nothing yet: no queue row (CI deadlocked on it once, a re-check
     * of a row the worker had just claimed leaving that row locked by the waiting derivation).
     */
    @Test
    void aDerivationWaitingForAFiguresLockHoldsNoRowMeanwhile() throws Exception {
        long figureId = injuredFigure("Saraqeb", 40);
        // a waiting row the worker leaves alone (due later) but a derivation of the figure takes out
        jdbc.update("insert into standing_work (figure_id, not_before) values (?, now() + interval '1 hour')", figureId);

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2); // the common pool may have one thread
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    system.run(() -> figures.lockForChange(List.of(figureId))); // as a worker deriving it would
                    held.countDown();
                    try {
                        release.await(2, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }), threads);
        CompletableFuture<Boolean> derivation = null;
        try {
            assertThat(held.await(1, TimeUnit.MINUTES)).isTrue();
            derivation = CompletableFuture.supplyAsync(() -> queue.deriveNow(List.of(figureId), Duration.ofMinutes(2)),
                    threads);
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(jdbc.queryForList("""
                    select backend_xid::text as xid from pg_stat_activity a
                    where wait_event_type = 'Lock' and wait_event = 'advisory'
                      and exists (select 1 from pg_locks l where l.pid = a.pid and not l.granted
                                  and l.locktype = 'advisory' and l.classid = ? and l.objid = ?)""",
                    FIGURE_LOCKS, figureId)).singleElement()
                    .satisfies(row -> assertThat(row.get("xid")).as("the waiting derivation has written nothing")
                            .isNull()));
            assertThat(derivation).isNotDone();
        } finally {
            release.countDown();
        }
        holder.get(1, TimeUnit.MINUTES);
        assertThat(derivation.get(2, TimeUnit.MINUTES)).isTrue();
        threads.shutdown();
        assertThat(jdbc.queryForObject("select count(*) from standing_work where figure_id = ?", Long.class, figureId))
                .as("its waiting row taken out once it had the lock").isZero();
    }

    @Test
    void aFailedDerivationIsRetriedAndDerivingTwiceChangesNothing() {
        long figureId = injuredFigure("Khan Cheikhoun", 30);
        Map<String, Object> before = standing(figureId);
        String trigger = "refuse_standing_" + figureId;
        jdbc.execute("create function " + trigger + "() returns trigger language plpgsql as $$ begin "
                + "if new.figure_id = " + figureId + " then raise exception 'refused by the test'; end if; "
                + "return new; end $$");
        jdbc.execute("create trigger " + trigger + " before update on figure_standing for each row execute function "
                + trigger + "()");
        try {
            // in one transaction: the worker sees the row only once it is committed, so it cannot claim it between
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                queue.enqueueFigures(List.of(figureId, figureId));
                queue.enqueueFigures(List.of(figureId));
            });
            assertThat(jdbc.queryForObject("select count(*) from standing_work where figure_id = ?", Long.class,
                    figureId)).as("a figure waiting once is not queued again").isEqualTo(1);

            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(jdbc.queryForList(
                    "select attempts, last_error, claimed_until from standing_work where figure_id = ?", figureId))
                    .singleElement().satisfies(row -> {
                        assertThat((Integer) row.get("attempts")).isGreaterThanOrEqualTo(1);
                        assertThat((String) row.get("last_error")).contains("refused by the test");
                        assertThat(row.get("claimed_until")).isNull();
                    }));
            assertThat(standing(figureId)).isEqualTo(before);
        } finally {
            jdbc.execute("drop trigger " + trigger + " on figure_standing");
            jdbc.execute("drop function " + trigger + "()");
        }
        Instant retried = jdbc.queryForObject("select now()", java.sql.Timestamp.class).toInstant();
        jdbc.update("update standing_work set not_before = now() where figure_id = ?", figureId); // no back-off wait
        queue.wake();

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("select count(*) from standing_work where figure_id = ?", Long.class, figureId))
                .isZero());
        Map<String, Object> after = standing(figureId);
        assertThat(((java.sql.Timestamp) after.get("computed_at")).toInstant()).isAfterOrEqualTo(retried);
        assertThat(withoutTime(after)).as("derived again from the same data: the same standing")
                .isEqualTo(withoutTime(before));
    }

    @Test
    void workersDrainingAtOnceDeriveEveryFigureOnceTheQueueIsEmpty() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(injuredFigure("Ariha", 10 + i));
        }
        jdbc.update("update figure_standing set status = 'CONTESTED' where figure_id = any(cast(? as bigint[]))",
                ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}")));
        Instant queued = jdbc.queryForObject("select now()", java.sql.Timestamp.class).toInstant();
        queue.enqueueFigures(ids);
        queue.enqueueKinds(List.of(QuantityKind.INJURED));

        // two workers at once beside the instance's own: SKIP LOCKED gives each other rows
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(queue::drain);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(queue::drain);
        a.get(3, TimeUnit.MINUTES);
        b.get(3, TimeUnit.MINUTES);
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from standing_work where figure_id = any(cast(? as bigint[])) or kind = 'INJURED'",
                Long.class, ids.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")))).isZero());
        assertThat(ids).allSatisfy(id -> {
            assertThat(status(id)).as("derived again").isNotEqualTo(FigureStatus.CONTESTED);
            assertThat(((java.sql.Timestamp) standing(id).get("computed_at")).toInstant()).isAfterOrEqualTo(queued);
        });
    }

    private long injuredFigure(String place, int count) {
        return injuredFigure(place, count, "2019-12-24T18:00:00Z");
    }

    private long injuredFigure(String place, int count, String published) {
        String story = "Les frappes ont fait environ " + count + " blessés à " + place + ", selon l'OSDH. " + unique;
        String quote = "environ " + count + " blessés";
        long figureId = system.call(() -> {
            long storyId = stories.create("Blessés " + place + " " + UUID.randomUUID(), "fr", story);
            stories.datePublication(storyId, Instant.parse(published));
            return figures.anchor(storyId, story, story.indexOf(quote), quote,
                    Quantity.of(Qualifier.APPROXIMATE, new BigDecimal(count), new BigDecimal(count), null),
                    new Measure(QuantityKind.INJURED, "blessés", null, null),
                    sources.findByKey("sohr").orElseThrow());
        });
        // a new figure's standing is queued (DD016): stored now, so that the tests start from a stored one
        assertThat(queue.deriveNow(List.of(figureId), Duration.ofMinutes(2))).isTrue();
        return figureId;
    }

    private NewReport report(String title, String text) {
        SourceRef afp = system.call(() -> sources.choices()).stream().filter(s -> s.key().equals("afp"))
                .findFirst().orElseThrow();
        List<AssertionDraft> drafts = system.call(() -> reports.extract(text, "fr", afp));
        return new NewReport(title, afp, Instant.parse("2020-03-03T10:00:00Z"), "fr", null, text, drafts);
    }

    private FigureStatus status(long figureId) {
        return system.call(() -> evidence.statusOf(figureId));
    }

    private Map<String, Object> standing(long figureId) {
        return jdbc.queryForMap("select * from figure_standing where figure_id = ?", figureId);
    }

    private static Map<String, Object> withoutTime(Map<String, Object> row) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
        copy.remove("computed_at");
        copy.remove("version");
        return copy;
    }
}
