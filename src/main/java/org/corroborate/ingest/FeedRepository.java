package org.corroborate.ingest;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeedRepository extends JpaRepository<Feed, Long> {

    boolean existsByUrl(String url);

    List<Feed> findAllByOrderByTitleAsc();

    /** Feeds due now and not taken by another instance (their rows stay locked until the caller's commit). */
    @Query(value = """
            select * from feed where not paused and next_run_at <= now()
            order by next_run_at limit :max for update skip locked""", nativeQuery = true)
    List<Feed> lockDue(int max);

    /**
     * One feed, its row locked until the caller's commit: an admin's pause or "run now" and a run's result are
     * written one after the other, each on the version the other left, never as an optimistic-lock conflict.
     */
    @Query(value = "select * from feed where id = :id for update", nativeQuery = true)
    Optional<Feed> lock(long id);
}
