package app.kintsugi.moments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;

/**
 * A break from a written exchange between the two (a dialogue thread, a question thread), as live
 * conversations have one: the person steps away for a while, and the other sees a calm "taking a
 * break, back at …", nothing more. The module that owns the thread decides who may take one there;
 * this only keeps the time.
 */
@Service
public class Breaks {

    private static final Logger log = LoggerFactory.getLogger(Breaks.class);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;
    private final Duration length;

    Breaks(JdbcClient jdbc, Accounts accounts, Clock clock, @Value("${kintsugi.live.break-length:20m}") Duration length) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.length = length;
    }

    /**
     * A break in a thread, as one of its two people sees it.
     *
     * @param mine  the viewer is the one taking it
     * @param name  the name of the one taking it
     * @param until when it ends
     */
    public record BreakView(boolean mine, String name, Instant until) {
    }

    public Duration length() {
        return length;
    }

    /** Starts a break for the person in the thread, or returns the one they are already on. The caller has checked access. */
    @Transactional
    public BreakView take(PersonId person, String kind, UUID thread) {
        Optional<BreakView> current = current(person, kind, thread).filter(BreakView::mine);
        if (current.isPresent()) {
            return current.get();
        }
        long now = clock.millis();
        jdbc.sql("INSERT INTO written_break (id, kind, thread_id, person_id, started_at, ends_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), kind, thread.toString(), person.value().toString(), now, now + length.toMillis())
                .update();
        log.info("event=written_break_started kind={} thread={}", kind, thread);
        return new BreakView(true, accounts.nameOf(person), Instant.ofEpochMilli(now + length.toMillis()));
    }

    /** Ends the person's break in the thread before its time. */
    @Transactional
    public void end(PersonId person, String kind, UUID thread) {
        long now = clock.millis();
        jdbc.sql("UPDATE written_break SET ends_at = ? WHERE kind = ? AND thread_id = ? AND person_id = ? AND ends_at > ?")
                .params(now, kind, thread.toString(), person.value().toString(), now).update();
        log.info("event=written_break_ended kind={} thread={}", kind, thread);
    }

    /** The break going on in the thread now, if any (the viewer's own first). The caller has checked access. */
    public Optional<BreakView> current(PersonId viewer, String kind, UUID thread) {
        long now = clock.millis();
        return jdbc.sql("""
                SELECT person_id, ends_at FROM written_break WHERE kind = ? AND thread_id = ? AND ends_at > ? AND started_at <= ?
                ORDER BY ends_at DESC""")
                .params(kind, thread.toString(), now, now)
                .query((rs, n) -> new Object[] {new PersonId(UUID.fromString(rs.getString(1))), rs.getLong(2)}).list().stream()
                .sorted((x, y) -> Boolean.compare(viewer.equals(y[0]), viewer.equals(x[0])))
                .findFirst()
                .map(r -> new BreakView(viewer.equals(r[0]), accounts.nameOf((PersonId) r[0]), Instant.ofEpochMilli((Long) r[1])));
    }
}
