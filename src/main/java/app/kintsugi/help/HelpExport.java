package app.kintsugi.help;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.counselor.CounselorRoom;
import app.kintsugi.counselor.CounselorSuggestions;
import app.kintsugi.counselor.Counselors;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.ExportEntry;
import app.kintsugi.privacy.ExportReader;
import app.kintsugi.privacy.ExportSource;
import app.kintsugi.privacy.Visibility;

/**
 * What the seeking-help step keeps about a person, for their export: the region they chose for help
 * resources, every counselor access they consented to (and when it ended), and what they showed the
 * counselor. For a counselor: their practice and their own notes.
 */
@Component
@RequiredArgsConstructor
class HelpExport implements ExportSource {

    private final JdbcClient jdbc;
    private final ExportReader reader;

    @Override
    public String section() {
        return "help";
    }

    @Override
    public List<ExportEntry> export(PersonId person) {
        String me = person.value().toString();
        List<ExportEntry> out = new ArrayList<>(jdbc.sql("SELECT region, chosen_at FROM help_region WHERE person_id = ?")
                .param(me)
                .query((rs, n) -> ExportEntry.of("help-region",
                                UUID.nameUUIDFromBytes(("help-region:" + me).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .updated(rs.getLong(2))
                        .value("region", rs.getString(1))
                        .build())
                .list());
        jdbc.sql("""
                SELECT l.id, l.couple_id, l.counselor_id, l.invited_by, l.created_at, l.ended_at, l.ended_by, c.consented_at
                FROM counselor_consent c JOIN counselor_link l ON l.id = c.link_id
                WHERE c.person_id = ? ORDER BY c.consented_at, l.id""")
                .param(me)
                .query((rs, n) -> ExportEntry.of("counselor-consent", UUID.fromString(rs.getString(1)))
                        .space(rs.getString(2)).created(rs.getLong(5))
                        .value("counselor", rs.getString(3))
                        .value("invitedByMe", me.equals(rs.getString(4)))
                        .value("endedByMe", rs.getString(7) == null ? null : me.equals(rs.getString(7)))
                        .event(rs.getLong(8), "consented")
                        .event(ExportEntry.millis(rs, 6), "ended")
                        .build())
                .list().forEach(consent -> out.add(withShares(me, consent)));
        jdbc.sql("SELECT status, practice, requested_at, decided_at FROM counselor WHERE person_id = ?")
                .param(me)
                .query((rs, n) -> {
                    EntryRef ref = new EntryRef(Counselors.PRACTICE_KIND, person.value(), person, Visibility.PRIVATE, null);
                    return ExportEntry.of("counselor-account", person.value()).created(rs.getLong(3))
                            .value("status", rs.getString(1))
                            .written("practice", reader.open(person, ref, rs.getBytes(2)))
                            .event(ExportEntry.millis(rs, 4), "decided")
                            .build();
                })
                .list().forEach(out::add);
        jdbc.sql("SELECT id, link_id, content, created_at FROM counselor_note WHERE counselor_id = ? ORDER BY created_at, id")
                .param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    EntryRef ref = new EntryRef(CounselorRoom.NOTE_KIND, id, person, Visibility.PRIVATE, null);
                    return ExportEntry.of("counselor-note", id).visibility(Visibility.PRIVATE).created(rs.getLong(4))
                            .value("access", rs.getString(2))
                            .written("text", reader.open(person, ref, rs.getBytes(3)))
                            .build();
                })
                .list().forEach(out::add);
        // Between sessions: a counselor's suggestions and their notes are the counselor's writing; each
        // partner's answer to one is theirs (what was suggested, not the counselor's note).
        jdbc.sql("SELECT id, link_id, kind, target, note, created_at FROM counselor_suggestion WHERE counselor_id = ? ORDER BY created_at, id")
                .param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    byte[] note = rs.getBytes(5);
                    EntryRef ref = new EntryRef(CounselorSuggestions.NOTE_KIND, id, person, Visibility.PRIVATE, null);
                    return ExportEntry.of("counselor-suggestion", id).created(rs.getLong(6))
                            .value("access", rs.getString(2))
                            .value("kind", rs.getString(3))
                            .value("target", rs.getString(4))
                            .written("note", note == null ? null : reader.open(person, ref, note))
                            .build();
                })
                .list().forEach(out::add);
        jdbc.sql("""
                SELECT s.id, s.link_id, s.kind, s.target, s.created_at, t.answer, t.answered_at
                FROM counselor_suggestion_to t JOIN counselor_suggestion s ON s.id = t.suggestion_id
                WHERE t.person_id = ? ORDER BY s.created_at, s.id""")
                .param(me)
                .query((rs, n) -> ExportEntry.of("suggestion-from-counselor", UUID.fromString(rs.getString(1))).created(rs.getLong(5))
                        .value("access", rs.getString(2))
                        .value("kind", rs.getString(3))
                        .value("target", rs.getString(4))
                        .value("answer", rs.getString(6) == null ? "waiting" : rs.getString(6))
                        .event(ExportEntry.millis(rs, 7), "answered")
                        .build())
                .list().forEach(out::add);
        return out;
    }

    private ExportEntry withShares(String me, ExportEntry consent) {
        List<ExportEntry> shares = jdbc.sql("""
                SELECT entry_kind, entry_id, shared_at FROM counselor_share WHERE link_id = ? AND owner_id = ?
                ORDER BY shared_at, entry_kind, entry_id""")
                .params(consent.id().toString(), me)
                .query((rs, n) -> ExportEntry.of("shown-to-counselor",
                                UUID.nameUUIDFromBytes((consent.id() + "|" + rs.getString(1) + "|" + rs.getString(2))
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .created(rs.getLong(3))
                        .value("entryKind", rs.getString(1))
                        .value("entry", rs.getString(2))
                        .build())
                .list();
        return new ExportEntry(consent.kind(), consent.id(), consent.visibility(), consent.spaceId(), consent.createdAt(),
                consent.updatedAt(), consent.fields(), consent.history(), shares);
    }
}
