package app.kintsugi.counselor.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;

/** What counselors suggest between sessions, each addressee's answer, and when a counselor last opened a couple. */
@Repository
@RequiredArgsConstructor
public class SuggestionRepository {

    private final JdbcClient jdbc;

    public record SuggestionRow(UUID id, UUID link, PersonId counselor, String kind, String target, byte[] note, long createdAt) {
    }

    /** @param answer null while it waits, else "accepted" or "declined" */
    public record AddresseeRow(UUID suggestion, PersonId person, String answer, Long answeredAt, long version) {
    }

    public void insert(SuggestionRow row, List<PersonId> to) {
        jdbc.sql("""
                INSERT INTO counselor_suggestion (id, link_id, counselor_id, kind, target, note, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(row.id().toString(), row.link().toString(), row.counselor().value().toString(), row.kind(), row.target(),
                        row.note(), row.createdAt())
                .update();
        for (PersonId p : to) {
            jdbc.sql("INSERT INTO counselor_suggestion_to (suggestion_id, person_id, version) VALUES (?, ?, 0)")
                    .params(row.id().toString(), p.value().toString()).update();
        }
    }

    public List<SuggestionRow> ofLink(UUID link) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM counselor_suggestion WHERE link_id = ? ORDER BY created_at DESC, id")
                .param(link.toString()).query(SuggestionRepository::row).list();
    }

    public Optional<SuggestionRow> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM counselor_suggestion WHERE id = ?").param(id.toString())
                .query(SuggestionRepository::row).optional();
    }

    public List<AddresseeRow> addressees(UUID link) {
        return jdbc.sql("""
                SELECT t.suggestion_id, t.person_id, t.answer, t.answered_at, t.version
                FROM counselor_suggestion_to t JOIN counselor_suggestion s ON s.id = t.suggestion_id
                WHERE s.link_id = ? ORDER BY t.suggestion_id, t.person_id""")
                .param(link.toString()).query(SuggestionRepository::addressee).list();
    }

    /** Compare-and-set: false when the answer changed meanwhile (or the row is not this person's). */
    public boolean answer(UUID suggestion, PersonId person, String answer, long now, long expectedVersion) {
        return jdbc.sql("""
                UPDATE counselor_suggestion_to SET answer = ?, answered_at = ?, version = version + 1
                WHERE suggestion_id = ? AND person_id = ? AND version = ?""")
                .params(answer, now, suggestion.toString(), person.value().toString(), expectedVersion).update() == 1;
    }

    public boolean deleteSuggestion(UUID id, PersonId counselor) {
        return jdbc.sql("DELETE FROM counselor_suggestion WHERE id = ? AND counselor_id = ?")
                .params(id.toString(), counselor.value().toString()).update() == 1;
    }

    // --- Visits ---------------------------------------------------------------------------------

    public Optional<Long> lastVisit(UUID link, PersonId counselor) {
        return jdbc.sql("SELECT visited_at FROM counselor_visit WHERE link_id = ? AND counselor_id = ?")
                .params(link.toString(), counselor.value().toString()).query(Long.class).optional();
    }

    public void visit(UUID link, PersonId counselor, long now) {
        jdbc.sql("""
                INSERT INTO counselor_visit (link_id, counselor_id, visited_at) VALUES (?, ?, ?)
                ON CONFLICT (link_id, counselor_id) DO UPDATE SET visited_at = excluded.visited_at""")
                .params(link.toString(), counselor.value().toString(), now).update();
    }

    private static final String COLUMNS = "id, link_id, counselor_id, kind, target, note, created_at";

    private static SuggestionRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new SuggestionRow(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)), PersonId.of(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getBytes(6), rs.getLong(7));
    }

    private static AddresseeRow addressee(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long at = rs.getLong(4);
        Long answeredAt = rs.wasNull() ? null : at;
        return new AddresseeRow(UUID.fromString(rs.getString(1)), PersonId.of(rs.getString(2)), rs.getString(3), answeredAt,
                rs.getLong(5));
    }
}
