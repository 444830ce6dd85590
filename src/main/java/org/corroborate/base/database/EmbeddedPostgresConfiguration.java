package org.corroborate.base.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL next to the app when no {@code SPRING_DATASOURCE_URL} is given, so that a
 * newcomer needs nothing but a JDK. The data directory is fixed and kept between runs; the port is free.
 * Tests set {@code corroborate.database.ephemeral=true} for a throw-away cluster.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${corroborate.data-dir}") String dataDir,
            @Value("${corroborate.database.ephemeral:false}") boolean ephemeral) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(freePort());
        if (ephemeral) {
            builder.setDataDirectory(Files.createTempDirectory("corroborate-pg")).setCleanDataDirectory(true);
        } else {
            Path directory = Path.of(dataDir, "postgres").toAbsolutePath();
            Files.createDirectories(directory.getParent());
            removeStalePidFile(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL data directory: {}", directory);
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("corroborate-embedded");
        return dataSource;
    }

    /** A crashed run leaves postmaster.pid behind; PostgreSQL then refuses to start. */
    private static void removeStalePidFile(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        try {
            if (Files.exists(pidFile)) {
                String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
                boolean alive = !firstLine.isEmpty()
                        && ProcessHandle.of(Long.parseLong(firstLine)).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    Files.delete(pidFile);
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Cannot check the embedded PostgreSQL lock file " + pidFile, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded PostgreSQL", e);
        }
    }
}
