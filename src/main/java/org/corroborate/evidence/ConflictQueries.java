package org.corroborate.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.evidence.domain.WarningCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The conflicts view's SQL, over the stored standings (view {@code evidence_conflict}, V63): a page at a time, newest
 * figures first, each filter walking its partial index of {@code figure_standing} backwards until the page is full.
 * Nothing is derived again: what is listed is what the last derivation stored.
 */
@Repository
class ConflictQueries {

    private final JdbcTemplate jdbc;

    ConflictQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ConflictRow> page(ConflictQuery query, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("""
                select figure_id, story_id, story_title, quote, status, warning_codes, newer_value_available
                from evidence_conflict where %s
                order by figure_id desc limit ? offset ?""".formatted(where),
                (rs, i) -> new ConflictRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        FigureStatus.valueOf(rs.getString(5)), codes(rs.getString(6)), rs.getBoolean(7)),
                args.toArray());
    }

    /** How many rows the query lists, counting no further than {@code atMost}: the count walks the partial index. */
    long count(ConflictQuery query, int atMost) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        args.add(atMost);
        Long n = jdbc.queryForObject("select count(*) from (select 1 from evidence_conflict where " + where
                + " limit ?) listed", Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    private static String where(ConflictQuery query, List<Object> args) {
        String where = switch (query.show()) {
            case ALL -> "true";
            case CONTESTED -> "status = 'CONTESTED'";
            case WARNINGS -> "warning_codes <> ''";
            case NEWER_VALUES -> "newer_value_available";
        };
        if (!query.text().isEmpty()) {
            String like = "%" + query.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            where += " and (lower(quote) like ? or lower(story_title) like ?";
            args.add(like);
            args.add(like);
            if (!query.warningsNamed().isEmpty()) {
                where += " or warning_codes like any (cast(? as text[]))";
                args.add(query.warningsNamed().stream().map(c -> "%" + c.name() + "%").sorted()
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")));
            }
            where += ")";
        }
        return where;
    }

    private static List<WarningCode> codes(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.stream(stored.split(",")).map(WarningCode::valueOf).toList();
    }
}
