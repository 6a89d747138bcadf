package app.kintsugi.privacy;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

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
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void visibilityChanged(PersonId actor, String kind, UUID id, Visibility from, Visibility to) {
        record(actor, "VISIBILITY_CHANGED", kind, id, from + "->" + to);
    }

    /** A refusal is recorded even when the surrounding work rolls back because of it. */
    public void readDenied(PersonId actor, String kind, UUID id) {
        afterCurrentTransaction(() -> record(actor, "READ_DENIED", kind, id, null));
    }

    public void writeDenied(PersonId actor, String kind, UUID id) {
        afterCurrentTransaction(() -> record(actor, "WRITE_DENIED", kind, id, null));
    }

    /**
     * Runs once the current transaction is over and its connection released. Not a nested
     * REQUIRES_NEW, and not in afterCompletion: SQLite allows one writer, and the finished
     * transaction's connection keeps its lock until Spring has cleaned it up. In a web request the
     * write happens when the request completes; elsewhere on a virtual thread of its own.
     */
    private void afterCurrentTransaction(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.registerDestructionCallback("kintsugi.audit." + UUID.randomUUID(), work, RequestAttributes.SCOPE_REQUEST);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                Thread.ofVirtual().name("audit").start(work);
            }
        });
    }

    public void record(PersonId actor, String action, String kind, UUID id, String detail) {
        String actorId = actor == null ? null : actor.value().toString();
        String subjectId = id == null ? null : id.toString();
        jdbc.sql("""
                INSERT INTO audit_event (id, occurred_at, actor_id, action, subject_kind, subject_id, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), clock.millis(), actorId, action, kind, subjectId, detail)
                .update();
        log.info("event=audit action={} actor={} kind={} subject={}", action, actorId, kind, subjectId);
    }

    /** The events about one subject, oldest first: for tests and, later, the person's own audit view. */
    public List<AuditEvent> eventsAbout(UUID subjectId) {
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
