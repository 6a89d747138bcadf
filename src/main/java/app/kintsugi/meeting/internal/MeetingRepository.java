package app.kintsugi.meeting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;

/** The couple's meeting time, their weekly meetings and each one's preparation. Every text column is sealed. */
@Repository
@RequiredArgsConstructor
public class MeetingRepository {

    private final JdbcClient jdbc;

    public record TimeRow(CoupleId couple, int weekday, String localTime, String zone, PersonId proposedBy, Long agreedAt, long updatedAt,
            long version) {
    }

    public record MeetingRow(UUID id, CoupleId couple, LocalDate weekStart, Long startedAt, Long heldAt, long createdAt) {
    }

    public record PrepRow(UUID id, UUID meeting, PersonId person, byte[] wentWell, byte[] talkAbout, byte[] need, UUID commitment,
            long updatedAt, long version) {
    }

    public Optional<TimeRow> time(CoupleId couple) {
        return jdbc.sql("""
                SELECT couple_id, weekday, local_time, zone, proposed_by, agreed_at, updated_at, version FROM meeting_time
                WHERE couple_id = ?""").param(couple.value().toString())
                .query((rs, n) -> new TimeRow(new CoupleId(UUID.fromString(rs.getString(1))), rs.getInt(2), rs.getString(3),
                        rs.getString(4), new PersonId(UUID.fromString(rs.getString(5))), millis(rs, 6), rs.getLong(7), rs.getLong(8)))
                .optional();
    }

    public void insertTime(TimeRow r) {
        jdbc.sql("""
                INSERT INTO meeting_time (couple_id, weekday, local_time, zone, proposed_by, agreed_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(r.couple().value().toString(), r.weekday(), r.localTime(), r.zone(), r.proposedBy().value().toString(),
                        r.agreedAt(), r.updatedAt())
                .update();
    }

    public boolean updateTime(TimeRow r, long expectedVersion) {
        return jdbc.sql("""
                UPDATE meeting_time SET weekday = ?, local_time = ?, zone = ?, proposed_by = ?, agreed_at = ?, updated_at = ?,
                    version = version + 1
                WHERE couple_id = ? AND version = ?""")
                .params(r.weekday(), r.localTime(), r.zone(), r.proposedBy().value().toString(), r.agreedAt(), r.updatedAt(),
                        r.couple().value().toString(), expectedVersion)
                .update() == 1;
    }

    public Optional<MeetingRow> meeting(CoupleId couple, LocalDate weekStart) {
        return jdbc.sql("SELECT id, couple_id, week_start, started_at, held_at, created_at FROM meeting WHERE couple_id = ? AND week_start = ?")
                .params(couple.value().toString(), weekStart.toString()).query(MeetingRepository::meeting).optional();
    }

    /** The meeting of a week, made if it is not there yet. */
    public MeetingRow ensure(CoupleId couple, LocalDate weekStart, long now) {
        return meeting(couple, weekStart).orElseGet(() -> {
            jdbc.sql("INSERT INTO meeting (id, couple_id, week_start, started_at, held_at, held_by, created_at) "
                    + "VALUES (?, ?, ?, NULL, NULL, NULL, ?) ON CONFLICT (couple_id, week_start) DO NOTHING")
                    .params(UUID.randomUUID().toString(), couple.value().toString(), weekStart.toString(), now).update();
            return meeting(couple, weekStart).orElseThrow();
        });
    }

    /** The couple's meetings before a week, newest first, at most {@code limit}. */
    public List<MeetingRow> before(CoupleId couple, LocalDate weekStart, int limit) {
        return jdbc.sql("""
                SELECT id, couple_id, week_start, started_at, held_at, created_at FROM meeting
                WHERE couple_id = ? AND week_start < ? ORDER BY week_start DESC LIMIT ?""")
                .params(couple.value().toString(), weekStart.toString(), limit).query(MeetingRepository::meeting).list();
    }

    public void start(UUID meeting, long now) {
        jdbc.sql("UPDATE meeting SET started_at = ? WHERE id = ? AND started_at IS NULL").params(now, meeting.toString()).update();
    }

    public void held(UUID meeting, PersonId by, long now) {
        jdbc.sql("UPDATE meeting SET held_at = ?, held_by = ? WHERE id = ? AND held_at IS NULL")
                .params(now, by.value().toString(), meeting.toString()).update();
    }

    /** The preparations of some meetings, read at once. */
    public List<PrepRow> preps(List<UUID> meetings) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(meetings.size(), "?"));
        return jdbc.sql("SELECT id, meeting_id, person_id, went_well, talk_about, need, commitment_id, updated_at, version "
                + "FROM meeting_prep WHERE meeting_id IN (" + marks + ")")
                .params(meetings.stream().map(UUID::toString).toList()).query(MeetingRepository::prep).list();
    }

    public Optional<PrepRow> prep(UUID meeting, PersonId person) {
        return jdbc.sql("""
                SELECT id, meeting_id, person_id, went_well, talk_about, need, commitment_id, updated_at, version
                FROM meeting_prep WHERE meeting_id = ? AND person_id = ?""").params(meeting.toString(), person.value().toString())
                .query(MeetingRepository::prep).optional();
    }

    public void insertPrep(PrepRow r) {
        jdbc.sql("""
                INSERT INTO meeting_prep (id, meeting_id, person_id, went_well, talk_about, need, commitment_id, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, NULL, ?, 0)""")
                .params(r.id().toString(), r.meeting().toString(), r.person().value().toString(), r.wentWell(), r.talkAbout(), r.need(),
                        r.updatedAt())
                .update();
    }

    public boolean updatePrep(PrepRow r, long expectedVersion) {
        return jdbc.sql("""
                UPDATE meeting_prep SET went_well = ?, talk_about = ?, need = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(r.wentWell(), r.talkAbout(), r.need(), r.updatedAt(), r.id().toString(), expectedVersion)
                .update() == 1;
    }

    public boolean linkCommitment(UUID prep, UUID commitment) {
        return jdbc.sql("UPDATE meeting_prep SET commitment_id = ?, version = version + 1 WHERE id = ? AND commitment_id IS NULL")
                .params(commitment.toString(), prep.toString()).update() == 1;
    }

    /** A preparation with the meeting it belongs to. */
    public record PrepInMeeting(PrepRow prep, MeetingRow meeting) {
    }

    private static final String PREP_IN_MEETING = """
            SELECT p.id, p.meeting_id, p.person_id, p.went_well, p.talk_about, p.need, p.commitment_id, p.updated_at, p.version,
                   m.id, m.couple_id, m.week_start, m.started_at, m.held_at, m.created_at
            FROM meeting_prep p JOIN meeting m ON m.id = p.meeting_id""";

    /** This person's preparations in one space, newest week first. */
    public List<PrepInMeeting> prepsBy(PersonId person, CoupleId couple) {
        return jdbc.sql(PREP_IN_MEETING + " WHERE p.person_id = ? AND m.couple_id = ? ORDER BY m.week_start DESC")
                .params(person.value().toString(), couple.value().toString()).query(MeetingRepository::prepInMeeting).list();
    }

    public Optional<PrepInMeeting> prepById(UUID id) {
        return jdbc.sql(PREP_IN_MEETING + " WHERE p.id = ?").param(id.toString()).query(MeetingRepository::prepInMeeting).optional();
    }

    private static PrepInMeeting prepInMeeting(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        PrepRow p = prep(rs, n);
        return new PrepInMeeting(p, new MeetingRow(UUID.fromString(rs.getString(10)), new CoupleId(UUID.fromString(rs.getString(11))),
                LocalDate.parse(rs.getString(12)), millis(rs, 13), millis(rs, 14), rs.getLong(15)));
    }

    private static MeetingRow meeting(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new MeetingRow(UUID.fromString(rs.getString(1)), new CoupleId(UUID.fromString(rs.getString(2))),
                LocalDate.parse(rs.getString(3)), millis(rs, 4), millis(rs, 5), rs.getLong(6));
    }

    private static PrepRow prep(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String commitment = rs.getString(7);
        return new PrepRow(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)), new PersonId(UUID.fromString(rs.getString(3))),
                rs.getBytes(4), rs.getBytes(5), rs.getBytes(6), commitment == null ? null : UUID.fromString(commitment), rs.getLong(8),
                rs.getLong(9));
    }

    private static Long millis(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
