package org.corroborate.collaboration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Live change announcements through PostgreSQL LISTEN/NOTIFY. An announcement made inside a transaction
 * is delivered only if and when it commits, and reaches every app instance on the database, this one
 * included; so views hear of a change after it is stored, wherever it was made. One listening
 * connection per instance dispatches to the subscribers of each topic ("story:42").
 */
@Component
public class LiveChannel implements SmartLifecycle {

    static final String CHANNEL = "corroborate_live";
    private static final Logger log = LoggerFactory.getLogger(LiveChannel.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Map<String, Set<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean running;
    /** The one thread listening now; a thread that is no longer it stops (stop and start may overlap). */
    private volatile Thread listener;

    LiveChannel(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Announces {@code message} on {@code topic}, delivered when the current transaction commits. */
    public void announce(String topic, String message) {
        jdbc.queryForObject("select pg_notify(?, ?)", Object.class, CHANNEL, topic + "\n" + message);
    }

    /** How many subscribers hear a topic now (for tests and diagnostics). */
    int subscriberCount(String topic) {
        Set<Consumer<String>> set = subscribers.get(topic);
        return set == null ? 0 : set.size();
    }

    /** Hears every message on a topic until the returned handle is closed. */
    public Subscription subscribe(String topic, Consumer<String> subscriber) {
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArraySet<>()).add(subscriber);
        return () -> subscribers.computeIfPresent(topic, (t, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    /** A subscription; closing it stops the messages. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public synchronized void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("live-channel").unstarted(this::listen);
        listener.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread stopping = listener;
        listener = null;
        if (stopping != null) {
            stopping.interrupt();
        }
    }

    private boolean listening() {
        return running && listener == Thread.currentThread();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (listening()) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                connection.setAutoCommit(true);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (listening()) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            dispatch(n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (listening()) {
                    log.warn("Live channel lost its database connection, reconnecting: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    /** A notification heard from the database ("topic\nmessage"), handed to the topic's subscribers in order. */
    void dispatch(String payload) {
        int newline = payload.indexOf('\n');
        if (newline < 0) {
            return;
        }
        Set<Consumer<String>> set = subscribers.get(payload.substring(0, newline));
        if (set != null) {
            String message = payload.substring(newline + 1);
            for (Consumer<String> subscriber : set) {
                try {
                    subscriber.accept(message);
                } catch (RuntimeException e) {
                    log.warn("A live subscriber failed", e);
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
