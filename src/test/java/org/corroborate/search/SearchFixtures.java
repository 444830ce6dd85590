package org.corroborate.search;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stories, figures and reports written straight to the database, each test with a word of its own. */
public final class SearchFixtures {

    private final JdbcTemplate jdbc;
    /** Letters only, so that no stemmer or number reader changes it much, and no other row holds it. */
    public final String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).chars()
            .map(c -> Character.isDigit(c) ? 'g' + c - '0' : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

    public SearchFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long story(String title, String language, String body) {
        return jdbc.queryForObject("insert into story (title, language, body) values (?, ?, ?) returning id",
                Long.class, title, language, body);
    }

    public long figure(long storyId, String quote, String subject, String place) {
        return jdbc.queryForObject("""
                insert into figure (story_id, start_offset, end_offset, quote, qualifier, low, high, point, kind,
                    subject, place)
                values (?, 0, ?, ?, 'EXACT', 12, 12, 12, 'DEATHS', ?, ?) returning id""", Long.class, storyId, quote.length(),
                quote, subject, place);
    }

    public long comment(long storyId, Long figureId, String author, String body) {
        return jdbc.queryForObject("""
                insert into comment (story_id, figure_id, author, body, created_at)
                values (?, ?, ?, ?, now()) returning id""", Long.class, storyId, figureId, author, body);
    }

    public long report(String title, String language, String body) {
        return jdbc.queryForObject("""
                insert into report (publisher_id, published_at, language, title, body)
                values ((select id from source where key = 'afp'), now(), ?, ?, ?) returning id""", Long.class,
                language, title, body);
    }
}
