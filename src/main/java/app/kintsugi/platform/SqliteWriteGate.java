package app.kintsugi.platform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * SQLite allows one writer at a time. Without this gate, every connection that wants to write asks
 * SQLite, and while another holds the lock SQLite's busy handler sleeps inside native code, which
 * pins the virtual thread to its carrier: with 50 people at once (each page view updates its
 * session) two sleeping writers took both carriers of a 2-core machine, the writer holding the lock
 * could not run to release it, and the server stopped answering (found by the load test, see
 * perf/README.md). Here writers wait for their turn in Java instead, where a waiting virtual thread
 * gives its carrier back: a transaction (which on SQLite begins IMMEDIATE, so takes the write lock
 * at once) holds the gate from its start until autocommit is restored or the connection closed, and
 * a single write outside a transaction holds it for that statement. Reads outside a transaction
 * never wait: in WAL mode they do not block. If the gate cannot be had within the busy timeout the
 * work goes ahead and SQLite decides, exactly as without the gate.
 */
final class SqliteWriteGate implements BeanPostProcessor {

    private static final long WAIT_SECONDS = 10;
    private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER");

    private final Semaphore gate = new Semaphore(1, true);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:sqlite:")) {
            return new DelegatingDataSource(hikari) {
                @Override
                public Connection getConnection() throws SQLException {
                    return gated(super.getConnection());
                }

                @Override
                public Connection getConnection(String username, String password) throws SQLException {
                    return gated(super.getConnection(username, password));
                }
            };
        }
        return bean;
    }

    /** A turn at writing; false when it could not be had in time (SQLite's own busy handling then applies). */
    private boolean enter() {
        try {
            return gate.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void leave() {
        gate.release();
    }

    private Connection gated(Connection real) {
        boolean[] held = {false};
        return proxy(Connection.class, real, (method, args) -> {
            switch (method.getName()) {
                case "setAutoCommit" -> {
                    boolean autoCommit = (Boolean) args[0];
                    if (!autoCommit && !held[0]) {
                        held[0] = enter();
                        try {
                            return invoke(real, method, args);
                        } catch (Throwable failed) {
                            release(held);
                            throw failed;
                        }
                    }
                    try {
                        return invoke(real, method, args);
                    } finally {
                        if (autoCommit) {
                            release(held);
                        }
                    }
                }
                case "close" -> {
                    try {
                        return invoke(real, method, args);
                    } finally {
                        release(held);
                    }
                }
                case "createStatement", "prepareStatement", "prepareCall" -> {
                    Object statement = invoke(real, method, args);
                    String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                    return statement((Statement) statement, sql, held, method.getReturnType());
                }
                default -> {
                    return invoke(real, method, args);
                }
            }
        });
    }

    private void release(boolean[] held) {
        if (held[0]) {
            held[0] = false;
            leave();
        }
    }

    private Object statement(Statement real, String preparedSql, boolean[] held, Class<?> type) {
        return proxy(type, real, (method, args) -> {
            String name = method.getName();
            if (!held[0] && name.startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                if (isWrite(sql) && enter()) {
                    try {
                        return invoke(real, method, args);
                    } finally {
                        leave();
                    }
                }
            }
            return invoke(real, method, args);
        });
    }

    static boolean isWrite(String sql) {
        if (sql == null) {
            return false;
        }
        String s = sql.stripLeading();
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return WRITES.contains(s.substring(0, end).toUpperCase(Locale.ROOT));
    }

    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object real, Handler handler) {
        return (T) Proxy.newProxyInstance(SqliteWriteGate.class.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(real)) {
                return real;
            }
            if (method.getName().equals("isWrapperFor") && args != null && args[0] instanceof Class<?> c && c.isInstance(real)) {
                return true;
            }
            return handler.handle(method, args);
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
