package app.kintsugi.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store, written only when something changed. Spring Session moves a session's "last
 * access" forward on every request and so writes its row on every request, a stylesheet's or a
 * glance at Today's; on SQLite every such write waits for the one writer. Here a session is saved
 * when it is new, when an attribute, its id or its lifetime changed, or when its last access as
 * stored is {@code touchEvery} old or older. An idle session may therefore end up to that long before
 * its 30 minutes are up; nothing else changes, and the sessions stay in the database, where every
 * node finds them.
 *
 * <p>Within one request a session is read from the database once. Spring Session saves a session when
 * the response is committed and again when its filter returns, and the second time it looks the session
 * up anew; {@link #withinRequest} (a filter around Spring Session's) lets the second lookup find the
 * session the first one read. Outside a request nothing is kept.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class QuietSessions implements FindByIndexNameSessionRepository<QuietSessions.Quiet>, DisposableBean {

    /** The session read during the current request, if any; set only inside {@link #withinRequest}. */
    private static final ThreadLocal<Quiet[]> READ = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository delegate;
    private final Duration touchEvery;

    QuietSessions(FindByIndexNameSessionRepository<? extends Session> delegate, Duration touchEvery) {
        this.delegate = delegate;
        this.touchEvery = touchEvery;
    }

    @Override
    public Quiet createSession() {
        return new Quiet(delegate.createSession(), true);
    }

    @Override
    public void save(Quiet session) {
        if (session.fresh || session.changed
                || !session.getLastAccessedTime().isBefore(session.storedAccess.plus(touchEvery))) {
            delegate.save(session.inner);
            session.fresh = false;
            session.changed = false;
            session.storedAccess = session.getLastAccessedTime();
        }
    }

    @Override
    public Quiet findById(String id) {
        Quiet[] read = READ.get();
        if (read != null && read[0] != null && read[0].getId().equals(id) && !read[0].isExpired()) {
            return read[0];
        }
        Session found = delegate.findById(id);
        Quiet quiet = found == null ? null : new Quiet(found, false);
        if (read != null && quiet != null) {
            read[0] = quiet;
        }
        return quiet;
    }

    @Override
    public void deleteById(String id) {
        Quiet[] read = READ.get();
        if (read != null && read[0] != null && read[0].getId().equals(id)) {
            read[0] = null;
        }
        delegate.deleteById(id);
    }

    /** Runs one request, during which a session once read is not read again; afterwards nothing is kept. */
    static void withinRequest(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response,
            jakarta.servlet.FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
        if (READ.get() != null) {
            chain.doFilter(request, response);
            return;
        }
        READ.set(new Quiet[1]);
        try {
            chain.doFilter(request, response);
        } finally {
            READ.remove();
        }
    }

    @Override
    public Map<String, Quiet> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Session> found = delegate.findByIndexNameAndIndexValue(indexName, indexValue);
        Map<String, Quiet> out = new LinkedHashMap<>();
        found.forEach((id, s) -> out.put(id, new Quiet(s, false)));
        return out;
    }

    @Override
    public void destroy() throws Exception {
        if (delegate instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    /** A session that remembers whether anything but its last access changed since it was read. */
    static final class Quiet implements Session {

        private final Session inner;
        private boolean fresh;
        private boolean changed;
        private Instant storedAccess;

        Quiet(Session inner, boolean fresh) {
            this.inner = inner;
            this.fresh = fresh;
            this.storedAccess = inner.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return inner.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return inner.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return inner.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return inner.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            changed = true;
            inner.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            if (inner.getAttribute(name) != null) {
                changed = true;
            }
            inner.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return inner.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            inner.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return inner.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            if (!interval.equals(inner.getMaxInactiveInterval())) {
                changed = true;
            }
            inner.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return inner.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return inner.isExpired();
        }
    }
}
