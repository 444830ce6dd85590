package org.corroborate.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The search's SQL. The query string is always a bind parameter, parsed by websearch_to_tsquery (which
 * accepts any text); the SQL around it comes from {@link SearchTarget} constants only.
 *
 * <p>A row matches when its document matches the query parsed in the configuration of the row's language
 * (French, English, or folded words for other languages), written as three branches, one per language, so
 * that each can use the GIN index (a bitmap OR) and none reads a document the index already answers for.
 */
@Repository
class SearchQueries {


    private static final String TITLE_OPTIONS = "HighlightAll=true, StartSel=" + Highlighted.START
            + ", StopSel=" + Highlighted.STOP;
    private static final String SNIPPET_OPTIONS = "MaxFragments=2, MinWords=8, MaxWords=24, FragmentDelimiter=\" … \", "
            + "StartSel=" + Highlighted.START + ", StopSel=" + Highlighted.STOP;

    private final JdbcClient jdbc;

    SearchQueries(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    /**
     * One page of results. By relevance, every match is ranked, which reads every match's document: callers
     * use it only for a few hundred matches. Newest first lets PostgreSQL walk the time index and stop at
     * the page, whatever the number of matches.
     */
    List<SearchHit> find(SearchTarget target, String query, int offset, int limit, boolean byRelevance) {
        String sql = """
                select hit.id, hit.story_id, hit.context, hit.at, hit.rank,
                       ts_headline(hit.config, hit.title, hit.query, :titleOptions) as title_marked,
                       ts_headline(hit.config, hit.text, hit.query, :textOptions) as text_marked
                from (
                    select %s as id, %s as story_id, %s as context, %s as at,
                           %s as title, %s as text, %s as config, q.query,
                           %s as rank
                    from %s
                    cross join lateral (select %s as query) q
                    where %s and %s
                    order by %s
                    limit :limit offset :offset
                ) hit
                order by %s
                """.formatted(target.id(), target.storyId(), target.context(), target.at(),
                unmarked(target.title()), unmarked(target.text()), config(target.language()),
                byRelevance ? "ts_rank_cd(" + target.document() + ", q.query)" : "0",
                target.from(), query(target.language()),
                target.where(), matches(target),
                byRelevance ? "rank desc, id desc" : target.at() + " desc",
                byRelevance ? "hit.rank desc, hit.id desc" : "hit.at desc");
        return jdbc.sql(sql)
                .param("q", query)
                .param("titleOptions", TITLE_OPTIONS)
                .param("textOptions", target.wholeText() ? TITLE_OPTIONS : SNIPPET_OPTIONS)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> hit(target.type(), rs))
                .list();
    }

    /** How many rows match, counting no further than {@code cap}. */
    long count(SearchTarget target, String query, int cap) {
        String sql = """
                select count(*) from (
                    select 1 from %s
                    where %s and %s
                    limit :cap
                ) matched
                """.formatted(target.from(), target.where(), matches(target));
        return jdbc.sql(sql).param("q", query).param("cap", cap).query(Long.class).single();
    }

    private static String matches(SearchTarget target) {
        return ("((%1$s = 'fr' and %2$s @@ websearch_to_tsquery('corroborate_fr', :q)) "
                + "or (%1$s = 'en' and %2$s @@ websearch_to_tsquery('corroborate_en', :q)) "
                + "or (%1$s not in ('fr', 'en') and %2$s @@ websearch_to_tsquery('corroborate_simple', :q)))")
                .formatted(target.language(), target.document());
    }

    private static SearchHit hit(SearchType type, ResultSet rs) throws SQLException {
        long storyId = rs.getLong("story_id");
        Long story = rs.wasNull() ? null : storyId;
        Timestamp at = rs.getTimestamp("at");
        return new SearchHit(type, rs.getLong("id"), story, Highlighted.parse(rs.getString("title_marked")),
                Highlighted.parse(rs.getString("text_marked")), rs.getString("context"),
                at == null ? null : at.toInstant(), rs.getDouble("rank"));
    }

    /** The row's text, without the two characters that mark matches. */
    private static String unmarked(String column) {
        return "translate(coalesce(%s, ''), '%c%c', '')".formatted(column, Highlighted.START, Highlighted.STOP);
    }

    private static String config(String language) {
        return ("case %s when 'fr' then 'corroborate_fr'::regconfig when 'en' then 'corroborate_en'::regconfig "
                + "else 'corroborate_simple'::regconfig end").formatted(language);
    }

    private static String query(String language) {
        return ("case %s when 'fr' then websearch_to_tsquery('corroborate_fr', :q) "
                + "when 'en' then websearch_to_tsquery('corroborate_en', :q) "
                + "else websearch_to_tsquery('corroborate_simple', :q) end").formatted(language);
    }
}
