package app.kintsugi.perf;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records every prepared statement the application executes, with the values bound to it, while
 * recording is on: what the query-plan test explains. Wraps the application's DataSource.
 */
final class StatementRecorder implements BeanPostProcessor {

    /** One executed statement and its parameters by position (1-based). */
    record Executed(String sql, Map<Integer, Object> parameters) {
    }

    /** A parameter bound as SQL NULL of this type. */
    record Null(int sqlType) {
    }

    private final List<Executed> executed = new ArrayList<>();
    private volatile boolean recording;

    void start() {
        synchronized (executed) {
            executed.clear();
        }
        recording = true;
    }

    List<Executed> stop() {
        recording = false;
        synchronized (executed) {
            return List.copyOf(executed);
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource target && !(bean instanceof DelegatingDataSource)) {
            return new DelegatingDataSource(target) {
                @Override
                public Connection getConnection() throws SQLException {
                    return connection(super.getConnection());
                }

                @Override
                public Connection getConnection(String username, String password) throws SQLException {
                    return connection(super.getConnection(username, password));
                }
            };
        }
        return bean;
    }

    private Connection connection(Connection real) {
        return proxy(Connection.class, real, (method, args) -> {
            Object result = invoke(real, method, args);
            if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement) {
                return statement((String) args[0], statement);
            }
            return result;
        });
    }

    private PreparedStatement statement(String sql, PreparedStatement real) {
        Map<Integer, Object> parameters = new TreeMap<>();
        return proxy(PreparedStatement.class, real, (method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                parameters.put(index, name.equals("setNull") ? new Null((Integer) args[1]) : args[1]);
            } else if (name.equals("clearParameters")) {
                parameters.clear();
            } else if (recording && (name.equals("executeQuery") || name.equals("executeUpdate") || name.equals("execute"))
                    && (args == null || args.length == 0)) {
                synchronized (executed) {
                    executed.add(new Executed(sql, new TreeMap<>(parameters)));
                }
            }
            return invoke(real, method, args);
        });
    }

    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T real, Handler handler) {
        InvocationHandler h = (p, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(real)) {
                return real;
            }
            return handler.handle(method, args);
        };
        return (T) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
