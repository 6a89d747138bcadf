package app.kintsugi.boundaries.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.boundaries.Boundaries;
import app.kintsugi.boundaries.BoundaryCategory;
import app.kintsugi.boundaries.BoundaryEventKind;
import app.kintsugi.couple.CoupleId;

@Repository
@RequiredArgsConstructor
public class BoundaryRepository {

    private static final String COLUMNS = "id, couple_id, proposer_id, partner_id, category, agreed, pending, pending_author, "
            + "talk_by, revisit_by, withdrawn, review_on, created_at, updated_at, version";
    private static final String VERSION_COLUMNS = "id, boundary_id, number, author_id, category, what, why, review_on, created_at, "
            + "agreed_at";

    private final JdbcClient jdbc;

    public record Row(UUID id, CoupleId couple, PersonId proposer, PersonId partner, BoundaryCategory category,
            BoundaryAgreement agreement, LocalDate reviewOn, long createdAt, long updatedAt, long version) {
    }

    public record VersionRow(UUID id, UUID boundary, int number, PersonId author, BoundaryCategory category, byte[] what, byte[] why,
            LocalDate reviewOn, long createdAt, Long agreedAt) {
    }

    public record EventRow(UUID id, UUID boundary, CoupleId couple, BoundaryEventKind kind, PersonId actor, PersonId about,
            Integer number, byte[] note, long createdAt) {
    }

    public void insert(Row r) {
        BoundaryAgreement a = r.agreement();
        jdbc.sql("INSERT INTO boundary (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id().toString(), r.couple().value().toString(), r.proposer().value().toString(),
                        r.partner().value().toString(), r.category().name(), a.agreed(), a.pending(), id(a.pendingAuthor()),
                        id(a.talkBy()), id(a.revisitBy()), a.withdrawn() ? 1 : 0, day(r.reviewOn()), r.createdAt(),
                        r.updatedAt(), r.version())
                .update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM boundary WHERE id = ?").param(id.toString())
                .query(BoundaryRepository::map).optional();
    }

    public List<Row> inCouple(CoupleId couple) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM boundary WHERE couple_id = ? ORDER BY created_at, id")
                .param(couple.value().toString()).query(BoundaryRepository::map).list();
    }

    /** A new agreement state (and, when a version was agreed, its category and review date), if nobody changed it since. */
    public boolean update(UUID id, long expectedVersion, BoundaryAgreement a, BoundaryCategory category, LocalDate reviewOn, long now) {
        return jdbc.sql("""
                UPDATE boundary SET agreed = ?, pending = ?, pending_author = ?, talk_by = ?, revisit_by = ?, withdrawn = ?,
                    category = ?, review_on = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(a.agreed(), a.pending(), id(a.pendingAuthor()), id(a.talkBy()), id(a.revisitBy()), a.withdrawn() ? 1 : 0,
                        category.name(), day(reviewOn), now, id.toString(), expectedVersion)
                .update() == 1;
    }

    public void insertVersion(VersionRow v) {
        jdbc.sql("INSERT INTO boundary_version (" + VERSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(v.id().toString(), v.boundary().toString(), v.number(), v.author().value().toString(), v.category().name(),
                        v.what(), v.why(), v.reviewOn().toString(), v.createdAt(), v.agreedAt())
                .update();
    }

    public void markAgreed(UUID boundary, int number, long now) {
        jdbc.sql("UPDATE boundary_version SET agreed_at = ? WHERE boundary_id = ? AND number = ?")
                .params(now, boundary.toString(), number).update();
    }

    /** Boundaries a person proposed or was proposed, in any space, oldest first. */
    public List<Row> involving(PersonId person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM boundary WHERE proposer_id = ? OR partner_id = ? ORDER BY created_at, id")
                .params(person.value().toString(), person.value().toString()).query(BoundaryRepository::map).list();
    }

    /** Every version of every boundary this person wrote, oldest first. */
    public List<VersionRow> versionsBy(PersonId person) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM boundary_version WHERE author_id = ? ORDER BY boundary_id, number")
                .param(person.value().toString()).query(BoundaryRepository::version).list();
    }

    public List<VersionRow> versions(UUID boundary) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM boundary_version WHERE boundary_id = ? ORDER BY number")
                .param(boundary.toString()).query(BoundaryRepository::version).list();
    }

    /** Every version of several boundaries in one query, by boundary and number. */
    public Map<UUID, Map<Integer, VersionRow>> versions(List<UUID> boundaries) {
        Map<UUID, Map<Integer, VersionRow>> byBoundary = new java.util.HashMap<>();
        if (boundaries.isEmpty()) {
            return byBoundary;
        }
        jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM boundary_version WHERE boundary_id IN ("
                        + String.join(", ", java.util.Collections.nCopies(boundaries.size(), "?")) + ")")
                .params(boundaries.stream().map(id -> (Object) id.toString()).toList())
                .query((rs, n) -> {
                    VersionRow v = version(rs, n);
                    return byBoundary.computeIfAbsent(v.boundary(), k -> new java.util.HashMap<>()).put(v.number(), v);
                })
                .list();
        return byBoundary;
    }

    public Optional<VersionRow> version(UUID boundary, int number) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM boundary_version WHERE boundary_id = ? AND number = ?")
                .params(boundary.toString(), number).query(BoundaryRepository::version).optional();
    }

    /** Appends an event after the boundary's last one. */
    public void insertEvent(EventRow e) {
        jdbc.sql("INSERT INTO boundary_event (id, boundary_id, couple_id, kind, actor_id, about_id, number, note, position, created_at) "
                        + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(MAX(position), 0) + 1, ? FROM boundary_event WHERE boundary_id = ?")
                .params(e.id().toString(), e.boundary().toString(), e.couple().value().toString(), e.kind().name(),
                        e.actor().value().toString(), id(e.about()), e.number(), e.note(), e.createdAt(), e.boundary().toString())
                .update();
    }

    public List<EventRow> events(UUID boundary) {
        return jdbc.sql("SELECT id, boundary_id, couple_id, kind, actor_id, about_id, number, note, created_at FROM boundary_event "
                        + "WHERE boundary_id = ? ORDER BY position, created_at, id")
                .param(boundary.toString()).query(BoundaryRepository::event).list();
    }

    public void markSeen(UUID boundary, PersonId person, long now) {
        int updated = jdbc.sql("UPDATE boundary_seen SET seen_at = ? WHERE boundary_id = ? AND person_id = ? AND seen_at < ?")
                .params(now, boundary.toString(), person.value().toString(), now).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO boundary_seen (boundary_id, person_id, seen_at) VALUES (?, ?, ?) "
                            + "ON CONFLICT (boundary_id, person_id) DO NOTHING")
                    .params(boundary.toString(), person.value().toString(), now).update();
        }
    }

    /** The newest event by someone other than {@code person} on each boundary of a couple that they have not seen. */
    public List<EventRow> unseenBy(CoupleId couple, PersonId person) {
        return jdbc.sql("""
                SELECT e.id, e.boundary_id, e.couple_id, e.kind, e.actor_id, e.about_id, e.number, NULL AS note, e.created_at
                FROM boundary_event e
                WHERE e.couple_id = ? AND e.actor_id <> ?
                  AND e.created_at > COALESCE((SELECT s.seen_at FROM boundary_seen s
                                               WHERE s.boundary_id = e.boundary_id AND s.person_id = ?), -1)
                ORDER BY e.boundary_id, e.position""")
                .params(couple.value().toString(), person.value().toString(), person.value().toString())
                .query(BoundaryRepository::event).list();
    }

    /**
     * When boundaries of a couple were said to be crossed, between two instants, and whether the
     * person who said so was the one who crossed it: times and ids only, nothing written.
     */
    public List<Boundaries.Crossing> crossedBetween(CoupleId couple, long from, long to) {
        return jdbc.sql("SELECT created_at, actor_id, about_id FROM boundary_event WHERE couple_id = ? AND kind = 'CROSSED' "
                        + "AND created_at >= ? AND created_at < ? ORDER BY created_at")
                .params(couple.value().toString(), from, to)
                .query((rs, n) -> new Boundaries.Crossing(java.time.Instant.ofEpochMilli(rs.getLong("created_at")),
                        rs.getString("actor_id").equals(rs.getString("about_id"))))
                .list();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        String review = rs.getString("review_on");
        BoundaryAgreement a = new BoundaryAgreement(rs.getInt("agreed"), rs.getInt("pending"), person(rs.getString("pending_author")),
                person(rs.getString("talk_by")), person(rs.getString("revisit_by")), rs.getInt("withdrawn") != 0);
        return new Row(UUID.fromString(rs.getString("id")), CoupleId.of(rs.getString("couple_id")),
                PersonId.of(rs.getString("proposer_id")), PersonId.of(rs.getString("partner_id")),
                BoundaryCategory.valueOf(rs.getString("category")), a, review == null ? null : LocalDate.parse(review),
                rs.getLong("created_at"), rs.getLong("updated_at"), rs.getLong("version"));
    }

    private static VersionRow version(ResultSet rs, int n) throws SQLException {
        long agreed = rs.getLong("agreed_at");
        Long agreedAt = rs.wasNull() ? null : agreed;
        return new VersionRow(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("boundary_id")), rs.getInt("number"),
                PersonId.of(rs.getString("author_id")), BoundaryCategory.valueOf(rs.getString("category")), rs.getBytes("what"),
                rs.getBytes("why"), LocalDate.parse(rs.getString("review_on")), rs.getLong("created_at"), agreedAt);
    }

    private static EventRow event(ResultSet rs, int n) throws SQLException {
        int number = rs.getInt("number");
        Integer num = rs.wasNull() ? null : number;
        return new EventRow(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("boundary_id")),
                CoupleId.of(rs.getString("couple_id")), BoundaryEventKind.valueOf(rs.getString("kind")),
                PersonId.of(rs.getString("actor_id")), person(rs.getString("about_id")), num, rs.getBytes("note"),
                rs.getLong("created_at"));
    }

    private static PersonId person(String s) {
        return s == null ? null : PersonId.of(s);
    }

    private static String id(PersonId p) {
        return p == null ? null : p.value().toString();
    }

    private static String day(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
