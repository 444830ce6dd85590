package org.corroborate.figure;

import org.corroborate.source.SourceReferences;
import org.corroborate.source.SourceUsage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Figures attributed to a source, as the source registry counts and merges them (DD008). */
@Component
class FigureSourceReferences implements SourceReferences {

    private final JdbcTemplate jdbc;

    FigureSourceReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SourceUsage usage(long sourceId) {
        Long figures = jdbc.queryForObject("select count(*) from figure where attributed_source_id = ?", Long.class,
                sourceId);
        return new SourceUsage(0, 0, 0, figures == null ? 0 : figures);
    }

    @Override
    public void moveReferences(long mergedId, long survivorId) {
        jdbc.update("""
                update figure set attributed_source_id = ?, version = version + 1, updated_at = now()
                where attributed_source_id = ?""", survivorId, mergedId);
    }
}
