package app.kintsugi.counselor.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.counselor.CounselorStatus;

/** Counselors, the couples' links to them, consents, what each person shows, and counselors' notes. */
@Repository
@RequiredArgsConstructor
public class CounselorRepository {

    private final JdbcClient jdbc;

    public record CounselorRow(PersonId id, CounselorStatus status, String code, byte[] practice, long requestedAt, long version) {
    }

    /** @param startedAlone invited by a person alone in their space: it stands on their consent (decision 42) */
    public record LinkRow(UUID id, CoupleId couple, PersonId counselor, PersonId invitedBy, long createdAt, Long endedAt,
            long version, boolean startedAlone) {

        public boolean open() {
            return endedAt == null;
        }
    }

    public record ShareRow(String kind, UUID entry, PersonId owner, long sharedAt) {
    }

    public record NoteRow(UUID id, byte[] content, long createdAt) {
    }

    // --- Counselors -----------------------------------------------------------------------------

    public void insertCounselor(PersonId id, CounselorStatus status, String code, byte[] practice, long now, PersonId decidedBy) {
        jdbc.sql("""
                INSERT INTO counselor (person_id, status, code, practice, requested_at, decided_at, decided_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id.value().toString(), status.name(), code, practice, now,
                        decidedBy == null ? null : now, decidedBy == null ? null : decidedBy.value().toString())
                .update();
    }

    public Optional<CounselorRow> counselor(PersonId id) {
        return jdbc.sql("SELECT person_id, status, code, practice, requested_at, version FROM counselor WHERE person_id = ?")
                .param(id.value().toString()).query(CounselorRepository::counselorRow).optional();
    }

    public Optional<CounselorRow> counselorByCode(String code) {
        return jdbc.sql("SELECT person_id, status, code, practice, requested_at, version FROM counselor WHERE code = ?")
                .param(code).query(CounselorRepository::counselorRow).optional();
    }

    public List<CounselorRow> counselors() {
        return jdbc.sql("SELECT person_id, status, code, practice, requested_at, version FROM counselor ORDER BY requested_at, person_id")
                .query(CounselorRepository::counselorRow).list();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM counselor WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    /** Compare-and-set on the version: false when someone decided meanwhile. */
    public boolean decide(PersonId id, CounselorStatus status, PersonId by, long now, long expectedVersion) {
        return jdbc.sql("""
                UPDATE counselor SET status = ?, decided_at = ?, decided_by = ?, version = version + 1
                WHERE person_id = ? AND version = ?""")
                .params(status.name(), now, by.value().toString(), id.value().toString(), expectedVersion)
                .update() == 1;
    }

    private static CounselorRow counselorRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CounselorRow(PersonId.of(rs.getString(1)), CounselorStatus.valueOf(rs.getString(2)), rs.getString(3),
                rs.getBytes(4), rs.getLong(5), rs.getLong(6));
    }

    // --- Links and consents ---------------------------------------------------------------------

    public void insertLink(UUID id, CoupleId couple, PersonId counselor, PersonId invitedBy, long now, boolean startedAlone) {
        jdbc.sql("""
                INSERT INTO counselor_link (id, couple_id, counselor_id, invited_by, created_at, version, started_alone)
                VALUES (?, ?, ?, ?, ?, 0, ?)""")
                .params(id.toString(), couple.value().toString(), counselor.value().toString(),
                        invitedBy.value().toString(), now, startedAlone)
                .update();
    }

    public Optional<LinkRow> link(UUID id) {
        return jdbc.sql("SELECT " + LINK_COLUMNS + " FROM counselor_link WHERE id = ?").param(id.toString())
                .query(CounselorRepository::linkRow).optional();
    }

    public Optional<LinkRow> openLinkOf(CoupleId couple) {
        return jdbc.sql("SELECT " + LINK_COLUMNS + " FROM counselor_link WHERE couple_id = ? AND ended_at IS NULL")
                .param(couple.value().toString()).query(CounselorRepository::linkRow).optional();
    }

    public List<LinkRow> openLinksOf(PersonId counselor) {
        return jdbc.sql("SELECT " + LINK_COLUMNS + " FROM counselor_link WHERE counselor_id = ? AND ended_at IS NULL "
                        + "ORDER BY created_at, id")
                .param(counselor.value().toString()).query(CounselorRepository::linkRow).list();
    }

    /** Ends an open link; false when it had already ended. */
    public boolean endLink(UUID id, PersonId by, long now) {
        return jdbc.sql("""
                UPDATE counselor_link SET ended_at = ?, ended_by = ?, version = version + 1
                WHERE id = ? AND ended_at IS NULL""")
                .params(now, by.value().toString(), id.toString()).update() == 1;
    }

    /** False when this person had already agreed (two clicks at once store one agreement). */
    public boolean insertConsent(UUID link, PersonId person, long now) {
        return jdbc.sql("INSERT INTO counselor_consent (link_id, person_id, consented_at) VALUES (?, ?, ?) ON CONFLICT (link_id, person_id) DO NOTHING")
                .params(link.toString(), person.value().toString(), now).update() == 1;
    }

    public List<PersonId> consents(UUID link) {
        return jdbc.sql("SELECT person_id FROM counselor_consent WHERE link_id = ? ORDER BY consented_at, person_id")
                .param(link.toString()).query((rs, n) -> PersonId.of(rs.getString(1))).list();
    }

    private static final String LINK_COLUMNS = "id, couple_id, counselor_id, invited_by, created_at, ended_at, version, started_alone";

    private static LinkRow linkRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long ended = rs.getLong(6);
        Long endedAt = rs.wasNull() ? null : ended;
        return new LinkRow(UUID.fromString(rs.getString(1)), CoupleId.of(rs.getString(2)), PersonId.of(rs.getString(3)),
                PersonId.of(rs.getString(4)), rs.getLong(5), endedAt, rs.getLong(7), rs.getBoolean(8));
    }

    // --- What each person shows -----------------------------------------------------------------

    /** False when it was already shown. */
    public boolean share(UUID link, String kind, UUID entry, PersonId owner, long now) {
        return jdbc.sql("""
                INSERT INTO counselor_share (link_id, entry_kind, entry_id, owner_id, shared_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (link_id, entry_kind, entry_id) DO NOTHING""")
                .params(link.toString(), kind, entry.toString(), owner.value().toString(), now).update() == 1;
    }

    /** False when it was not shown. */
    public boolean unshare(UUID link, String kind, UUID entry, PersonId owner) {
        return jdbc.sql("DELETE FROM counselor_share WHERE link_id = ? AND entry_kind = ? AND entry_id = ? AND owner_id = ?")
                .params(link.toString(), kind, entry.toString(), owner.value().toString()).update() == 1;
    }

    public boolean shared(UUID link, String kind, UUID entry) {
        return jdbc.sql("SELECT COUNT(*) FROM counselor_share WHERE link_id = ? AND entry_kind = ? AND entry_id = ?")
                .params(link.toString(), kind, entry.toString()).query(Long.class).single() > 0;
    }

    public List<ShareRow> sharesOf(UUID link, PersonId owner) {
        return jdbc.sql("""
                SELECT entry_kind, entry_id, owner_id, shared_at FROM counselor_share
                WHERE link_id = ? AND owner_id = ? ORDER BY shared_at, entry_kind, entry_id""")
                .params(link.toString(), owner.value().toString())
                .query((rs, n) -> new ShareRow(rs.getString(1), UUID.fromString(rs.getString(2)),
                        PersonId.of(rs.getString(3)), rs.getLong(4)))
                .list();
    }

    // --- The counselor's notes ------------------------------------------------------------------

    public void insertNote(UUID id, PersonId counselor, UUID link, byte[] content, long now) {
        jdbc.sql("INSERT INTO counselor_note (id, counselor_id, link_id, content, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id.toString(), counselor.value().toString(), link.toString(), content, now).update();
    }

    public List<NoteRow> notes(PersonId counselor, UUID link) {
        return jdbc.sql("""
                SELECT id, content, created_at FROM counselor_note
                WHERE link_id = ? AND counselor_id = ? ORDER BY created_at DESC, id""")
                .params(link.toString(), counselor.value().toString())
                .query((rs, n) -> new NoteRow(UUID.fromString(rs.getString(1)), rs.getBytes(2), rs.getLong(3)))
                .list();
    }

    public boolean deleteNote(PersonId counselor, UUID link, UUID note) {
        return jdbc.sql("DELETE FROM counselor_note WHERE id = ? AND link_id = ? AND counselor_id = ?")
                .params(note.toString(), link.toString(), counselor.value().toString()).update() == 1;
    }
}
