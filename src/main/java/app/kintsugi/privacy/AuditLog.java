package app.kintsugi.privacy;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import app.kintsugi.account.PersonId;

/**
 * Audit trail of privacy-relevant events: visibility changes and refused reads or writes. Holds ids
 * and event names only, never anything a person wrote.
 */
@Service
@RequiredArgsConstructor
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    /**
     * One thread that writes refusals after their answers left, in the order they happened. Each write
     * waits {@link #SETTLE} first: the hand-over happens as the request completes, a moment before the
     * server has sent the last bytes of the answer, and on a busy machine a write started at once takes
     * the processor from exactly that answer, making a refusal measurably slower than a missing id.
     */
    private final java.util.concurrent.ScheduledExecutorService writer =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("audit").factory());
    static final java.time.Duration SETTLE = java.time.Duration.ofMillis(50);

    public void visibilityChanged(PersonId actor, String kind, UUID id, Visibility from, Visibility to) {
        record(actor, "VISIBILITY_CHANGED", kind, id, from + "->" + to);
    }

    /**
     * A refusal is recorded even when the surrounding work rolls back because of it, and only after the
     * answer has gone: a refusal must take the same time as a missing id (decision 32).
     */
    public void readDenied(PersonId actor, String kind, UUID id) {
        long at = clock.millis();
        afterResponse(() -> record(actor, "READ_DENIED", kind, id, null, at));
    }

    public void writeDenied(PersonId actor, String kind, UUID id) {
        long at = clock.millis();
        afterResponse(() -> record(actor, "WRITE_DENIED", kind, id, null, at));
    }

    /**
     * Runs once the current transaction is over and its connection released, and never on the thread
     * that answers: in a web request the work is handed, when the request completes, to one writer
     * thread of its own, so the answer to a refusal leaves as soon as the answer to a missing id would
     * (decision 32). Not a nested REQUIRES_NEW, and not in afterCompletion: SQLite allows one writer,
     * and the finished transaction's connection keeps its lock until Spring has cleaned it up. Outside a
     * request, after the transaction on the same writer thread, or at once without one.
     */
    private void afterResponse(Runnable work) {
        Runnable queued = () -> writer.schedule(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("event=audit_write_failed type={}", e.getClass().getSimpleName());
            }
        }, SETTLE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.registerDestructionCallback("kintsugi.audit." + UUID.randomUUID(), queued, RequestAttributes.SCOPE_REQUEST);
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                queued.run();
            }
        });
    }

    /**
     * Waits (briefly) until every refusal handed to the writer so far is stored, so a reader of the log
     * sees the requests that came before it.
     */
    private void awaitWrites() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Inside a transaction this thread may hold SQLite's one write turn the writer needs.
            return;
        }
        try {
            // Scheduled after every write handed over so far: one thread runs them in the order they fall due.
            writer.schedule(() -> { }, SETTLE.toMillis() + 1, java.util.concurrent.TimeUnit.MILLISECONDS)
                    .get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException
                | java.util.concurrent.RejectedExecutionException e) {
            log.debug("event=audit_wait_incomplete");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stores what is still waiting before the database goes away. */
    @jakarta.annotation.PreDestroy
    void close() throws InterruptedException {
        writer.shutdown();
        if (!writer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
            log.warn("event=audit_writes_abandoned");
        }
    }

    public void record(PersonId actor, String action, String kind, UUID id, String detail) {
        record(actor, action, kind, id, detail, clock.millis());
    }

    /** With the time it happened, which for a refusal is before its row is written. */
    private void record(PersonId actor, String action, String kind, UUID id, String detail, long at) {
        String actorId = actor == null ? null : actor.value().toString();
        String subjectId = id == null ? null : id.toString();
        jdbc.sql("""
                INSERT INTO audit_event (id, occurred_at, actor_id, action, subject_kind, subject_id, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), at, actorId, action, kind, subjectId, detail)
                .update();
        log.info("event=audit action={} actor={} kind={} subject={}", action, actorId, kind, subjectId);
    }

    /** The events about one subject, oldest first: for tests and, later, the person's own audit view. */
    public List<AuditEvent> eventsAbout(UUID subjectId) {
        awaitWrites();
        return jdbc.sql("""
                SELECT occurred_at, actor_id, action, subject_kind, subject_id, detail
                FROM audit_event WHERE subject_id = ? ORDER BY occurred_at, id""")
                .param(subjectId.toString())
                .query((rs, n) -> new AuditEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    /** The latest events of one kind about one subject, newest first. */
    public List<AuditEvent> eventsAbout(UUID subjectId, String action, int limit) {
        awaitWrites();
        return jdbc.sql("""
                SELECT occurred_at, actor_id, action, subject_kind, subject_id, detail
                FROM audit_event WHERE subject_id = ? AND action = ? ORDER BY occurred_at DESC, id LIMIT ?""")
                .params(subjectId.toString(), action, limit)
                .query((rs, n) -> new AuditEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    /**
     * Every event about a person's data, oldest first: what they did themselves, and what anyone did
     * to their account or to one of the given entries (theirs). Ids and event names only.
     */
    public List<AuditEvent> eventsConcerning(PersonId person, java.util.Collection<UUID> subjects) {
        awaitWrites();
        String id = person.value().toString();
        java.util.Map<String, AuditEvent> found = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT id, occurred_at, actor_id, action, subject_kind, subject_id, detail
                FROM audit_event WHERE actor_id = ? OR subject_id = ?""")
                .params(id, id)
                .query((rs, n) -> found.put(rs.getString(1), new AuditEvent(rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))))
                .list();
        List<String> ids = subjects.stream().map(UUID::toString).distinct().toList();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.sql("SELECT id, occurred_at, actor_id, action, subject_kind, subject_id, detail FROM audit_event "
                    + "WHERE subject_id IN (" + marks + ")")
                    .params(chunk.toArray())
                    .query((rs, n) -> found.put(rs.getString(1), new AuditEvent(rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))))
                    .list();
        }
        return found.values().stream()
                .sorted(java.util.Comparator.comparingLong(AuditEvent::occurredAt))
                .toList();
    }

    public record AuditEvent(long occurredAt, String actorId, String action, String subjectKind, String subjectId,
            String detail) {
    }
}
