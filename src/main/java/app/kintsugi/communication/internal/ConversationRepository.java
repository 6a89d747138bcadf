package app.kintsugi.communication.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.communication.ConversationStatus;
import app.kintsugi.couple.CoupleId;

@Repository
@RequiredArgsConstructor
public class ConversationRepository {

    private static final String COLUMNS =
            "id, couple_id, proposer_id, partner_id, awaiting_id, topic, place, starts_at, minutes, status, created_at, updated_at, version";

    private final JdbcClient jdbc;

    public record Row(UUID id, CoupleId couple, PersonId proposer, PersonId partner, PersonId awaiting, byte[] topic, byte[] place, long startsAt,
            int minutes, ConversationStatus status, long createdAt, long updatedAt, long version) {
    }

    public record RuleRow(UUID id, CoupleId couple, PersonId author, byte[] content, long createdAt) {
    }

    public void insert(Row r) {
        jdbc.sql("INSERT INTO conversation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id().toString(), r.couple().value().toString(), r.proposer().value().toString(), r.partner().value().toString(),
                        r.awaiting() == null ? null : r.awaiting().value().toString(), r.topic(), r.place(), r.startsAt(),
                        r.minutes(), r.status().name(), r.createdAt(), r.updatedAt(), r.version())
                .update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM conversation WHERE id = ?").param(id.toString())
                .query(ConversationRepository::map).optional();
    }

    public List<Row> inCouple(CoupleId couple) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM conversation WHERE couple_id = ? ORDER BY starts_at DESC, id")
                .param(couple.value().toString()).query(ConversationRepository::map).list();
    }

    /** Conversations this person planned or was invited to, in any space, newest first. */
    public List<Row> involving(PersonId person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM conversation WHERE proposer_id = ? OR partner_id = ? ORDER BY starts_at DESC, id")
                .params(person.value().toString(), person.value().toString()).query(ConversationRepository::map).list();
    }

    public boolean anyLive(CoupleId couple) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation WHERE couple_id = ? AND status = 'LIVE'")
                .param(couple.value().toString()).query(Long.class).single() > 0;
    }

    /** Changes status, awaiting, time and length if nobody changed the conversation meanwhile. */
    public boolean update(UUID id, long expectedVersion, ConversationStatus status, PersonId awaiting, long startsAt, int minutes, long now) {
        return jdbc.sql("""
                UPDATE conversation SET status = ?, awaiting_id = ?, starts_at = ?, minutes = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(status.name(), awaiting == null ? null : awaiting.value().toString(), startsAt, minutes, now,
                        id.toString(), expectedVersion)
                .update() == 1;
    }

    public boolean setStatus(UUID id, ConversationStatus from, ConversationStatus to, long now) {
        return jdbc.sql("UPDATE conversation SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND status = ?")
                .params(to.name(), now, id.toString(), from.name()).update() == 1;
    }

    public Set<PersonId> agreed(UUID conversation) {
        return jdbc.sql("SELECT person_id FROM conversation_agreement WHERE conversation_id = ?").param(conversation.toString())
                .query((rs, n) -> PersonId.of(rs.getString(1))).list().stream().collect(Collectors.toSet());
    }

    /** Who agreed to each of a couple's conversations, in one query. */
    public java.util.Map<UUID, Set<PersonId>> agreedInCouple(CoupleId couple) {
        java.util.Map<UUID, Set<PersonId>> byConversation = new java.util.HashMap<>();
        jdbc.sql("SELECT a.conversation_id, a.person_id FROM conversation_agreement a JOIN conversation c ON c.id = a.conversation_id "
                        + "WHERE c.couple_id = ?")
                .param(couple.value().toString())
                .query((rs, n) -> byConversation.computeIfAbsent(UUID.fromString(rs.getString(1)), k -> new java.util.HashSet<>())
                        .add(PersonId.of(rs.getString(2))))
                .list();
        return byConversation;
    }

    public void agree(UUID conversation, PersonId person, long now) {
        jdbc.sql("""
                INSERT INTO conversation_agreement (conversation_id, person_id, agreed_at) VALUES (?, ?, ?)
                ON CONFLICT (conversation_id, person_id) DO NOTHING""")
                .params(conversation.toString(), person.value().toString(), now).update();
    }

    /** The rules changed: agreements to conversations that have not started yet no longer hold. */
    public int clearOpenAgreements(CoupleId couple) {
        return jdbc.sql("""
                DELETE FROM conversation_agreement WHERE conversation_id IN
                    (SELECT id FROM conversation WHERE couple_id = ? AND status IN ('PROPOSED', 'ACCEPTED'))""")
                .param(couple.value().toString()).update();
    }

    public void clearAgreements(UUID conversation) {
        jdbc.sql("DELETE FROM conversation_agreement WHERE conversation_id = ?").param(conversation.toString()).update();
    }

    public void insertRule(RuleRow r) {
        jdbc.sql("INSERT INTO ground_rule (id, couple_id, author_id, content, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(r.id().toString(), r.couple().value().toString(), r.author().value().toString(), r.content(), r.createdAt())
                .update();
    }

    /** The rules a person added, in any space, oldest first. */
    public List<RuleRow> rulesBy(PersonId author) {
        return jdbc.sql("SELECT id, couple_id, author_id, content, created_at FROM ground_rule WHERE author_id = ? ORDER BY created_at, id")
                .param(author.value().toString())
                .query((rs, n) -> new RuleRow(UUID.fromString(rs.getString(1)), CoupleId.of(rs.getString(2)),
                        PersonId.of(rs.getString(3)), rs.getBytes(4), rs.getLong(5)))
                .list();
    }

    public List<RuleRow> rules(CoupleId couple) {
        return jdbc.sql("SELECT id, couple_id, author_id, content, created_at FROM ground_rule WHERE couple_id = ? ORDER BY created_at, id")
                .param(couple.value().toString())
                .query((rs, n) -> new RuleRow(UUID.fromString(rs.getString(1)), CoupleId.of(rs.getString(2)),
                        PersonId.of(rs.getString(3)), rs.getBytes(4), rs.getLong(5)))
                .list();
    }

    public Optional<RuleRow> rule(UUID id) {
        return jdbc.sql("SELECT id, couple_id, author_id, content, created_at FROM ground_rule WHERE id = ?")
                .param(id.toString())
                .query((rs, n) -> new RuleRow(UUID.fromString(rs.getString(1)), CoupleId.of(rs.getString(2)),
                        PersonId.of(rs.getString(3)), rs.getBytes(4), rs.getLong(5)))
                .optional();
    }

    public boolean deleteRule(UUID id) {
        return jdbc.sql("DELETE FROM ground_rule WHERE id = ?").param(id.toString()).update() == 1;
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        String awaiting = rs.getString("awaiting_id");
        return new Row(UUID.fromString(rs.getString("id")), CoupleId.of(rs.getString("couple_id")),
                PersonId.of(rs.getString("proposer_id")), PersonId.of(rs.getString("partner_id")), awaiting == null ? null : PersonId.of(awaiting),
                rs.getBytes("topic"), rs.getBytes("place"), rs.getLong("starts_at"), rs.getInt("minutes"),
                ConversationStatus.valueOf(rs.getString("status")), rs.getLong("created_at"), rs.getLong("updated_at"),
                rs.getLong("version"));
    }
}
