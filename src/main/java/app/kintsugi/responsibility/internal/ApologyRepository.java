package app.kintsugi.responsibility.internal;

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
import app.kintsugi.responsibility.Answer;
import app.kintsugi.responsibility.ApologyStatus;

@Repository
@RequiredArgsConstructor
public class ApologyRepository {

    private static final String COLUMNS = "id, author_id, couple_id, status, content, created_at, updated_at, sent_at, version";

    private final JdbcClient jdbc;

    public record Row(UUID id, PersonId author, CoupleId couple, ApologyStatus status, byte[] content, long createdAt,
            long updatedAt, Long sentAt, long version) {
    }

    public record AnswerRow(PersonId answerer, Answer answer, byte[] note, Visibility noteVisibility, long answeredAt) {
    }

    public void insert(Row r) {
        jdbc.sql("INSERT INTO apology (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id().toString(), r.author().value().toString(), null, r.status().name(), r.content(),
                        r.createdAt(), r.updatedAt(), null, r.version())
                .update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM apology WHERE id = ?").param(id.toString())
                .query(ApologyRepository::map).optional();
    }

    public List<Row> byAuthor(PersonId author) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM apology WHERE author_id = ? ORDER BY created_at DESC, id")
                .param(author.value().toString()).query(ApologyRepository::map).list();
    }

    /** Apologies this person answered, newest first. */
    public List<Row> answeredBy(PersonId answerer) {
        return jdbc.sql("SELECT " + COLUMNS.replaceAll("(^|, )", "$1a.") + " FROM apology a JOIN apology_answer x ON x.apology_id = a.id "
                        + "WHERE x.answerer_id = ? ORDER BY a.sent_at DESC, a.id")
                .param(answerer.value().toString()).query(ApologyRepository::map).list();
    }

    public List<Row> sentInCouple(CoupleId couple, PersonId author) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM apology WHERE couple_id = ? AND status = ? AND author_id = ? "
                        + "ORDER BY sent_at DESC, id")
                .params(couple.value().toString(), ApologyStatus.SENT.name(), author.value().toString())
                .query(ApologyRepository::map).list();
    }

    /** Only a draft changes; false when it was sent or edited elsewhere meanwhile. */
    public boolean updateDraft(UUID id, PersonId author, long expectedVersion, byte[] content, long now) {
        return jdbc.sql("""
                UPDATE apology SET content = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND author_id = ? AND version = ? AND status = 'DRAFT'""")
                .params(content, now, id.toString(), author.value().toString(), expectedVersion).update() == 1;
    }

    public boolean send(UUID id, CoupleId couple, long expectedVersion, long now) {
        return jdbc.sql("""
                UPDATE apology SET status = 'SENT', couple_id = ?, sent_at = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND status = 'DRAFT' AND version = ?""")
                .params(couple.value().toString(), now, now, id.toString(), expectedVersion).update() == 1;
    }

    /** The partner opened it; the dashboard stops mentioning it. Only the first opening counts. */
    public void markSeen(UUID id, long now) {
        jdbc.sql("UPDATE apology SET seen_at = ? WHERE id = ? AND seen_at IS NULL").params(now, id.toString()).update();
    }

    /** Ids of apologies the author sent in a couple that the partner has not opened yet, oldest first. */
    public List<UUID> unseenFrom(CoupleId couple, PersonId author) {
        return jdbc.sql("SELECT id FROM apology WHERE couple_id = ? AND status = 'SENT' AND author_id = ? AND seen_at IS NULL "
                        + "ORDER BY sent_at, id")
                .params(couple.value().toString(), author.value().toString())
                .query((rs, n) -> UUID.fromString(rs.getString(1))).list();
    }

    /** The author opened the answer; Today stops mentioning it until the answer changes. */
    public void markAnswerSeen(UUID apology, long now) {
        jdbc.sql("UPDATE apology_answer SET author_seen_at = ? WHERE apology_id = ? AND author_seen_at IS NULL")
                .params(now, apology.toString()).update();
    }

    /** Where one of the author's sent apologies stands for Today: not answered, or answered and not yet looked at. */
    public record SentState(UUID id, boolean answered) {
    }

    /** The author's sent apologies in a couple that are unanswered, or answered since the author last looked. */
    public List<SentState> sentStates(CoupleId couple, PersonId author) {
        return jdbc.sql("SELECT a.id, x.apology_id FROM apology a LEFT JOIN apology_answer x ON x.apology_id = a.id "
                        + "WHERE a.couple_id = ? AND a.author_id = ? AND a.status = 'SENT' "
                        + "AND (x.apology_id IS NULL OR x.author_seen_at IS NULL) ORDER BY a.sent_at, a.id")
                .params(couple.value().toString(), author.value().toString())
                .query((rs, n) -> new SentState(UUID.fromString(rs.getString(1)), rs.getString(2) != null)).list();
    }

    public boolean deleteDraft(UUID id) {
        return jdbc.sql("DELETE FROM apology WHERE id = ? AND status = 'DRAFT'").param(id.toString()).update() == 1;
    }

    public Optional<AnswerRow> answer(UUID apology) {
        return jdbc.sql("SELECT answerer_id, answer, note, note_visibility, answered_at FROM apology_answer WHERE apology_id = ?")
                .param(apology.toString())
                .query((rs, n) -> new AnswerRow(PersonId.of(rs.getString(1)), Answer.valueOf(rs.getString(2)), rs.getBytes(3),
                        Visibility.valueOf(rs.getString(4)), rs.getLong(5)))
                .optional();
    }

    /** The answers to several apologies in one query, by apology. */
    public java.util.Map<UUID, AnswerRow> answers(List<UUID> apologies) {
        java.util.Map<UUID, AnswerRow> byApology = new java.util.HashMap<>();
        if (apologies.isEmpty()) {
            return byApology;
        }
        jdbc.sql("SELECT apology_id, answerer_id, answer, note, note_visibility, answered_at FROM apology_answer WHERE apology_id IN ("
                        + String.join(", ", java.util.Collections.nCopies(apologies.size(), "?")) + ")")
                .params(apologies.stream().map(id -> (Object) id.toString()).toList())
                .query((rs, n) -> byApology.put(UUID.fromString(rs.getString(1)), new AnswerRow(PersonId.of(rs.getString(2)),
                        Answer.valueOf(rs.getString(3)), rs.getBytes(4), Visibility.valueOf(rs.getString(5)), rs.getLong(6))))
                .list();
        return byApology;
    }

    public void saveAnswer(UUID apology, PersonId answerer, Answer answer, byte[] note, Visibility noteVisibility, long now) {
        jdbc.sql("""
                INSERT INTO apology_answer (apology_id, answerer_id, answer, note, note_visibility, answered_at, version)
                VALUES (?, ?, ?, ?, ?, ?, 0)
                ON CONFLICT (apology_id) DO UPDATE SET answer = excluded.answer, note = excluded.note,
                    note_visibility = excluded.note_visibility, answered_at = excluded.answered_at,
                    author_seen_at = NULL, version = apology_answer.version + 1""")
                .params(apology.toString(), answerer.value().toString(), answer.name(), note, noteVisibility.name(), now)
                .update();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        String couple = rs.getString("couple_id");
        long sent = rs.getLong("sent_at");
        Long sentAt = rs.wasNull() ? null : sent;
        return new Row(UUID.fromString(rs.getString("id")), PersonId.of(rs.getString("author_id")),
                couple == null ? null : CoupleId.of(couple), ApologyStatus.valueOf(rs.getString("status")),
                rs.getBytes("content"), rs.getLong("created_at"), rs.getLong("updated_at"), sentAt, rs.getLong("version"));
    }
}
