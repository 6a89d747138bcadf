package app.kintsugi.moments.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;

/** The reassurance a couple agreed in advance, the requests for it, and who paused it. */
@Repository
@RequiredArgsConstructor
public class ReassuranceRepository {

    private static final String LINE = "id, couple_id, author_id, partner_id, content, status, created_at, decided_at, version";
    private static final String REQUEST = "id, couple_id, requester_id, partner_id, created_at, answer_line_id, answered_at, "
            + "answer_seen_at, version";

    private final JdbcClient jdbc;

    public enum Status {
        PROPOSED,
        ACCEPTED,
        DECLINED
    }

    public record LineRow(UUID id, CoupleId couple, PersonId author, PersonId partner, byte[] content, Status status, long createdAt,
            Long decidedAt, long version) {
    }

    public record RequestRow(UUID id, CoupleId couple, PersonId requester, PersonId partner, long createdAt, String answer, Long answeredAt,
            Long answerSeenAt, long version) {
    }

    public void insertLine(LineRow r) {
        jdbc.sql("INSERT INTO reassurance_line (" + LINE + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(r.id().toString(), r.couple().value().toString(), r.author().value().toString(),
                        r.partner().value().toString(), r.content(), r.status().name(), r.createdAt(), r.decidedAt())
                .update();
    }

    public Optional<LineRow> line(UUID id) {
        return jdbc.sql("SELECT " + LINE + " FROM reassurance_line WHERE id = ?").param(id.toString())
                .query(ReassuranceRepository::line).optional();
    }

    public List<LineRow> lines(CoupleId couple) {
        return jdbc.sql("SELECT " + LINE + " FROM reassurance_line WHERE couple_id = ? ORDER BY created_at, id")
                .param(couple.value().toString()).query(ReassuranceRepository::line).list();
    }

    public boolean decide(UUID id, long expectedVersion, Status status, long now) {
        return jdbc.sql("""
                UPDATE reassurance_line SET status = ?, decided_at = ?, version = version + 1
                WHERE id = ? AND version = ? AND status = 'PROPOSED'""")
                .params(status.name(), now, id.toString(), expectedVersion).update() == 1;
    }

    public void deleteLine(UUID id) {
        jdbc.sql("DELETE FROM reassurance_line WHERE id = ?").param(id.toString()).update();
    }

    public void insertRequest(RequestRow r) {
        jdbc.sql("INSERT INTO reassurance_request (" + REQUEST + ") VALUES (?, ?, ?, ?, ?, NULL, NULL, NULL, 0)")
                .params(r.id().toString(), r.couple().value().toString(), r.requester().value().toString(),
                        r.partner().value().toString(), r.createdAt())
                .update();
    }

    public Optional<RequestRow> request(UUID id) {
        return jdbc.sql("SELECT " + REQUEST + " FROM reassurance_request WHERE id = ?").param(id.toString())
                .query(ReassuranceRepository::request).optional();
    }

    /** Requests in a couple since an instant, newest first. */
    public List<RequestRow> requestsSince(CoupleId couple, long since) {
        return jdbc.sql("SELECT " + REQUEST + " FROM reassurance_request WHERE couple_id = ? AND created_at >= ? "
                + "ORDER BY created_at DESC, id").params(couple.value().toString(), since)
                .query(ReassuranceRepository::request).list();
    }

    /** Answers once: only while nobody answered. */
    public boolean answer(UUID id, String answer, long now) {
        return jdbc.sql("UPDATE reassurance_request SET answer_line_id = ?, answered_at = ?, version = version + 1 "
                + "WHERE id = ? AND answer_line_id IS NULL").params(answer, now, id.toString()).update() == 1;
    }

    public void answerSeen(UUID id, long now) {
        jdbc.sql("UPDATE reassurance_request SET answer_seen_at = ? WHERE id = ? AND answer_line_id IS NOT NULL AND answer_seen_at IS NULL")
                .params(now, id.toString()).update();
    }

    public boolean paused(PersonId person) {
        return jdbc.sql("SELECT COUNT(*) FROM reassurance_pause WHERE person_id = ?").param(person.value().toString())
                .query(Integer.class).single() > 0;
    }

    public void pause(PersonId person, long now) {
        if (!paused(person)) {
            try {
                jdbc.sql("INSERT INTO reassurance_pause (person_id, paused_at) VALUES (?, ?)").params(person.value().toString(), now)
                        .update();
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
                // pressed twice at once: paused either way
            }
        }
    }

    public void resume(PersonId person) {
        jdbc.sql("DELETE FROM reassurance_pause WHERE person_id = ?").param(person.value().toString()).update();
    }

    private static LineRow line(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long decided = rs.getLong(8);
        Long decidedAt = rs.wasNull() ? null : decided;
        return new LineRow(UUID.fromString(rs.getString(1)), new CoupleId(UUID.fromString(rs.getString(2))),
                new PersonId(UUID.fromString(rs.getString(3))), new PersonId(UUID.fromString(rs.getString(4))), rs.getBytes(5),
                Status.valueOf(rs.getString(6)), rs.getLong(7), decidedAt, rs.getLong(9));
    }

    private static RequestRow request(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long answered = rs.getLong(7);
        Long answeredAt = rs.wasNull() ? null : answered;
        long seen = rs.getLong(8);
        Long seenAt = rs.wasNull() ? null : seen;
        return new RequestRow(UUID.fromString(rs.getString(1)), new CoupleId(UUID.fromString(rs.getString(2))),
                new PersonId(UUID.fromString(rs.getString(3))), new PersonId(UUID.fromString(rs.getString(4))), rs.getLong(5),
                rs.getString(6), answeredAt, seenAt, rs.getLong(9));
    }
}
