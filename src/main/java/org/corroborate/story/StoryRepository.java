package org.corroborate.story;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoryRepository extends JpaRepository<Story, Long> {

    @Query("""
            select new org.corroborate.story.StorySummary(s.id, s.title, s.language, s.state, 0L, s.updatedAt)
            from Story s
            where :filter = '' or lower(s.title) like concat('%', :filter, '%')
            """)
    List<StorySummary> findSummaries(String filter, Pageable pageable);

    @Query("select count(s) from Story s where :filter = '' or lower(s.title) like concat('%', :filter, '%')")
    long countSummaries(String filter);

    String REF = "new org.corroborate.story.StoryRef(s.id, s.title, s.language, s.state, s.publishedAt, s.updatedAt)";

    @Query("select " + REF + " from Story s where s.id in :ids")
    List<StoryRef> findRefs(Collection<Long> ids);

    /**
     * As {@link #findRefs}, the ids as one array ("{1,2,3}"): thousands of ids as one parameter instead of a statement
     * with thousands of placeholders that PostgreSQL parses and plans each time (My queue's lapsed decisions).
     */
    @Query(value = """
            select s.id, s.title, s.language, s.state, s.published_at, s.updated_at from story s
            where s.id = any(cast(:ids as bigint[]))""", nativeQuery = true)
    List<Object[]> findRefRows(String ids);

    /** Stories in the given states, last changed first (the index on updated_at walks them). */
    @Query("select " + REF + " from Story s where s.state in :states order by s.updatedAt desc, s.id")
    List<StoryRef> findRefsInStates(Collection<StoryState> states, Pageable pageable);

    Optional<Story> findFirstByTitle(String title);

    /** The oldest story with exactly this text (V81's index on md5(body) finds the candidates). */
    @Query(value = """
            select s.id from story s where md5(s.body) = md5(:body) and s.body = :body order by s.id limit 1""",
            nativeQuery = true)
    Optional<Long> findIdWithBody(String body);
}
