package app.kintsugi.couple.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.couple.Role;

@Repository
@RequiredArgsConstructor
public class CoupleRepository {

    private final JdbcClient jdbc;

    public record MemberRow(PersonId person, Role role) {
    }

    public record InvitationRow(UUID id, CoupleId couple, PersonId createdBy, long expiresAt) {
    }

    public Optional<CoupleId> activeCoupleOf(PersonId person) {
        return jdbc.sql("SELECT couple_id FROM couple_member WHERE person_id = ? AND left_at IS NULL")
                .param(person.value().toString())
                .query((rs, n) -> CoupleId.of(rs.getString(1)))
                .optional();
    }

    /** When the person's current partner joined their active space, if there is one. */
    public java.util.Optional<Long> partnerJoinedAt(PersonId person) {
        return jdbc.sql("""
                SELECT p.joined_at FROM couple_member m JOIN couple_member p ON p.couple_id = m.couple_id
                WHERE m.person_id = ? AND m.left_at IS NULL AND p.person_id <> m.person_id AND p.left_at IS NULL""")
                .param(person.value().toString()).query(Long.class).optional();
    }

    public List<MemberRow> activeMembers(CoupleId couple) {
        return jdbc.sql("""
                SELECT person_id, role FROM couple_member
                WHERE couple_id = ? AND left_at IS NULL ORDER BY joined_at, person_id""")
                .param(couple.value().toString())
                .query((rs, n) -> new MemberRow(PersonId.of(rs.getString(1)),
                        rs.getString(2) == null ? null : Role.valueOf(rs.getString(2))))
                .list();
    }

    public int countActiveMembers(CoupleId couple, PersonId a, PersonId b) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM couple_member
                WHERE couple_id = ? AND left_at IS NULL AND person_id IN (?, ?)""")
                .params(couple.value().toString(), a.value().toString(), b.value().toString())
                .query(Integer.class).single();
    }

    /**
     * Takes the space's row lock for the rest of the transaction (PostgreSQL); false when the space
     * has ended. Joining, leaving and closing the same space are thereby applied one after another.
     */
    public boolean lockActiveSpace(CoupleId couple) {
        return jdbc.sql("UPDATE couple_space SET version = version + 1 WHERE id = ? AND ended_at IS NULL")
                .param(couple.value().toString()).update() == 1;
    }

    public long createdAt(CoupleId couple) {
        return jdbc.sql("SELECT created_at FROM couple_space WHERE id = ?").param(couple.value().toString())
                .query(Long.class).single();
    }

    public void insertSpace(CoupleId id, PersonId createdBy, long now) {
        jdbc.sql("INSERT INTO couple_space (id, created_by, created_at, version) VALUES (?, ?, ?, 0)")
                .params(id.value().toString(), createdBy.value().toString(), now).update();
    }

    public void insertMember(CoupleId couple, PersonId person, Role role, long now) {
        jdbc.sql("INSERT INTO couple_member (couple_id, person_id, role, joined_at) VALUES (?, ?, ?, ?)")
                .params(couple.value().toString(), person.value().toString(), role == null ? null : role.name(), now)
                .update();
    }

    public void setRole(CoupleId couple, PersonId person, Role role) {
        jdbc.sql("UPDATE couple_member SET role = ? WHERE couple_id = ? AND person_id = ? AND left_at IS NULL")
                .params(role.name(), couple.value().toString(), person.value().toString()).update();
    }

    /** Ends the space and every membership in it; false if it had already ended. */
    public boolean endSpace(CoupleId couple, long now, PersonId by, String reason) {
        int ended = jdbc.sql("UPDATE couple_space SET ended_at = ?, ended_by = ?, end_reason = ?, version = version + 1 "
                        + "WHERE id = ? AND ended_at IS NULL")
                .params(now, by.value().toString(), reason, couple.value().toString()).update();
        jdbc.sql("UPDATE couple_member SET left_at = ? WHERE couple_id = ? AND left_at IS NULL")
                .params(now, couple.value().toString()).update();
        revokeOpenInvitations(couple, now);
        return ended == 1;
    }

    public void insertInvitation(UUID id, CoupleId couple, String codeHash, PersonId createdBy, long now, long expiresAt) {
        jdbc.sql("""
                INSERT INTO couple_invitation (id, couple_id, code_hash, created_by, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id.toString(), couple.value().toString(), codeHash, createdBy.value().toString(), now, expiresAt)
                .update();
    }

    public int revokeOpenInvitations(CoupleId couple, long now) {
        return jdbc.sql("""
                UPDATE couple_invitation SET revoked_at = ?
                WHERE couple_id = ? AND used_at IS NULL AND revoked_at IS NULL""")
                .params(now, couple.value().toString()).update();
    }

    public Optional<Long> openInvitationExpiry(CoupleId couple, long now) {
        return jdbc.sql("""
                SELECT MAX(expires_at) FROM couple_invitation
                WHERE couple_id = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?""")
                .params(couple.value().toString(), now)
                .query((rs, n) -> {
                    long v = rs.getLong(1);
                    return rs.wasNull() ? null : v;
                })
                .optional();
    }

    /** An invitation that can still be used at {@code now}. */
    public Optional<InvitationRow> usableInvitation(String codeHash, long now) {
        return jdbc.sql("""
                SELECT i.id, i.couple_id, i.created_by, i.expires_at FROM couple_invitation i
                JOIN couple_space s ON s.id = i.couple_id
                WHERE i.code_hash = ? AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ?
                  AND s.ended_at IS NULL""")
                .params(codeHash, now)
                .query((rs, n) -> new InvitationRow(UUID.fromString(rs.getString(1)), CoupleId.of(rs.getString(2)),
                        PersonId.of(rs.getString(3)), rs.getLong(4)))
                .optional();
    }

    /** Marks the invitation used; false when someone else used it first. */
    public boolean claimInvitation(UUID id, PersonId by, long now) {
        return jdbc.sql("""
                UPDATE couple_invitation SET used_at = ?, used_by = ?
                WHERE id = ? AND used_at IS NULL AND revoked_at IS NULL""")
                .params(now, by.value().toString(), id.toString()).update() == 1;
    }

    /** The space the person was last in that has ended: when, by whom and why; empty if none. */
    public Optional<EndedRow> lastEnded(PersonId person) {
        return jdbc.sql("""
                SELECT s.ended_at, s.ended_by, s.end_reason FROM couple_member m JOIN couple_space s ON s.id = m.couple_id
                WHERE m.person_id = ? AND s.ended_at IS NOT NULL ORDER BY s.ended_at DESC LIMIT 1""")
                .param(person.value().toString())
                .query((rs, n) -> new EndedRow(rs.getLong("ended_at"), rs.getString("ended_by"), rs.getString("end_reason")))
                .optional();
    }

    public record EndedRow(long endedAt, String endedBy, String reason) {
    }
}
