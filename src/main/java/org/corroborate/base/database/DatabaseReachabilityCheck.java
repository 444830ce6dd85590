package org.corroborate.base.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Checks an external PostgreSQL before anything else starts, so that an unreachable server ends the
 * app with one clear line naming the URL instead of a long chain of stack traces.
 */
public class DatabaseReachabilityCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final int TIMEOUT_SECONDS = 10;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment env = event.getEnvironment();
        String url = env.getProperty("spring.datasource.url");
        if (url == null || url.isBlank() || !env.getProperty("corroborate.database.check", Boolean.class, true)) {
            return;
        }
        problemReaching(url, env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password"))
                .ifPresent(problem -> {
                    System.err.println(problem);
                    System.exit(2);
                });
    }

    /** The one-line problem, or empty when the server answers. */
    public static Optional<String> problemReaching(String url, String user, String password) {
        DriverManager.setLoginTimeout(TIMEOUT_SECONDS);
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("Corroborate cannot reach PostgreSQL at " + url + ": " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return cause == e || cause.getMessage() == null ? message : message + " (" + cause.getMessage() + ")";
    }
}
