package org.corroborate;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the SQL statements (with their parameters) that the calling thread runs through the app's DataSource while
 * {@link #during} runs: Hibernate's, JdbcTemplate's and JdbcClient's alike, since all go through it. The statements can
 * then be run again, e.g. under EXPLAIN, with the same parameters ({@link Captured#bind}).
 */
public final class SqlCapture {

    /** A statement as it was run: its SQL and its parameters (each setter call, by parameter index). */
    public record Captured(String sql, Map<Integer, Call> parameters) {

        /** Sets the same parameters on another statement with the same placeholders. */
        public void bind(PreparedStatement statement) throws SQLException {
            for (Map.Entry<Integer, Call> p : parameters.entrySet()) {
                try {
                    p.getValue().method().invoke(statement, p.getValue().args());
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new SQLException("Cannot bind parameter " + p.getKey() + " of " + sql, e);
                }
            }
        }
    }

    /** One setter call on a prepared statement. */
    public record Call(Method method, Object[] args) {
    }

    private static final ThreadLocal<List<Captured>> RECORDING = new ThreadLocal<>();

    private SqlCapture() {
    }

    /** Runs {@code work} and returns the statements it ran on this thread, in order. */
    public static List<Captured> during(Runnable work) {
        List<Captured> previous = RECORDING.get();
        List<Captured> out = new ArrayList<>();
        RECORDING.set(out);
        try {
            work.run();
        } finally {
            RECORDING.set(previous);
        }
        return out;
    }

    /** Runs {@code work} without recording (the EXPLAIN statements themselves). */
    public static <T> T unrecorded(Supplier<T> work) {
        List<Captured> previous = RECORDING.get();
        RECORDING.remove();
        try {
            return work.get();
        } finally {
            RECORDING.set(previous);
        }
    }

    private static void record(String sql, Map<Integer, Call> parameters) {
        List<Captured> out = RECORDING.get();
        if (out != null) {
            out.add(new Captured(sql, new TreeMap<>(parameters)));
        }
    }

    /** Wraps the app's DataSource so that what it runs can be recorded. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static BeanPostProcessor sqlCapturingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource ? wrap(dataSource) : bean;
                }
            };
        }
    }

    static DataSource wrap(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (method, args, result) -> result instanceof Connection c
                ? proxy(Connection.class, c, SqlCapture::connectionResult) : result);
    }

    private static Object connectionResult(Method method, Object[] args, Object result) {
        if (result instanceof PreparedStatement ps && args != null && args.length > 0 && args[0] instanceof String sql) {
            return preparedStatement(ps, sql);
        }
        if (result instanceof Statement st && !(result instanceof PreparedStatement)) {
            return proxy(Statement.class, st, (m, a, r) -> {
                if (m.getName().startsWith("execute") && a != null && a.length > 0 && a[0] instanceof String sql) {
                    record(sql, Map.of());
                }
                return r;
            });
        }
        return result;
    }

    private static PreparedStatement preparedStatement(PreparedStatement target, String sql) {
        Map<Integer, Call> parameters = new TreeMap<>();
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index
                    && !name.equals("setFetchSize")) {
                parameters.put(index, new Call(method, args.clone()));
            } else if (name.equals("clearParameters")) {
                parameters.clear();
            } else if ((name.startsWith("execute") || name.equals("addBatch")) && (args == null || args.length == 0)) {
                record(sql, parameters);
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (PreparedStatement) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(),
                interfaces(target, PreparedStatement.class), handler);
    }

    private interface After {
        Object apply(Method method, Object[] args, Object result) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
                    && wanted.isInstance(proxy) && !wanted.isInstance(target)) {
                return proxy;
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.apply(method, args, result);
        };
        return (T) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(), interfaces(target, type), handler);
    }

    /** The proxy's interfaces: the JDBC type, and AutoCloseable-style extras the target has that callers test for. */
    private static Class<?>[] interfaces(Object target, Class<?> type) {
        List<Class<?>> all = new ArrayList<>(List.of(type));
        for (Class<?> i : target.getClass().getInterfaces()) {
            if (!all.contains(i) && i.getName().toLowerCase(Locale.ROOT).startsWith("java")) {
                all.add(i);
            }
        }
        return all.toArray(Class<?>[]::new);
    }
}
