package app.kintsugi.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers a read for the rest of one web request. One page asks many modules for their part, and
 * each of them asks who the person is and who their partner is: without this the dashboard read the
 * same person row 45 times. Nothing is kept beyond the request, so every request still sees the
 * database as it is; outside a request (jobs, commands, tests calling a facade) every read goes to
 * the database. The module that owns the data forgets it whenever it writes.
 */
public final class PerRequest {

    private static final String PREFIX = PerRequest.class.getName() + ".";

    private PerRequest() {
    }

    /** The value remembered under {@code name} and {@code key} in this request, read once if missing. */
    @SuppressWarnings("unchecked")
    public static <K, V> V remember(String name, K key, Supplier<V> read) {
        Map<Object, Object> memo = memo(name, true);
        if (memo == null) {
            return read.get();
        }
        Object value = memo.get(key);
        if (value == null) {
            value = read.get();
            if (value != null) {
                memo.put(key, value);
            }
        }
        return (V) value;
    }

    /** Forgets everything remembered under {@code name} in this request. */
    public static void forget(String name) {
        Map<Object, Object> memo = memo(name, false);
        if (memo != null) {
            memo.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> memo(String name, boolean create) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object memo = request.getAttribute(PREFIX + name, RequestAttributes.SCOPE_REQUEST);
        if (memo == null && create) {
            memo = new ConcurrentHashMap<>();
            request.setAttribute(PREFIX + name, memo, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<Object, Object>) memo;
    }
}
