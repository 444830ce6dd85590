package org.corroborate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo scenario arrives whole (tests run with demo data on) and loading it again changes nothing. */
@SpringBootTest
class DemoDataLoaderTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    SystemAuthentication system;

    @Test
    void theDemoScenarioIsLoadedWhole() {
        assertThat(count("select count(*) from source where key in (%s)".formatted(demoSourceKeys()))).isEqualTo(18);
        assertThat(count("select count(*) from report where external_key like 'r__'")).isEqualTo(16);
        assertThat(count("""
                select count(*) from assertion a join report r on r.id = a.report_id where r.external_key like 'r__'
                """)).isEqualTo(47);
        assertThat(count("""
                select count(*) from figure f join story s on s.id = f.story_id where s.title = '%s'
                """.formatted(DemoScenario.SEED_TITLE.replace("'", "''")))).isEqualTo(9);
    }

    @Test
    void theSeedFiguresAreAnchoredAtTheirQuotes() {
        List<String> mismatches = jdbc.queryForList("""
                select f.quote from figure f join story s on s.id = f.story_id
                where s.title = ? and substr(s.body, f.start_offset + 1, f.end_offset - f.start_offset) <> f.quote
                """, String.class, DemoScenario.SEED_TITLE);

        assertThat(mismatches).isEmpty();
    }

    @Test
    void loadingTwiceChangesNothing() {
        List<Long> before = counts();

        system.run(() -> tx.executeWithoutResult(s -> loader.load(DemoScenario.load())));

        assertThat(counts()).isEqualTo(before);
    }

    private List<Long> counts() {
        return List.of(count("select count(*) from source"), count("select count(*) from source_alias"),
                count("select count(*) from report"), count("select count(*) from assertion"),
                count("select count(*) from story"), count("select count(*) from figure"));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static String demoSourceKeys() {
        return String.join(",", DemoScenario.load().sources().stream().map(s -> "'" + s.key() + "'").toList());
    }
}
