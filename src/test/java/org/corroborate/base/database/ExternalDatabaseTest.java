package org.corroborate.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.corroborate.SecondInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SPRING_DATASOURCE_URL path: the app uses the server it is given, starts no embedded one, and Flyway
 * migrates it. A separately started PostgreSQL plays the external server.
 */
class ExternalDatabaseTest {

    private static EmbeddedPostgres external;

    @BeforeAll
    static void startExternalServer() throws IOException {
        external = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopExternalServer() throws IOException {
        external.close();
    }

    @Test
    void theAppUsesTheServerNamedByTheDatasourceUrl() {
        String url = external.getJdbcUrl("postgres", "postgres");
        try (SecondInstance instance = SecondInstance.start("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres", "--server.port=0", "--corroborate.demo.enabled=false")) {
            ConfigurableApplicationContext app = instance.context();

            assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            Integer tables = new JdbcTemplate(external.getPostgresDatabase()).queryForObject(
                    "select count(*) from information_schema.tables where table_name in ('story', 'figure', 'evidence')",
                    Integer.class);
            assertThat(tables).isEqualTo(3);
            assertThat(app.getBean(DataSource.class)).isNotNull();
        }
    }
}
