package org.corroborate.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.SecondInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** No SPRING_DATASOURCE_URL: an embedded PostgreSQL whose data directory survives a restart. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void dataStoredInTheEmbeddedDatabaseSurvivesARestart() {
        run(app -> new JdbcTemplate(app.getBean(javax.sql.DataSource.class))
                .update("insert into source (key, name, kind) values ('kept', 'Kept Source', 'media')"));

        assertThat(Files.exists(dataDir.resolve("postgres").resolve("PG_VERSION"))).isTrue();
        run(app -> assertThat(new JdbcTemplate(app.getBean(javax.sql.DataSource.class))
                .queryForObject("select name from source where key = 'kept'", String.class)).isEqualTo("Kept Source"));
    }

    private void run(java.util.function.Consumer<ConfigurableApplicationContext> work) {
        // Command-line arguments outrank the environment: an empty URL means "no external server" even when
        // SPRING_DATASOURCE_URL is set for the rest of the suite.
        try (SecondInstance instance = SecondInstance.start("--spring.datasource.url=",
                "--corroborate.data-dir=" + dataDir, "--corroborate.database.ephemeral=false", "--server.port=0",
                "--corroborate.demo.enabled=false")) {
            work.accept(instance.context());
        }
    }
}
