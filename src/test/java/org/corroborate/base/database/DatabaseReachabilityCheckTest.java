package org.corroborate.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseReachabilityCheckTest {

    @Test
    void anUnreachableServerGivesOneLineNamingTheUrl() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/corroborate";

        Optional<String> problem = DatabaseReachabilityCheck.problemReaching(url, "nobody", "nothing");

        assertThat(problem).hasValueSatisfying(line -> {
            assertThat(line).startsWith("Corroborate cannot reach PostgreSQL at " + url);
            assertThat(line).doesNotContain("\n");
        });
    }

    @Test
    void aReachableServerPasses() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Optional<String> problem = DatabaseReachabilityCheck.problemReaching(
                    postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");

            assertThat(problem).isEmpty();
        }
    }
}
