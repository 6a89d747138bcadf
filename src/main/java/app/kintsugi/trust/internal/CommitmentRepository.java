package app.kintsugi.trust.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.kintsugi.trust.Confirmation;
import app.kintsugi.trust.DayRecord;
import app.kintsugi.trust.Outcome;
import app.kintsugi.trust.Schedule;
import app.kintsugi.trust.ScheduleKind;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.privacy.Visibility;

@Repository
@RequiredArgsConstructor
public class CommitmentRepository {

    private static final String COLUMNS =
            "id, author_id, couple_id, visibility, content, kind, week_days, start_day, end_day, created_at, updated_at, version";

    private final JdbcClient jdbc;

    public record Row(UUID id, PersonId author, CoupleId couple, Visibility visibility, byte[] content, Schedule schedule,
            long createdAt, long updatedAt, long version) {
    }

    public record RevisionRow(UUID id, UUID commitment, PersonId proposedBy, String status, byte[] content, Schedule schedule,
            long createdAt, Long decidedAt) {
    }

    public record CheckInRow(LocalDate day, Outcome outcome, byte[] note, long reportedAt, Confirmation confirmation,
            PersonId confirmedBy, byte[] confirmNote, Long confirmedAt, long version) {
    }

    public void insert(Row r) {
        jdbc.sql("INSERT INTO commitment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id().toString(), r.author().value().toString(), r.couple() == null ? null : r.couple().value().toString(),
                        r.visibility().name(), r.content(), r.schedule().kind().name(), bits(r.schedule().days()),
                        r.schedule().start().toString(), day(r.schedule().end()), r.createdAt(), r.updatedAt(), r.version())
                .update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commitment WHERE id = ?").param(id.toString())
                .query(CommitmentRepository::map).optional();
    }

    public List<Row> byAuthor(PersonId author) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commitment WHERE author_id = ? ORDER BY created_at DESC, id")
                .param(author.value().toString()).query(CommitmentRepository::map).list();
    }

    public List<Row> sharedInCouple(CoupleId couple, PersonId author) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commitment WHERE couple_id = ? AND author_id = ? AND visibility = 'PARTNER' "
                        + "ORDER BY created_at DESC, id")
                .params(couple.value().toString(), author.value().toString()).query(CommitmentRepository::map).list();
    }

    public boolean update(UUID id, long expectedVersion, byte[] content, Schedule schedule, long now) {
        return jdbc.sql("""
                UPDATE commitment SET content = ?, kind = ?, week_days = ?, start_day = ?, end_day = ?, updated_at = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""")
                .params(content, schedule.kind().name(), bits(schedule.days()), schedule.start().toString(), day(schedule.end()),
                        now, id.toString(), expectedVersion)
                .update() == 1;
    }

    public boolean setVisibility(UUID id, Visibility visibility, CoupleId couple, long now) {
        return jdbc.sql("UPDATE commitment SET visibility = ?, couple_id = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(visibility.name(), couple == null ? null : couple.value().toString(), now, id.toString()).update() == 1;
    }

    public void insertRevision(RevisionRow r) {
        jdbc.sql("""
                INSERT INTO commitment_revision (id, commitment_id, proposed_by, status, content, kind, week_days, start_day,
                    end_day, created_at, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id().toString(), r.commitment().toString(), r.proposedBy().value().toString(), r.status(), r.content(),
                        r.schedule().kind().name(), bits(r.schedule().days()), r.schedule().start().toString(),
                        day(r.schedule().end()), r.createdAt(), r.decidedAt())
                .update();
    }

    public List<RevisionRow> revisions(UUID commitment) {
        return revisions(List.of(commitment)).getOrDefault(commitment, List.of());
    }

    /** The revisions of several commitments in one query, each commitment's oldest first. */
    public java.util.Map<UUID, List<RevisionRow>> revisions(List<UUID> commitments) {
        java.util.Map<UUID, List<RevisionRow>> byCommitment = new java.util.HashMap<>();
        if (commitments.isEmpty()) {
            return byCommitment;
        }
        jdbc.sql("""
                SELECT id, commitment_id, proposed_by, status, content, kind, week_days, start_day, end_day, created_at, decided_at
                FROM commitment_revision WHERE commitment_id IN (%s) ORDER BY created_at, id""".formatted(placeholders(commitments)))
                .params(ids(commitments))
                .query((rs, n) -> {
                    long decided = rs.getLong("decided_at");
                    Long decidedAt = rs.wasNull() ? null : decided;
                    RevisionRow r = new RevisionRow(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("commitment_id")),
                            PersonId.of(rs.getString("proposed_by")), rs.getString("status"), rs.getBytes("content"), schedule(rs),
                            rs.getLong("created_at"), decidedAt);
                    return byCommitment.computeIfAbsent(r.commitment(), k -> new java.util.ArrayList<>()).add(r);
                })
                .list();
        return byCommitment;
    }

    public boolean decideRevision(UUID revision, String from, String to, long now) {
        return jdbc.sql("UPDATE commitment_revision SET status = ?, decided_at = ? WHERE id = ? AND status = ?")
                .params(to, now, revision.toString(), from).update() == 1;
    }

    /** The newest check-ins, newest first. */
    public List<CheckInRow> latestCheckIns(UUID commitment, int limit) {
        return latestCheckIns(List.of(commitment), limit).getOrDefault(commitment, List.of());
    }

    /** The newest check-ins of several commitments in one query, each commitment's newest first. */
    public java.util.Map<UUID, List<CheckInRow>> latestCheckIns(List<UUID> commitments, int limit) {
        java.util.Map<UUID, List<CheckInRow>> byCommitment = new java.util.HashMap<>();
        if (commitments.isEmpty()) {
            return byCommitment;
        }
        List<Object> params = new java.util.ArrayList<>(ids(commitments));
        params.add(limit);
        jdbc.sql("""
                SELECT commitment_id, day, outcome, note, reported_at, confirmation, confirmed_by, confirm_note, confirmed_at, version
                FROM (SELECT c.*, ROW_NUMBER() OVER (PARTITION BY commitment_id ORDER BY day DESC) AS place
                      FROM check_in c WHERE commitment_id IN (%s)) newest
                WHERE place <= ? ORDER BY commitment_id, day DESC""".formatted(placeholders(commitments)))
                .params(params)
                .query((rs, n) -> byCommitment.computeIfAbsent(UUID.fromString(rs.getString("commitment_id")),
                        k -> new java.util.ArrayList<>()).add(checkIn(rs, n)))
                .list();
        return byCommitment;
    }

    private static String placeholders(List<UUID> ids) {
        return String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
    }

    private static List<Object> ids(List<UUID> ids) {
        return ids.stream().map(id -> (Object) id.toString()).toList();
    }

    /** Day, outcome and answer of every check-in, oldest first: what the record counts, without the notes. */
    public List<DayRecord> outcomes(UUID commitment) {
        return jdbc.sql("SELECT day, outcome, confirmation FROM check_in WHERE commitment_id = ? ORDER BY day")
                .param(commitment.toString())
                .query((rs, n) -> {
                    String confirmation = rs.getString(3);
                    return new DayRecord(LocalDate.parse(rs.getString(1)), Outcome.valueOf(rs.getString(2)),
                            confirmation == null ? null : Confirmation.valueOf(confirmation));
                })
                .list();
    }

    /** The same for several commitments in one query. */
    public java.util.Map<UUID, List<DayRecord>> outcomes(List<UUID> commitments) {
        java.util.Map<UUID, List<DayRecord>> byCommitment = new java.util.HashMap<>();
        if (commitments.isEmpty()) {
            return byCommitment;
        }
        jdbc.sql("SELECT commitment_id, day, outcome, confirmation FROM check_in WHERE commitment_id IN (%s) ORDER BY day"
                        .formatted(placeholders(commitments)))
                .params(ids(commitments))
                .query((rs, n) -> {
                    String confirmation = rs.getString(4);
                    return byCommitment.computeIfAbsent(UUID.fromString(rs.getString(1)), k -> new java.util.ArrayList<>())
                            .add(new DayRecord(LocalDate.parse(rs.getString(2)), Outcome.valueOf(rs.getString(3)),
                                    confirmation == null ? null : Confirmation.valueOf(confirmation)));
                })
                .list();
        return byCommitment;
    }

    public Optional<CheckInRow> checkIn(UUID commitment, LocalDate day) {
        return jdbc.sql("""
                SELECT day, outcome, note, reported_at, confirmation, confirmed_by, confirm_note, confirmed_at, version
                FROM check_in WHERE commitment_id = ? AND day = ?""")
                .params(commitment.toString(), day.toString())
                .query(CommitmentRepository::checkIn).optional();
    }

    /** A report, or a changed report while the partner has not answered it. */
    public boolean report(UUID commitment, LocalDate day, Outcome outcome, byte[] note, long now) {
        int updated = jdbc.sql("""
                UPDATE check_in SET outcome = ?, note = ?, reported_at = ?, version = version + 1
                WHERE commitment_id = ? AND day = ? AND confirmation IS NULL""")
                .params(outcome.name(), note, now, commitment.toString(), day.toString()).update();
        if (updated == 1) {
            return true;
        }
        return jdbc.sql("""
                INSERT INTO check_in (commitment_id, day, outcome, note, reported_at, version) VALUES (?, ?, ?, ?, ?, 0)
                ON CONFLICT (commitment_id, day) DO NOTHING""")
                .params(commitment.toString(), day.toString(), outcome.name(), note, now).update() == 1;
    }

    public boolean confirm(UUID commitment, LocalDate day, long expectedVersion, PersonId by, Confirmation confirmation, byte[] note,
            long now) {
        return jdbc.sql("""
                UPDATE check_in SET confirmation = ?, confirmed_by = ?, confirm_note = ?, confirmed_at = ?, version = version + 1
                WHERE commitment_id = ? AND day = ? AND version = ?""")
                .params(confirmation.name(), by.value().toString(), note, now, commitment.toString(), day.toString(), expectedVersion).update() == 1;
    }

    /** How many different days the person reported one of their commitments kept, not counting disputed days. */
    public long keptDays(PersonId author) {
        return jdbc.sql("SELECT COUNT(DISTINCT k.day) FROM check_in k JOIN commitment c ON c.id = k.commitment_id "
                        + "WHERE c.author_id = ? AND k.outcome = 'KEPT' AND (k.confirmation IS NULL OR k.confirmation <> 'DISPUTED')")
                .param(author.value().toString()).query(Long.class).single();
    }

    /** A day reported kept on a commitment shared in a couple, and not disputed. */
    public record KeptRow(Row commitment, LocalDate day, long reportedAt, Confirmation confirmation) {
    }

    /** Days reported kept on the commitments shared in a couple, not disputed, newest report first. */
    public List<KeptRow> keptInCouple(CoupleId couple, int limit) {
        return jdbc.sql("SELECT c.id, c.author_id, c.couple_id, c.visibility, c.content, c.kind, c.week_days, c.start_day, "
                        + "c.end_day, c.created_at, c.updated_at, c.version, k.day AS kept_day, k.reported_at, k.confirmation "
                        + "FROM check_in k JOIN commitment c ON c.id = k.commitment_id "
                        + "WHERE c.couple_id = ? AND c.visibility = 'PARTNER' AND k.outcome = 'KEPT' "
                        + "AND (k.confirmation IS NULL OR k.confirmation <> 'DISPUTED') "
                        + "ORDER BY k.reported_at DESC, k.commitment_id, k.day LIMIT ?")
                .params(couple.value().toString(), limit)
                .query((rs, n) -> {
                    String confirmation = rs.getString("confirmation");
                    return new KeptRow(map(rs, n), LocalDate.parse(rs.getString("kept_day")), rs.getLong("reported_at"),
                            confirmation == null ? null : Confirmation.valueOf(confirmation));
                })
                .list();
    }

    /** A moment of a check-in on a commitment shared in a couple: when, and whose commitment it is. No notes, no text. */
    public record CheckInMoment(long at, PersonId author) {
    }

    /**
     * Days reported kept on the commitments shared in a couple and not disputed, by when they were
     * reported, from {@code from} (inclusive) to {@code to} (exclusive).
     */
    public List<CheckInMoment> keptBetween(CoupleId couple, long from, long to) {
        return jdbc.sql("SELECT k.reported_at, c.author_id FROM check_in k JOIN commitment c ON c.id = k.commitment_id "
                        + "WHERE c.couple_id = ? AND c.visibility = 'PARTNER' AND k.outcome = 'KEPT' "
                        + "AND (k.confirmation IS NULL OR k.confirmation <> 'DISPUTED') AND k.reported_at >= ? AND k.reported_at < ?")
                .params(couple.value().toString(), from, to)
                .query((rs, n) -> new CheckInMoment(rs.getLong(1), PersonId.of(rs.getString(2)))).list();
    }

    /** Check-ins on the commitments shared in a couple that the partner disputed, by when they did. */
    public List<Long> disputedBetween(CoupleId couple, long from, long to) {
        return jdbc.sql("SELECT k.confirmed_at FROM check_in k JOIN commitment c ON c.id = k.commitment_id "
                        + "WHERE c.couple_id = ? AND c.visibility = 'PARTNER' AND k.confirmation = 'DISPUTED' "
                        + "AND k.confirmed_at >= ? AND k.confirmed_at < ?")
                .params(couple.value().toString(), from, to)
                .query((rs, n) -> rs.getLong(1)).list();
    }

    private static CheckInRow checkIn(ResultSet rs, int n) throws SQLException {
        String confirmation = rs.getString("confirmation");
        long confirmed = rs.getLong("confirmed_at");
        Long confirmedAt = rs.wasNull() ? null : confirmed;
        return new CheckInRow(LocalDate.parse(rs.getString("day")), Outcome.valueOf(rs.getString("outcome")), rs.getBytes("note"),
                rs.getLong("reported_at"), confirmation == null ? null : Confirmation.valueOf(confirmation),
                rs.getString("confirmed_by") == null ? null : PersonId.of(rs.getString("confirmed_by")), rs.getBytes("confirm_note"), confirmedAt, rs.getLong("version"));
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        String couple = rs.getString("couple_id");
        return new Row(UUID.fromString(rs.getString("id")), PersonId.of(rs.getString("author_id")),
                couple == null ? null : CoupleId.of(couple), Visibility.valueOf(rs.getString("visibility")), rs.getBytes("content"),
                schedule(rs), rs.getLong("created_at"), rs.getLong("updated_at"), rs.getLong("version"));
    }

    private static Schedule schedule(ResultSet rs) throws SQLException {
        String end = rs.getString("end_day");
        return new Schedule(ScheduleKind.valueOf(rs.getString("kind")), days(rs.getInt("week_days")),
                LocalDate.parse(rs.getString("start_day")), end == null ? null : LocalDate.parse(end));
    }

    public static int bits(Set<DayOfWeek> days) {
        int bits = 0;
        for (DayOfWeek d : days) {
            bits |= 1 << (d.getValue() - 1);
        }
        return bits;
    }

    public static Set<DayOfWeek> days(int bits) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if ((bits & 1 << (d.getValue() - 1)) != 0) {
                days.add(d);
            }
        }
        return days;
    }

    private static String day(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
