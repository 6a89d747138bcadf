package app.kintsugi.movingon.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.privacy.Visibility;

/** Reflections on why: ids, visibility and times in the clear, every text sealed. */
@Repository
@RequiredArgsConstructor
public class WhyRepository {

    private static final String COLUMNS = "id, author_id, relationship, in_me, outside, summary, visibility, couple_id, shared_at, "
            + "seen_at, created_at, updated_at, version";

    private final JdbcClient jdbc;

    public record Row(UUID id, PersonId author, byte[] relationship, byte[] inMe, byte[] outside, byte[] summary, Visibility visibility,
            CoupleId couple, Long sharedAt, Long seenAt, long createdAt, long updatedAt, long version) {
    }

    public void insert(Row r) {
        jdbc.sql("INSERT INTO why_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, NULL, 'PRIVATE', NULL, NULL, NULL, ?, ?, 0)")
                .params(r.id().toString(), r.author().value().toString(), r.relationship(), r.inMe(), r.outside(), r.createdAt(),
                        r.updatedAt())
                .update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM why_entry WHERE id = ?").param(id.toString()).query(WhyRepository::map).optional();
    }

    public List<Row> byAuthor(PersonId author) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM why_entry WHERE author_id = ? ORDER BY updated_at DESC, id")
                .param(author.value().toString()).query(WhyRepository::map).list();
    }

    public List<Row> sharedInCouple(CoupleId couple, PersonId author) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM why_entry WHERE couple_id = ? AND author_id = ? AND visibility = 'PARTNER' "
                + "AND summary IS NOT NULL ORDER BY shared_at DESC, id")
                .params(couple.value().toString(), author.value().toString()).query(WhyRepository::map).list();
    }

    public boolean updateContent(UUID id, long expectedVersion, byte[] relationship, byte[] inMe, byte[] outside, long now) {
        return jdbc.sql("""
                UPDATE why_entry SET relationship = ?, in_me = ?, outside = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(relationship, inMe, outside, now, id.toString(), expectedVersion).update() == 1;
    }

    /**
     * A new or changed summary, with the visibility it has from now on (an emptied summary is no
     * longer shared). A changed shared summary is news to the partner again.
     */
    public boolean updateSummary(UUID id, long expectedVersion, byte[] summary, Visibility visibility, CoupleId couple, long now) {
        return jdbc.sql("""
                UPDATE why_entry SET summary = ?, visibility = ?, couple_id = ?, updated_at = ?, version = version + 1, seen_at = NULL
                WHERE id = ? AND version = ?""")
                .params(summary, visibility.name(), couple == null ? null : couple.value().toString(), now, id.toString(),
                        expectedVersion).update() == 1;
    }

    public void share(UUID id, CoupleId couple, long now) {
        jdbc.sql("UPDATE why_entry SET visibility = 'PARTNER', couple_id = ?, shared_at = ?, seen_at = NULL, version = version + 1 "
                + "WHERE id = ?").params(couple.value().toString(), now, id.toString()).update();
    }

    public void unshare(UUID id) {
        jdbc.sql("UPDATE why_entry SET visibility = 'PRIVATE', couple_id = NULL, shared_at = NULL, seen_at = NULL, version = version + 1 "
                + "WHERE id = ?").param(id.toString()).update();
    }

    public void seen(UUID id, long now) {
        jdbc.sql("UPDATE why_entry SET seen_at = ? WHERE id = ? AND seen_at IS NULL").params(now, id.toString()).update();
    }

    /** Summaries shared in this space by this author that have not been opened yet. */
    public List<UUID> unseen(CoupleId couple, PersonId author) {
        return jdbc.sql("SELECT id FROM why_entry WHERE couple_id = ? AND author_id = ? AND visibility = 'PARTNER' "
                + "AND summary IS NOT NULL AND seen_at IS NULL ORDER BY shared_at, id")
                .params(couple.value().toString(), author.value().toString())
                .query((rs, n) -> UUID.fromString(rs.getString(1))).list();
    }

    public void delete(UUID id) {
        jdbc.sql("DELETE FROM why_entry WHERE id = ?").param(id.toString()).update();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        String couple = rs.getString("couple_id");
        long shared = rs.getLong("shared_at");
        Long sharedAt = rs.wasNull() ? null : shared;
        long seen = rs.getLong("seen_at");
        Long seenAt = rs.wasNull() ? null : seen;
        return new Row(UUID.fromString(rs.getString("id")), PersonId.of(rs.getString("author_id")), rs.getBytes("relationship"),
                rs.getBytes("in_me"), rs.getBytes("outside"), rs.getBytes("summary"), Visibility.valueOf(rs.getString("visibility")),
                couple == null ? null : CoupleId.of(couple), sharedAt, seenAt, rs.getLong("created_at"), rs.getLong("updated_at"),
                rs.getLong("version"));
    }
}
