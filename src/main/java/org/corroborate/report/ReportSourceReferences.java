package org.corroborate.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.corroborate.source.SourceReferences;
import org.corroborate.source.SourceUsage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reports published by a source, assertions originating from it and relays through it, as the source registry
 * counts and merges them (DD008).
 */
@Component
class ReportSourceReferences implements SourceReferences {

    private final NamedParameterJdbcTemplate jdbc;

    ReportSourceReferences(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public SourceUsage usage(long sourceId) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", sourceId);
        return new SourceUsage(count("select count(*) from report where publisher_id = :id", id),
                count("select count(*) from assertion where origin_id = :id", id),
                count("select count(*) from assertion_via where source_id = :id", id), 0);
    }

    @Override
    public Map<Long, Long> reportsPublishedBy(Collection<Long> sourceIds) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query("select publisher_id, count(*) from report where publisher_id in (:ids) group by publisher_id",
                new MapSqlParameterSource("ids", sourceIds), rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    @Override
    public void moveReferences(long mergedId, long survivorId) {
        MapSqlParameterSource ids = new MapSqlParameterSource("merged", mergedId).addValue("survivor", survivorId);
        jdbc.update("""
                update report set publisher_id = :survivor, version = version + 1, updated_at = now()
                where publisher_id = :merged""", ids);
        jdbc.update("""
                update assertion set origin_id = case when origin_id = :merged then :survivor else origin_id end,
                       version = version + 1
                where origin_id = :merged
                   or id in (select assertion_id from assertion_via where source_id = :merged)""", ids);
        jdbc.update("update assertion_via set source_id = :survivor where source_id = :merged", ids);
    }

    private long count(String sql, MapSqlParameterSource params) {
        Long n = jdbc.queryForObject(sql, params, Long.class);
        return n == null ? 0 : n;
    }
}
