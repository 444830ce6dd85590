package org.corroborate;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Another instance of the app inside a test's JVM. Starting one replaces JVM-wide state (the security
 * context strategy that Vaadin installs), which would leave the test suite's cached application talking
 * to a closed context; closing this puts that state back.
 */
public final class SecondInstance implements AutoCloseable {

    private final SecurityContextHolderStrategy previousStrategy = SecurityContextHolder.getContextHolderStrategy();
    private final ConfigurableApplicationContext context;

    private SecondInstance(String... args) {
        ConfigurableApplicationContext started;
        try {
            started = new SpringApplicationBuilder(Application.class).run(args);
        } catch (RuntimeException e) {
            SecurityContextHolder.setContextHolderStrategy(previousStrategy);
            throw e;
        }
        this.context = started;
    }

    /** Starts the app with these command-line arguments (they outrank the test configuration). */
    public static SecondInstance start(String... args) {
        return new SecondInstance(args);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(previousStrategy);
        }
    }
}
