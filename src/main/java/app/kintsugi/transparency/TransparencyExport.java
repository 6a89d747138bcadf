package app.kintsugi.transparency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.ExportEntry;
import app.kintsugi.privacy.ExportReader;
import app.kintsugi.privacy.ExportSource;
import app.kintsugi.privacy.Visibility;

/**
 * A person's part of transparency, for their export: questions they asked and the feedback they
 * gave, every response they wrote (to a question that is the partner's, named by id only), what
 * they shared in the sharing log, their amends plan, their own acknowledgement notes, their prepared
 * disclosure with its additions and the partner's marks, and the marks they gave on one given to them.
 */
@Component
@RequiredArgsConstructor
class TransparencyExport implements ExportSource {

    private final JdbcClient jdbc;
    private final ExportReader reader;

    @Override
    public String section() {
        return "transparency";
    }

    @Override
    public List<ExportEntry> export(PersonId person) {
        String me = person.value().toString();
        List<ExportEntry> out = new ArrayList<>(jdbc.sql("""
                SELECT id, couple_id, root_id, parent_id, content, status, answer_by, feedback, asked_at, answered_at, updated_at
                FROM question WHERE asker_id = ? ORDER BY asked_at, id""")
                .param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    CoupleId couple = CoupleId.of(rs.getString(2));
                    EntryRef ref = new EntryRef(Questions.KIND, id, person, Visibility.PARTNER, couple);
                    return ExportEntry.of("question", id).visibility(Visibility.PARTNER).space(couple)
                            .created(rs.getLong(9)).updated(rs.getLong(11))
                            .value("followUpOf", rs.getString(4))
                            .written("text", reader.open(person, ref, rs.getBytes(5)))
                            .value("status", rs.getString(6))
                            .value("feedback", rs.getString(8))
                            .event(ExportEntry.millis(rs, 10), "answered")
                            .build();
                })
                .list());
        jdbc.sql("""
                SELECT r.id, r.question_id, q.couple_id, r.kind, r.content, r.answer_by, r.created_at
                FROM question_response r JOIN question q ON q.id = r.question_id
                WHERE r.author_id = ? ORDER BY r.created_at, r.position, r.id""")
                .param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    CoupleId couple = CoupleId.of(rs.getString(3));
                    EntryRef ref = new EntryRef(Questions.RESPONSE_KIND, id, person, Visibility.PARTNER, couple);
                    return ExportEntry.of("question-response", id).visibility(Visibility.PARTNER).space(couple)
                            .created(rs.getLong(7))
                            .value("question", rs.getString(2))
                            .value("kind", rs.getString(4))
                            .written("text", reader.open(person, ref, rs.getBytes(5)))
                            .value("answerBy", ExportEntry.day(rs.getString(6)))
                            .build();
                })
                .list().forEach(out::add);
        jdbc.sql("""
                SELECT id, couple_id, author_id, content, created_at, ack_at, ack_note FROM disclosure
                WHERE author_id = ? OR (partner_id = ? AND ack_note IS NOT NULL) ORDER BY created_at, id""")
                .params(me, me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    CoupleId couple = CoupleId.of(rs.getString(2));
                    if (me.equals(rs.getString(3))) {
                        EntryRef ref = new EntryRef(Disclosures.KIND, id, person, Visibility.PARTNER, couple);
                        return ExportEntry.of("shared", id).visibility(Visibility.PARTNER).space(couple).created(rs.getLong(5))
                                .written("text", reader.open(person, ref, rs.getBytes(4)))
                                .event(ExportEntry.millis(rs, 6), "acknowledged-by-partner")
                                .build();
                    }
                    return acknowledgement(rs, person, Disclosures.ACK_KIND, "shared-acknowledgement", "shared", id, couple, 6, 7);
                })
                .list().forEach(out::add);
        jdbc.sql("""
                SELECT id, couple_id, author_id, content, due_day, status, created_at, updated_at, done_at, ack_at, ack_note
                FROM amend WHERE author_id = ? OR (partner_id = ? AND ack_note IS NOT NULL) ORDER BY created_at, id""")
                .params(me, me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    CoupleId couple = CoupleId.of(rs.getString(2));
                    if (me.equals(rs.getString(3))) {
                        EntryRef ref = new EntryRef(Amends.KIND, id, person, Visibility.PARTNER, couple);
                        return ExportEntry.of("amend", id).visibility(Visibility.PARTNER).space(couple)
                                .created(rs.getLong(7)).updated(rs.getLong(8))
                                .written("text", reader.open(person, ref, rs.getBytes(4)))
                                .value("due", ExportEntry.day(rs.getString(5)))
                                .value("status", rs.getString(6))
                                .event(ExportEntry.millis(rs, 9), "done")
                                .event(ExportEntry.millis(rs, 10), "acknowledged-by-partner")
                                .build();
                    }
                    return acknowledgement(rs, person, Amends.ACK_KIND, "amend-acknowledgement", "amend", id, couple, 10, 11);
                })
                .list().forEach(out::add);
        jdbc.sql("""
                SELECT id, couple_id, timeline, hidden, who_knows, contact_now, status, meet_at, reading_way, given_at, read_at,
                    created_at, updated_at
                FROM prepared_disclosure WHERE author_id = ? ORDER BY created_at, id""")
                .param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    CoupleId couple = CoupleId.of(rs.getString(2));
                    boolean given = "GIVEN".equals(rs.getString(7));
                    ExportEntry.Builder entry = ExportEntry.of("prepared-disclosure", id)
                            .visibility(given ? Visibility.PARTNER : Visibility.PRIVATE).space(couple)
                            .created(rs.getLong(12)).updated(rs.getLong(13));
                    EntryRef ref = new EntryRef(PreparedDisclosures.KIND, id, person, Visibility.PRIVATE, couple);
                    for (DisclosurePart part : DisclosurePart.values()) {
                        entry.written(part.key(), reader.open(person, ref, part.kind(), id, rs.getBytes(3 + part.ordinal())));
                    }
                    entry.value("status", rs.getString(7))
                            .event(ExportEntry.millis(rs, 8), "time-to-give-it")
                            .value("readingWay", rs.getString(9))
                            .event(ExportEntry.millis(rs, 10), "given")
                            .event(ExportEntry.millis(rs, 11), "read-by-partner");
                    jdbc.sql("SELECT part, mark FROM prepared_disclosure_mark WHERE disclosure_id = ? ORDER BY part")
                            .param(id.toString())
                            .query((m, i) -> entry.value("partnerMark." + DisclosurePart.valueOf(m.getString(1)).key(), m.getString(2)))
                            .list();
                    return entry.build();
                })
                .list().forEach(out::add);
        jdbc.sql("""
                SELECT a.id, d.couple_id, a.disclosure_id, a.content, a.added_at FROM prepared_disclosure_addition a
                JOIN prepared_disclosure d ON d.id = a.disclosure_id WHERE a.author_id = ? ORDER BY a.added_at, a.id""")
                .param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    CoupleId couple = CoupleId.of(rs.getString(2));
                    EntryRef ref = new EntryRef(PreparedDisclosures.ADDITION_KIND, id, person, Visibility.PARTNER, couple);
                    return ExportEntry.of("prepared-disclosure-addition", id).visibility(Visibility.PARTNER).space(couple)
                            .created(rs.getLong(5))
                            .value("disclosure", rs.getString(3))
                            .written("text", reader.open(person, ref, rs.getBytes(4)))
                            .build();
                })
                .list().forEach(out::add);
        // The marks this person gave, part by part, on a disclosure given to them: their own choices, not its text.
        jdbc.sql("""
                SELECT d.id, d.couple_id, m.part, m.mark, m.marked_at FROM prepared_disclosure_mark m
                JOIN prepared_disclosure d ON d.id = m.disclosure_id WHERE d.partner_id = ? ORDER BY m.marked_at, d.id, m.part""")
                .param(me)
                .query((rs, n) -> ExportEntry.of("prepared-disclosure-mark", UUID.fromString(rs.getString(1)))
                        .visibility(Visibility.PARTNER).space(CoupleId.of(rs.getString(2))).created(rs.getLong(5))
                        .value("disclosure", rs.getString(1))
                        .value("part", DisclosurePart.valueOf(rs.getString(3)).key())
                        .value("mark", rs.getString(4))
                        .build())
                .list().forEach(out::add);
        return out;
    }

    /**
     * The partner's acknowledgement of an entry ({@code field} names it): when, and the note they wrote, the only
     * words of theirs an export holds. {@code at} and {@code note} are the row's columns.
     */
    private ExportEntry acknowledgement(ResultSet rs, PersonId person, String kind, String type, String field, UUID id, CoupleId couple,
            int at, int note) throws SQLException {
        EntryRef ack = new EntryRef(kind, id, person, Visibility.PARTNER, couple);
        return ExportEntry.of(type, id).visibility(Visibility.PARTNER).space(couple)
                .created(ExportEntry.millis(rs, at) == null ? null : java.time.Instant.ofEpochMilli(rs.getLong(at)))
                .value(field, id.toString())
                .written("note", reader.open(person, ack, rs.getBytes(note)))
                .build();
    }
}
