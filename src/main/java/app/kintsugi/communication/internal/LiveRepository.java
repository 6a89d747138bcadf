package app.kintsugi.communication.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.communication.EndReason;
import app.kintsugi.communication.Phase;
import app.kintsugi.couple.CoupleId;

@Repository
@RequiredArgsConstructor
public class LiveRepository {

    private static final String COLUMNS = """
            conversation_id, couple_id, phase, speaker_id, listener_id, turn_started_at, turns, confirmations, not_quite,
            breaks, summary_by, summary, resume_phase, break_by, break_started_at, break_until, started_at, ends_by,
            ended_at, end_reason, version""";

    private final JdbcClient jdbc;

    public record Stored(LiveSession session, CoupleId couple, byte[] summary) {
    }

    public record Rating(PersonId person, int heard, int safe, byte[] note, long ratedAt) {
    }

    public void insert(LiveSession s, CoupleId couple) {
        jdbc.sql("INSERT INTO live_session (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.conversationId().toString(), couple.value().toString(), s.phase().name(), id(s.speaker()),
                        id(s.listener()), millis(s.turnStartedAt()), s.turns(), s.confirmations(), s.notQuite(), s.breaks(),
                        id(s.summaryBy()), null, name(s.resumePhase()), id(s.breakBy()), millis(s.breakStartedAt()),
                        millis(s.breakUntil()), millis(s.startedAt()), millis(s.endsBy()), millis(s.endedAt()),
                        name(s.endReason()), s.version())
                .update();
    }

    public Optional<Stored> find(UUID conversation) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM live_session WHERE conversation_id = ?").param(conversation.toString())
                .query(LiveRepository::map).optional();
    }

    /** The version alone: what a screen polls to learn whether anything changed. */
    public Optional<Long> version(UUID conversation) {
        return jdbc.sql("SELECT version FROM live_session WHERE conversation_id = ?").param(conversation.toString())
                .query(Long.class).optional();
    }

    /**
     * Stores {@code next} if the stored version is still {@code expectedVersion}. The summary is
     * replaced with {@code summary} (null clears it).
     */
    public boolean update(LiveSession next, long expectedVersion, byte[] summary) {
        return jdbc.sql("""
                UPDATE live_session SET phase = ?, speaker_id = ?, listener_id = ?, turn_started_at = ?, turns = ?,
                    confirmations = ?, not_quite = ?, breaks = ?, summary_by = ?, summary = ?, resume_phase = ?, break_by = ?,
                    break_started_at = ?, break_until = ?, ends_by = ?, ended_at = ?, end_reason = ?, version = ?
                WHERE conversation_id = ? AND version = ?""")
                .params(next.phase().name(), id(next.speaker()), id(next.listener()), millis(next.turnStartedAt()),
                        next.turns(), next.confirmations(), next.notQuite(), next.breaks(), id(next.summaryBy()), summary,
                        name(next.resumePhase()), id(next.breakBy()), millis(next.breakStartedAt()), millis(next.breakUntil()),
                        millis(next.endsBy()), millis(next.endedAt()), name(next.endReason()), next.version(),
                        next.conversationId().toString(), expectedVersion)
                .update() == 1;
    }

    /** Sessions still running whose time is up: closed by the sweep. */
    public List<UUID> overdue(long now) {
        return jdbc.sql("SELECT conversation_id FROM live_session WHERE phase <> 'ENDED' AND ends_by <= ?").param(now)
                .query((rs, n) -> UUID.fromString(rs.getString(1))).list();
    }

    public void claimDevice(UUID conversation, PersonId person, String token, long now) {
        jdbc.sql("""
                INSERT INTO live_device (conversation_id, person_id, device_token, taken_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (conversation_id, person_id) DO UPDATE SET device_token = excluded.device_token,
                    taken_at = excluded.taken_at""")
                .params(conversation.toString(), person.value().toString(), token, now).update();
    }

    public Optional<String> device(UUID conversation, PersonId person) {
        return jdbc.sql("SELECT device_token FROM live_device WHERE conversation_id = ? AND person_id = ?")
                .params(conversation.toString(), person.value().toString()).query(String.class).optional();
    }

    public void saveRating(UUID conversation, PersonId person, int heard, int safe, byte[] note, long now) {
        jdbc.sql("""
                INSERT INTO live_rating (conversation_id, person_id, heard, safe, note, rated_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (conversation_id, person_id) DO UPDATE SET heard = excluded.heard, safe = excluded.safe,
                    note = excluded.note, rated_at = excluded.rated_at""")
                .params(conversation.toString(), person.value().toString(), heard, safe, note, now).update();
    }

    public List<Rating> ratings(UUID conversation) {
        return jdbc.sql("SELECT person_id, heard, safe, note, rated_at FROM live_rating WHERE conversation_id = ?")
                .param(conversation.toString())
                .query((rs, n) -> new Rating(PersonId.of(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getBytes(4), rs.getLong(5)))
                .list();
    }

    /** An ended session of a couple with its confirmations: who spoke and listened last, and when it ended. No text. */
    public record Confirmed(PersonId lastSpeaker, PersonId lastListener, int confirmations, long endedAt) {
    }

    /** Sessions of a couple that ended from {@code from} (inclusive) to {@code to} (exclusive) with at least one confirmation. */
    public List<Confirmed> confirmedBetween(CoupleId couple, long from, long to) {
        return jdbc.sql("SELECT speaker_id, listener_id, confirmations, ended_at FROM live_session "
                        + "WHERE couple_id = ? AND ended_at >= ? AND ended_at < ? AND confirmations > 0")
                .params(couple.value().toString(), from, to)
                .query((rs, n) -> new Confirmed(PersonId.of(rs.getString(1)), PersonId.of(rs.getString(2)), rs.getInt(3),
                        rs.getLong(4)))
                .list();
    }

    private static Stored map(ResultSet rs, int n) throws SQLException {
        LiveSession s = new LiveSession(UUID.fromString(rs.getString("conversation_id")), Phase.valueOf(rs.getString("phase")),
                PersonId.of(rs.getString("speaker_id")), PersonId.of(rs.getString("listener_id")),
                instant(rs, "turn_started_at"), rs.getInt("turns"), rs.getInt("confirmations"), rs.getInt("not_quite"),
                rs.getInt("breaks"), person(rs, "summary_by"), phase(rs.getString("resume_phase")), person(rs, "break_by"),
                instant(rs, "break_started_at"), instant(rs, "break_until"), instant(rs, "started_at"), instant(rs, "ends_by"),
                instant(rs, "ended_at"), rs.getString("end_reason") == null ? null : EndReason.valueOf(rs.getString("end_reason")),
                rs.getLong("version"));
        return new Stored(s, CoupleId.of(rs.getString("couple_id")), rs.getBytes("summary"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static PersonId person(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : PersonId.of(v);
    }

    private static Phase phase(String v) {
        return v == null ? null : Phase.valueOf(v);
    }

    private static String id(PersonId p) {
        return p == null ? null : p.value().toString();
    }

    private static Long millis(Instant i) {
        return i == null ? null : i.toEpochMilli();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
