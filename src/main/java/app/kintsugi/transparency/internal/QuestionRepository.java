package app.kintsugi.transparency.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.transparency.DisclosurePart;
import app.kintsugi.transparency.Feedback;
import app.kintsugi.transparency.QuestionStatus;
import app.kintsugi.transparency.ResponseKind;

@Repository
@RequiredArgsConstructor
public class QuestionRepository {

    private static final String COLUMNS = "id, couple_id, asker_id, answerer_id, root_id, parent_id, content, status, answer_by, "
            + "feedback, asked_at, answered_at, updated_at, asker_seen_at, version, disclosure_id, disclosure_part";

    private final JdbcClient jdbc;

    public record Row(UUID id, CoupleId couple, PersonId asker, PersonId answerer, UUID root, UUID parent, byte[] content,
            QuestionStatus status, LocalDate answerBy, Feedback feedback, long askedAt, Long answeredAt, long updatedAt,
            long askerSeenAt, long version, UUID disclosure, DisclosurePart about) {

        /** The first question of the thread this one belongs to. */
        public UUID threadId() {
            return root == null ? id : root;
        }
    }

    public record ResponseRow(UUID id, UUID question, PersonId author, ResponseKind kind, byte[] content, LocalDate answerBy,
            int position, long createdAt) {
    }

    public void insert(Row r) {
        jdbc.sql("INSERT INTO question (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id().toString(), r.couple().value().toString(), r.asker().value().toString(),
                        r.answerer().value().toString(), text(r.root()), text(r.parent()), r.content(), r.status().name(),
                        day(r.answerBy()), r.feedback() == null ? null : r.feedback().name(), r.askedAt(), r.answeredAt(),
                        r.updatedAt(), r.askerSeenAt(), r.version(), text(r.disclosure()),
                        r.about() == null ? null : r.about().name())
                .update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM question WHERE id = ?").param(id.toString())
                .query(QuestionRepository::map).optional();
    }

    /** A thread: its first question, then its follow-ups in the order they were asked. */
    public List<Row> thread(UUID root) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM question WHERE id = ? OR root_id = ? ORDER BY asked_at, id")
                .params(root.toString(), root.toString()).query(QuestionRepository::map).list();
    }

    /** Every question of a couple, newest first. */
    public List<Row> inCouple(CoupleId couple) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM question WHERE couple_id = ? ORDER BY asked_at DESC, id")
                .param(couple.value().toString()).query(QuestionRepository::map).list();
    }

    /** The first questions of the threads a person asked or was asked, in any space, newest first. */
    public List<Row> threadsInvolving(PersonId person, int limit) {
        // Two lookups, each on its own index: with "asker_id = ? OR answerer_id = ?" SQLite chose the index on
        // root_id for its order and read every couple's first questions (a third of a second with 10,000 couples).
        return jdbc.sql("SELECT " + COLUMNS + " FROM question WHERE id IN (SELECT id FROM question WHERE asker_id = ? AND root_id IS NULL"
                + " UNION SELECT id FROM question WHERE answerer_id = ? AND root_id IS NULL) ORDER BY asked_at DESC, id LIMIT ?")
                .params(person.value().toString(), person.value().toString(), limit).query(QuestionRepository::map).list();
    }

    /** The threads (by their first question) in which this person wrote a response. */
    public java.util.Set<UUID> threadsRespondedBy(PersonId person) {
        return new java.util.HashSet<>(jdbc.sql("""
                SELECT DISTINCT COALESCE(q.root_id, q.id) FROM question_response r JOIN question q ON q.id = r.question_id
                WHERE r.author_id = ?""")
                .param(person.value().toString()).query((rs, n) -> UUID.fromString(rs.getString(1))).list());
    }

    /** Moves a question to the status a response leads to, if nobody changed it since it was read. */
    public boolean respond(UUID id, long expectedVersion, QuestionStatus status, LocalDate answerBy, long now) {
        Long answeredAt = status == QuestionStatus.ANSWERED ? now : null;
        return jdbc.sql("""
                UPDATE question SET status = ?, answer_by = ?, feedback = NULL, updated_at = ?,
                    answered_at = COALESCE(answered_at, ?), version = version + 1
                WHERE id = ? AND version = ?""")
                .params(status.name(), day(answerBy), now, answeredAt, id.toString(), expectedVersion)
                .update() == 1;
    }

    public boolean feedback(UUID id, long expectedVersion, Feedback feedback, long now) {
        return jdbc.sql("UPDATE question SET feedback = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(feedback.name(), now, id.toString(), expectedVersion).update() == 1;
    }

    /** The asker has seen everything in the thread up to {@code now}. */
    public void markSeen(UUID root, PersonId asker, long now) {
        jdbc.sql("UPDATE question SET asker_seen_at = ? WHERE (id = ? OR root_id = ?) AND asker_id = ? AND asker_seen_at < ?")
                .params(now, root.toString(), root.toString(), asker.value().toString(), now).update();
    }

    public void insertResponse(ResponseRow r) {
        jdbc.sql("INSERT INTO question_response (id, question_id, author_id, kind, content, answer_by, position, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id().toString(), r.question().toString(), r.author().value().toString(), r.kind().name(), r.content(),
                        day(r.answerBy()), r.position(), r.createdAt())
                .update();
    }

    /** The responses to the questions of a thread, oldest first. */
    public List<ResponseRow> responsesInThread(UUID root) {
        return jdbc.sql("""
                SELECT r.id, r.question_id, r.author_id, r.kind, r.content, r.answer_by, r.position, r.created_at
                FROM question_response r JOIN question q ON q.id = r.question_id
                WHERE q.id = ? OR q.root_id = ? ORDER BY r.question_id, r.position""")
                .params(root.toString(), root.toString())
                .query(QuestionRepository::response).list();
    }

    /** When the newest response to each question of a couple was given: what tells the asker there is news. */
    public List<Object[]> latestResponses(CoupleId couple) {
        return jdbc.sql("""
                SELECT q.id, MAX(r.created_at) FROM question q JOIN question_response r ON r.question_id = q.id
                WHERE q.couple_id = ? GROUP BY q.id""")
                .param(couple.value().toString())
                .query((rs, n) -> new Object[] {UUID.fromString(rs.getString(1)), rs.getLong(2)}).list();
    }

    /** Questions asked of this person with no response yet. */
    public List<Row> openFor(CoupleId couple, PersonId answerer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM question WHERE couple_id = ? AND answerer_id = ? AND status = 'OPEN' "
                        + "ORDER BY asked_at, id")
                .params(couple.value().toString(), answerer.value().toString()).query(QuestionRepository::map).list();
    }

    /** Questions this person promised to answer by a day on or before {@code day}, still unanswered. */
    public List<Row> promisedBy(CoupleId couple, PersonId answerer, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM question WHERE couple_id = ? AND answerer_id = ? AND status = 'NEED_TIME' "
                        + "AND answer_by <= ? ORDER BY answer_by, id")
                .params(couple.value().toString(), answerer.value().toString(), day.toString()).query(QuestionRepository::map).list();
    }

    /** Questions this person asked that still wait: open, deferred to a day, or kept for the counselor. */
    public List<Row> askedWaiting(CoupleId couple, PersonId asker) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM question WHERE couple_id = ? AND asker_id = ? "
                        + "AND status IN ('OPEN', 'NEED_TIME', 'COUNSELOR') ORDER BY asked_at, id")
                .params(couple.value().toString(), asker.value().toString()).query(QuestionRepository::map).list();
    }

    /** This person's questions with a response newer than when they last looked. */
    public List<Row> withNewResponses(CoupleId couple, PersonId asker) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM question q WHERE couple_id = ? AND asker_id = ? AND EXISTS "
                        + "(SELECT 1 FROM question_response r WHERE r.question_id = q.id AND r.created_at > q.asker_seen_at) "
                        + "ORDER BY updated_at, id")
                .params(couple.value().toString(), asker.value().toString()).query(QuestionRepository::map).list();
    }

    /** Answered questions of a couple, by when they were first answered, newest first. */
    public List<Row> answered(CoupleId couple, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM question WHERE couple_id = ? AND answered_at IS NOT NULL "
                        + "ORDER BY answered_at DESC, id LIMIT ?")
                .params(couple.value().toString(), limit).query(QuestionRepository::map).list();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        long answered = rs.getLong("answered_at");
        Long answeredAt = rs.wasNull() ? null : answered;
        String feedback = rs.getString("feedback");
        return new Row(UUID.fromString(rs.getString("id")), CoupleId.of(rs.getString("couple_id")),
                PersonId.of(rs.getString("asker_id")), PersonId.of(rs.getString("answerer_id")), uuid(rs.getString("root_id")),
                uuid(rs.getString("parent_id")), rs.getBytes("content"), QuestionStatus.valueOf(rs.getString("status")),
                localDate(rs.getString("answer_by")), feedback == null ? null : Feedback.valueOf(feedback), rs.getLong("asked_at"),
                answeredAt, rs.getLong("updated_at"), rs.getLong("asker_seen_at"), rs.getLong("version"),
                uuid(rs.getString("disclosure_id")), part(rs.getString("disclosure_part")));
    }

    private static ResponseRow response(ResultSet rs, int n) throws SQLException {
        return new ResponseRow(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("question_id")),
                PersonId.of(rs.getString("author_id")), ResponseKind.valueOf(rs.getString("kind")), rs.getBytes("content"),
                localDate(rs.getString("answer_by")), rs.getInt("position"), rs.getLong("created_at"));
    }

    private static DisclosurePart part(String s) {
        return s == null ? null : DisclosurePart.valueOf(s);
    }

    /** The questions of a couple asked about the parts of one disclosure, oldest first. */
    public List<Row> aboutDisclosure(CoupleId couple, UUID disclosure) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM question WHERE couple_id = ? AND disclosure_id = ? ORDER BY asked_at, id")
                .params(couple.value().toString(), disclosure.toString()).query(QuestionRepository::map).list();
    }

    private static UUID uuid(String s) {
        return s == null ? null : UUID.fromString(s);
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static LocalDate localDate(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static String day(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
