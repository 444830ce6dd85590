package org.corroborate.evidence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.corroborate.base.work.Pace;
import org.corroborate.base.work.UserActivity;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.security.SystemAuthentication;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Standings derived in the background, after the change that made them stale has committed (table
 * {@code standing_work}, V45). Whoever changes what many standings depend on (a report added, a batch imported, a
 * source edited) only inserts rows in its own transaction: a row per kind of figure or per figure, no unique key, so
 * these inserts never wait on one another and never take a figure's lock. The work is then exactly as durable as the
 * change: stored together, or not at all.
 *
 * <p>A worker thread on every instance drains the table, woken right after such a commit on its own instance and
 * every {@code corroborate.standings.poll} otherwise (for work another instance queued, or retries):
 * <ol>
 * <li>kind rows are expanded into one row per figure of the kind (leaving out figures already waiting);
 * <li>up to {@value #CLAIM} figure rows are claimed with {@code FOR UPDATE SKIP LOCKED} under a lease (a second
 * instance takes other rows; rows of an instance that died are taken again when the lease ends);
 * <li>their figures are derived {@value #CHUNK} at a time, each chunk in a short transaction that first deletes every
 * other waiting row of the same figures (what they were queued for is committed, so this derivation covers it)
 * and the claimed rows at the end: the figures' locks are held for one chunk, not for a whole report.
 * </ol>
 * The worker is throttled so that users' actions keep their speed during a large import: while people use the
 * instance, after each chunk it rests for as long as the chunk took times {@code (1 - duty) / duty}
 * ({@code corroborate.standings.duty}, 0.5 by default: at most half of one core over time; 1 never rests); with
 * nobody there it does not rest ({@link Pace}).
 *
 * <p>Deriving a standing again from the stored data gives the same standing, so doing a figure twice is harmless
 * (idempotent). A chunk that fails is retried figure by figure; a figure that fails again goes back to the table
 * with its error and a delay doubling from 1 s up to 10 min.
 */
@Component
class StandingQueue implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StandingQueue.class);
    /** Figure rows claimed in one turn. */
    static final int CLAIM = 200;
    /** Figures derived in one transaction. */
    static final int CHUNK = 16;
    /** Kind rows expanded in one turn. */
    private static final int KINDS = 20;
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration MAX_DELAY = Duration.ofMinutes(10);

    private final JdbcTemplate jdbc;
    private final EvidenceService evidence;
    private final FigureService figures;
    private final ConcernedFigures concerned;
    private final SystemAuthentication system;
    private final TransactionTemplate transaction;
    private final boolean enabled;
    private final Duration poll;
    private final Pace pace;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    /** Notified after each chunk derived on this instance ({@link #awaitIdle}). */
    private final Object derived = new Object();
    private volatile @Nullable ScheduledExecutorService thread;

    StandingQueue(JdbcTemplate jdbc, EvidenceService evidence, FigureService figures, ConcernedFigures concerned,
            SystemAuthentication system,
            PlatformTransactionManager transactions,
            @Value("${corroborate.standings.worker:true}") boolean enabled,
            @Value("${corroborate.standings.poll:PT2S}") Duration poll,
            @Value("${corroborate.standings.duty:0.5}") double duty, UserActivity activity) {
        this.pace = new Pace(duty, activity);
        this.jdbc = jdbc;
        this.evidence = evidence;
        this.figures = figures;
        this.concerned = concerned;
        this.system = system;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.enabled = enabled;
        this.poll = poll;
    }

    /** Every figure of these kinds is to be derived again (in the caller's transaction, if any). */
    void enqueueKinds(Collection<QuantityKind> kinds) {
        if (kinds.isEmpty()) {
            return;
        }
        jdbc.update("insert into standing_work (kind) select unnest(cast(? as varchar[]))",
                kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}")));
        wakeAfterCommit();
    }

    /**
     * The figures these new reports' assertions may concern ({@link ConcernedFigures}) are to be derived again (in
     * the caller's transaction, if any): the worker finds them after the commit.
     */
    void enqueueReports(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return;
        }
        jdbc.update("insert into standing_work (report_ids) values (cast(? as bigint[]))", array(reportIds));
        wakeAfterCommit();
    }

    /** These figures are to be derived again (in the caller's transaction, if any). */
    void enqueueFigures(Collection<Long> figureIds) {
        if (figureIds.isEmpty()) {
            return;
        }
        jdbc.update("""
                insert into standing_work (figure_id) select distinct f from unnest(cast(? as bigint[])) f
                where not exists (select 1 from standing_work w where w.figure_id = f and w.claimed_until is null)
                """, figureIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
        wakeAfterCommit();
    }

    /** Rows waiting (claimed or not): zero when every queued standing is derived. */
    long pending() {
        Long n = jdbc.queryForObject("select count(*) from standing_work", Long.class);
        return n == null ? 0 : n;
    }

    /** Rows due now or being derived (claimed under a lease): those waiting for a retry's delay are left out. */
    private long dueOrClaimed() {
        Long n = jdbc.queryForObject("""
                select count(*) from standing_work where not_before <= now() or claimed_until > now()
                """, Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Derives in the caller's thread whatever is due, then waits for what another worker (this instance's thread)
     * claimed, until nothing due is waiting and nothing claimed is unfinished; false if that took longer than
     * {@code atMost}. For whoever must read the stored standings of what was just queued: tests, a start-up task.
     */
    boolean awaitIdle(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            drain(false);
            if (dueOrClaimed() == 0) {
                return true;
            }
            if (!waitForChunk(deadline)) {
                return false;
            }
        }
    }

    /** Works until nothing is due; returns how many figures it derived. Safe beside other workers. */
    int drain() {
        return drain(true);
    }

    /** {@code rest}: leave the cores to users' requests after each chunk (the worker); not when a caller waits. */
    private int drain(boolean rest) {
        int done = 0;
        while (true) {
            int expanded = expandKinds() + expandReports();
            int derived = deriveClaimed(rest);
            done += derived;
            if (expanded == 0 && derived == 0) {
                return done;
            }
        }
    }

    /**
     * Expands due kind rows into figure rows, in one transaction; returns how many kind rows it took. The figures of
     * the kinds are the figure feature's to list (DD008).
     */
    private int expandKinds() {
        Integer n = transaction.execute(status -> {
            List<String> kinds = jdbc.queryForList("""
                    delete from standing_work where id in (
                        select id from standing_work where kind is not null and not_before <= now()
                        order by id limit ? for update skip locked)
                    returning kind""", String.class, KINDS);
            List<QuantityKind> distinct = kinds.stream().distinct().map(QuantityKind::valueOf).toList();
            List<Long> ids = distinct.isEmpty() ? List.of() : system.call(() -> figures.idsOfKinds(distinct));
            if (!ids.isEmpty()) {
                jdbc.update("""
                        insert into standing_work (figure_id) select f from unnest(cast(? as bigint[])) f
                        where not exists (select 1 from standing_work w where w.figure_id = f and w.claimed_until is null)
                        """, array(ids));
            }
            return kinds.size();
        });
        return n == null ? 0 : n;
    }

    /**
     * Expands due report rows into figure rows, in one transaction; returns how many report rows it took. Taken
     * together: the figures of many batches of an import are looked up and queued once.
     */
    private int expandReports() {
        Integer n = transaction.execute(status -> {
            List<Long> reports = new ArrayList<>();
            int rows = jdbc.query("""
                    delete from standing_work where id in (
                        select id from standing_work where report_ids is not null and not_before <= now()
                        order by id limit ? for update skip locked)
                    returning report_ids""", (rs, i) -> {
                for (Long id : (Long[]) rs.getArray(1).getArray()) {
                    reports.add(id);
                }
                return i;
            }, KINDS).size();
            Set<Long> ids = reports.isEmpty() ? Set.of() : concerned.of(reports);
            if (!ids.isEmpty()) {
                jdbc.update("""
                        insert into standing_work (figure_id) select f from unnest(cast(? as bigint[])) f
                        where not exists (select 1 from standing_work w where w.figure_id = f and w.claimed_until is null)
                        """, array(ids));
            }
            return rows;
        });
        return n == null ? 0 : n;
    }

    private record Claimed(long rowId, long figureId, int attempts) {
    }

    private int deriveClaimed(boolean rest) {
        List<Claimed> claimed = transaction.execute(status -> jdbc.query("""
                update standing_work w set claimed_until = now() + cast(? as interval), attempts = w.attempts + 1
                where w.id in (
                    select id from standing_work
                    where figure_id is not null and not_before <= now()
                      and (claimed_until is null or claimed_until < now())
                    order by id limit ? for update skip locked)
                returning w.id, w.figure_id, w.attempts
                """, (rs, i) -> new Claimed(rs.getLong(1), rs.getLong(2), rs.getInt(3)),
                LEASE.toSeconds() + " seconds", CLAIM));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        Map<Long, List<Claimed>> byFigure = new TreeMap<>(
                claimed.stream().collect(Collectors.groupingBy(Claimed::figureId)));
        List<Long> figures = new ArrayList<>(byFigure.keySet());
        for (int from = 0; from < figures.size(); from += CHUNK) {
            List<Long> chunk = figures.subList(from, Math.min(figures.size(), from + CHUNK));
            List<Claimed> rows = chunk.stream().flatMap(f -> byFigure.get(f).stream()).toList();
            long started = System.nanoTime();
            try {
                derive(chunk, rows);
            } catch (RuntimeException chunkFailed) {
                for (Long figure : chunk) {
                    List<Claimed> own = byFigure.get(figure);
                    try {
                        derive(List.of(figure), own);
                    } catch (RuntimeException failed) {
                        putBack(figure, own, failed);
                    }
                }
            }
            if (rest) {
                pace.rest(System.nanoTime() - started);
            }
        }
        return figures.size();
    }

    /**
     * Derives these figures' standings now, in the caller's thread, as the worker would (their waiting rows are
     * taken out, what they were queued for being covered), and waits for a derivation of them the worker may have
     * claimed meanwhile: afterwards their stored standings are there and nothing queued for them is left. False if
     * that took longer than {@code atMost}.
     */
    boolean deriveNow(Collection<Long> figureIds, Duration atMost) {
        if (figureIds.isEmpty()) {
            return true;
        }
        long deadline = System.nanoTime() + atMost.toNanos();
        List<Long> ids = List.copyOf(new java.util.TreeSet<>(figureIds));
        derive(ids, List.of());
        while (true) {
            Map<String, Object> left = jdbc.queryForMap("""
                    select count(*) filter (where claimed_until is null and not_before <= now()) as waiting,
                           count(*) filter (where claimed_until > now()) as claimed
                    from standing_work where figure_id = any(cast(? as bigint[]))""", array(ids));
            if (System.nanoTime() > deadline) {
                return false;
            }
            if (((Number) left.get("waiting")).longValue() > 0) {
                derive(ids, List.of()); // queued again meanwhile
            } else if (((Number) left.get("claimed")).longValue() == 0) {
                return true;
            } else if (!waitForChunk(deadline)) { // the worker's: it finishes them
                return false;
            }
        }
    }

    /** Waits until a chunk is derived on this instance (or a moment passed); false once past the deadline. */
    private boolean waitForChunk(long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        synchronized (derived) {
            try {
                // the bound only re-checks the table, for work another instance does
                derived.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 100)));
                return true;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /**
     * One transaction: the figures' locks first, then their other waiting rows, their standings and the claimed rows,
     * gone. The locks come first: a re-check of a row another worker has just claimed leaves that row locked by this
     * transaction (PostgreSQL keeps the lock of a row that failed its re-check), and that worker, deriving the same
     * figure, deletes the row at its end; were this transaction still to wait for the figure's lock, the two would
     * wait on each other.
     */
    private void derive(List<Long> figures, List<Claimed> rows) {
        String ids = array(figures);
        transaction.executeWithoutResult(status -> {
            system.run(() -> this.figures.lockForChange(figures));
            jdbc.update("""
                    delete from standing_work where id in (
                        select id from standing_work where figure_id = any(cast(? as bigint[]))
                        and claimed_until is null for update skip locked)
                    """, ids);
            List<Long> existing = system.call(() -> this.figures.existing(figures));
            if (!existing.isEmpty()) {
                system.run(() -> evidence.recompute(existing));
            }
            jdbc.update("delete from standing_work where id = any(cast(? as bigint[]))",
                    array(rows.stream().map(Claimed::rowId).toList()));
        });
        synchronized (derived) {
            derived.notifyAll();
        }
    }

    private void putBack(long figure, List<Claimed> rows, RuntimeException failed) {
        int attempts = rows.stream().mapToInt(Claimed::attempts).max().orElse(1);
        long delay = Math.min(MAX_DELAY.toSeconds(), 1L << Math.min(20, attempts - 1));
        String error = String.valueOf(failed);
        log.warn("Standing of figure {} not derived (attempt {}), retried in {} s", figure, attempts, delay, failed);
        try {
            transaction.executeWithoutResult(status -> jdbc.update("""
                    update standing_work set claimed_until = null, not_before = now() + cast(? as interval),
                           last_error = ?
                    where id = any(cast(? as bigint[]))
                    """, delay + " seconds", error.length() > 2000 ? error.substring(0, 2000) : error,
                    array(rows.stream().map(Claimed::rowId).toList())));
        } catch (RuntimeException unreachable) {
            log.warn("Figure {}'s work is left to its lease", figure, unreachable); // taken again when it ends
        }
    }

    private static String array(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    /** Drains soon on the worker thread (at most one wake-up waits at a time). */
    void wake() {
        ScheduledExecutorService worker = thread;
        if (worker != null && wakeQueued.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    wakeQueued.set(false);
                    drainSafely();
                });
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                wakeQueued.set(false);
            }
        }
    }

    /** A failing turn (the database gone a moment) must not end the schedule: the rows wait for the next one. */
    private void drainSafely() {
        try {
            drain();
        } catch (RuntimeException failed) {
            log.warn("Standings queue not drained this turn", failed);
        }
    }

    @Override
    public void start() {
        if (enabled) {
            ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("standings").daemon(true).factory());
            worker.scheduleWithFixedDelay(this::drainSafely, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
            thread = worker;
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService worker = thread;
        thread = null;
        if (worker != null) {
            worker.shutdownNow();
            try {
                worker.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
