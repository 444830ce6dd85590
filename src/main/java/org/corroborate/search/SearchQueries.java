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
     * One page of results for words (no phrase). By relevance, every match is ranked, which reads every match's
     * document: callers use it only for a few hundred matches. Newest first lets PostgreSQL walk the time
     * index and stop at the page, whatever the number of matches.
     */
    List<SearchHit> find(SearchTarget target, String query, int offset, int limit, boolean byRelevance) {
        String sql = """
                select hit.id, hit.story_id, hit.figure_id, hit.context, hit.at, hit.rank,
                       ts_headline(hit.config, hit.title, hit.query, :titleOptions) as title_marked,
                       ts_headline(hit.config, hit.text, hit.query, :textOptions) as text_marked
                from (
                    select %s as id, %s as story_id, %s as figure_id, %s as context, %s as at,
                           %s as title, %s as text, %s as config, q.query,
                           %s as rank
                    from %s
                    cross join lateral (select %s as query) q
                    where %s and %s
                    order by %s
                    limit :limit offset :offset
                ) hit
                order by %s
                """.formatted(target.id(), target.storyId(), target.figureId(), target.context(), target.at(),
                unmarked(target.title()), unmarked(target.text()), config(target.language()),
                byRelevance ? "ts_rank_cd(" + target.document() + ", q.query)" : "0",
                target.from(), query(target.language()),
                target.where(), matches(target.language(), target.document(), false),
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

    /**
     * One page of results for a query holding a phrase, in one statement. The candidates are the last
     * {@code window} rows added (highest ids: walking the primary key reads neighbouring rows, page after
     * page) that hold all the words, which the GIN index or the key walk finds without checking positions;
     * the phrase is checked on those only. They are counted, ranked if there are {@code rankCap} or fewer,
     * otherwise newest first, and only the page's rows are joined back for their texts and highlighted.
     */
    PhrasePage findPhrase(SearchTarget target, String query, int offset, int limit, int window, int rankCap) {
        String sql = """
                with candidate as materialized (
                    select %s as id, %s as at, %s as doc, %s as query, %s as matches
                    from %s
                    where %s and %s
                    order by %s desc
                    limit :window
                ), counted as (
                    select count(*) as candidates, count(*) filter (where matches) as matches from candidate
                ), picked as (
                    select candidate.id, candidate.at, candidate.query,
                           case when counted.matches <= :rankCap then ts_rank_cd(candidate.doc, candidate.query)
                           else 0 end as rank
                    from candidate cross join counted
                    where candidate.matches
                    order by rank desc, candidate.at desc, candidate.id desc
                    limit :limit offset :offset
                )
                select counted.candidates, counted.matches, hit.* from counted left join (
                    select picked.id, %s as story_id, %s as figure_id, %s as context, picked.at, picked.rank,
                           ts_headline(%s, %s, picked.query, :titleOptions) as title_marked,
                           ts_headline(%s, %s, picked.query, :textOptions) as text_marked
                    from picked join %s on %s = picked.id
                ) hit on true
                order by hit.rank desc, hit.at desc, hit.id desc
                """.formatted(target.id(), target.at(), target.document(), query(target.language()),
                matches(target.language(), target.document(), false),
                target.from(), target.where(), matches(target.language(), target.document(), true), target.id(),
                target.storyId(), target.figureId(), target.context(),
                config(target.language()), unmarked(target.title()),
                config(target.language()), unmarked(target.text()),
                target.from(), target.id());
        long[] counts = new long[2];
        List<SearchHit> hits = jdbc.sql(sql)
                .param("q", query)
                .param("titleOptions", TITLE_OPTIONS)
                .param("textOptions", target.wholeText() ? TITLE_OPTIONS : SNIPPET_OPTIONS)
                .param("limit", limit)
                .param("offset", offset)
                .param("window", window)
                .param("rankCap", rankCap)
                .query((rs, n) -> {
                    counts[0] = rs.getLong("candidates");
                    counts[1] = rs.getLong("matches");
                    rs.getLong("id");
                    return rs.wasNull() ? null : hit(target.type(), rs);
                })
                .list().stream().filter(java.util.Objects::nonNull).toList();
        return new PhrasePage(counts[0], counts[1], hits);
    }

    /** How many rows match, counting no further than {@code cap}. */
    long count(SearchTarget target, String query, int cap) {
        String sql = """
                select count(*) from (
                    select 1 from %s
                    where %s and %s
                    limit :cap
                ) matched
                """.formatted(target.from(), target.where(), matches(target.language(), target.document(), false));
        return jdbc.sql(sql).param("q", query).param("cap", cap).query(Long.class).single();
    }

    /** A page of phrase results: how many candidates were checked, how many of them match, the page's hits. */
    record PhrasePage(long candidates, long matches, List<SearchHit> hits) {
    }

    /** Whether the query, parsed in any of the three configurations, holds a phrase (see V13 search_relax). */
    boolean hasPhrase(String query) {
        return jdbc.sql("""
                select search_has_phrase(websearch_to_tsquery('corroborate_fr', :q))
                       or search_has_phrase(websearch_to_tsquery('corroborate_en', :q))
                       or search_has_phrase(websearch_to_tsquery('corroborate_simple', :q))
                """).param("q", query).query(Boolean.class).single();
    }

    /**
     * The row matches the query parsed in its language's configuration; {@code relaxed}, the query without
     * word order (phrases become "all these words"), which the GIN index answers without reading the rows.
     */
    private static String matches(String language, String document, boolean relaxed) {
        String parsed = relaxed ? "search_relax(websearch_to_tsquery('%s', :q))" : "websearch_to_tsquery('%s', :q)";
        return ("((%1$s = 'fr' and %2$s @@ " + parsed.formatted("corroborate_fr") + ") "
                + "or (%1$s = 'en' and %2$s @@ " + parsed.formatted("corroborate_en") + ") "
                + "or (%1$s not in ('fr', 'en') and %2$s @@ " + parsed.formatted("corroborate_simple") + "))")
                .formatted(language, document);
    }

    private static SearchHit hit(SearchType type, ResultSet rs) throws SQLException {
        long storyId = rs.getLong("story_id");
        Long story = rs.wasNull() ? null : storyId;
        long figureId = rs.getLong("figure_id");
        Long figure = rs.wasNull() ? null : figureId;
        Timestamp at = rs.getTimestamp("at");
        return new SearchHit(type, rs.getLong("id"), story, figure, Highlighted.parse(rs.getString("title_marked")),
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
