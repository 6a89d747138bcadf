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
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class QuietSessions implements FindByIndexNameSessionRepository<QuietSessions.Quiet>, DisposableBean {

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
        Session found = delegate.findById(id);
        return found == null ? null : new Quiet(found, false);
    }

    @Override
    public void deleteById(String id) {
        delegate.deleteById(id);
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
