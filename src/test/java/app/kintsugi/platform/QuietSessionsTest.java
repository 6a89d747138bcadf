package app.kintsugi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

/** A session is written when it is new, changed or its stored last access is a minute old; never else. */
class QuietSessionsTest {

    /** A store that counts its writes. */
    static final class Counting implements FindByIndexNameSessionRepository<MapSession> {

        final Map<String, MapSession> rows = new HashMap<>();
        int writes;
        int reads;

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            writes++;
            rows.put(session.getId(), new MapSession(session));
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            MapSession row = rows.get(id);
            return row == null ? null : new MapSession(row);
        }

        @Override
        public void deleteById(String id) {
            rows.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }

    private final Counting store = new Counting();
    private final QuietSessions sessions = new QuietSessions(store, Duration.ofMinutes(1));
    private final Instant t0 = Instant.parse("2026-12-05T10:00:00Z");

    /** One request: the session read, its last access moved to {@code at}, something done, saved. */
    private QuietSessions.Quiet request(String id, Instant at) {
        QuietSessions.Quiet session = sessions.findById(id);
        session.setLastAccessedTime(at);
        return session;
    }

    @Test
    void aNewSessionIsWrittenAndARequestThatChangesNothingIsNot() {
        QuietSessions.Quiet session = sessions.createSession();
        session.setLastAccessedTime(t0);
        sessions.save(session);
        assertThat(store.writes).isEqualTo(1);
        String id = session.getId();

        for (int s = 1; s < 60; s += 10) {
            sessions.save(request(id, t0.plusSeconds(s)));
        }
        assertThat(store.writes).as("requests within the minute").isEqualTo(1);

        sessions.save(request(id, t0.plusSeconds(60)));
        assertThat(store.writes).as("a minute after the stored access").isEqualTo(2);
        assertThat(store.findById(id).getLastAccessedTime()).isEqualTo(t0.plusSeconds(60));
        sessions.save(request(id, t0.plusSeconds(61)));
        assertThat(store.writes).isEqualTo(2);
    }

    @Test
    void anyChangeIsWrittenAtOnce() {
        QuietSessions.Quiet session = sessions.createSession();
        session.setLastAccessedTime(t0);
        sessions.save(session);
        String id = session.getId();

        QuietSessions.Quiet withAttribute = request(id, t0.plusSeconds(1));
        withAttribute.setAttribute("k", "v");
        sessions.save(withAttribute);
        assertThat(store.writes).isEqualTo(2);
        assertThat((String) store.findById(id).getAttribute("k")).isEqualTo("v");

        QuietSessions.Quiet removing = request(id, t0.plusSeconds(2));
        removing.removeAttribute("absent");
        sessions.save(removing);
        assertThat(store.writes).as("removing what is not there changes nothing").isEqualTo(2);
        removing = request(id, t0.plusSeconds(3));
        removing.removeAttribute("k");
        sessions.save(removing);
        assertThat(store.writes).isEqualTo(3);

        QuietSessions.Quiet longer = request(id, t0.plusSeconds(4));
        longer.setMaxInactiveInterval(Duration.ofMinutes(31));
        sessions.save(longer);
        assertThat(store.writes).isEqualTo(4);

        QuietSessions.Quiet newId = request(id, t0.plusSeconds(5));
        String changed = newId.changeSessionId();
        sessions.save(newId);
        assertThat(store.writes).isEqualTo(5);
        assertThat(store.findById(changed)).isNotNull();
    }

    @Test
    void aSessionSavedTwiceInOneRequestIsWrittenOnce() {
        QuietSessions.Quiet session = sessions.createSession();
        session.setLastAccessedTime(t0);
        sessions.save(session);
        sessions.save(session);
        assertThat(store.writes).isEqualTo(1);
    }

    @Test
    void withinOneRequestASessionIsReadOnceAndOutsideARequestEveryTime() throws Exception {
        QuietSessions.Quiet session = sessions.createSession();
        sessions.save(session);
        String id = session.getId();
        QuietSessions.Quiet[] seen = new QuietSessions.Quiet[3];
        QuietSessions.withinRequest(null, null, (request, response) -> {
            seen[0] = sessions.findById(id);
            seen[1] = sessions.findById(id);
            assertThat(sessions.findById("no-such-session")).isNull();
            sessions.deleteById(id);
            seen[2] = sessions.findById(id);
        });
        assertThat(seen[1]).as("the second lookup in the request").isSameAs(seen[0]);
        assertThat(seen[2]).as("after the session was deleted").isNull();
        assertThat(store.reads).as("the session, the missing one, and the deleted one").isEqualTo(3);

        sessions.save(sessions.createSession());
        int before = store.reads;
        sessions.findById(id);
        sessions.findById(id);
        assertThat(store.reads - before).as("outside a request nothing is kept").isEqualTo(2);
    }
}
