package app.kintsugi.responsibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.ExportEntry;
import app.kintsugi.privacy.ExportReader;
import app.kintsugi.privacy.ExportReader.Shareable;
import app.kintsugi.privacy.ExportSource;
import app.kintsugi.privacy.Visibility;

/**
 * A person's own-part reflections, the apologies they wrote (drafts too) and their answers to
 * apologies they received, for their export. An apology they received is the partner's writing
 * and is not in it; their answer names it by id only.
 */
@Component
@RequiredArgsConstructor
class ResponsibilityExport implements ExportSource {

    private final JdbcClient jdbc;
    private final ExportReader reader;

    @Override
    public String section() {
        return "responsibility";
    }

    @Override
    public List<ExportEntry> export(PersonId person) {
        String me = person.value().toString();
        List<ExportEntry> out = new ArrayList<>(jdbc.sql("""
                SELECT id, couple_id, visibility, content, created_at, updated_at FROM own_role_entry
                WHERE author_id = ? ORDER BY created_at, id""")
                .param(me)
                .query((rs, n) -> {
                    Shareable e = ExportReader.shareable(rs, OwnRoleReflections.KIND, person);
                    return e.entry("own-role")
                            .created(rs.getLong(5)).updated(rs.getLong(6))
                            .fields(reader.fields(reader.open(person, e.ref(), rs.getBytes(4)), Set.of()))
                            .build();
                })
                .list());
        jdbc.sql("""
                SELECT a.id, a.couple_id, a.status, a.content, a.created_at, a.updated_at, a.sent_at, a.seen_at,
                       x.answer, x.answered_at
                FROM apology a LEFT JOIN apology_answer x ON x.apology_id = a.id
                WHERE a.author_id = ? ORDER BY a.created_at, a.id""")
                .param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    String couple = rs.getString(2);
                    ApologyStatus status = ApologyStatus.valueOf(rs.getString(3));
                    Visibility visibility = status == ApologyStatus.SENT ? Visibility.PARTNER : Visibility.PRIVATE;
                    EntryRef ref = new EntryRef(Apologies.KIND, id, person, visibility, space(couple));
                    // What the partner answered is theirs: only that and when it happened is kept here.
                    return ExportEntry.of("apology", id).visibility(visibility).space(couple)
                            .created(rs.getLong(5)).updated(rs.getLong(6))
                            .value("status", status.name())
                            .written("text", reader.open(person, ref, rs.getBytes(4)))
                            .event(ExportEntry.millis(rs, 7), "sent")
                            .event(ExportEntry.millis(rs, 8), "opened-by-partner")
                            .event(ExportEntry.millis(rs, 10), "answered-by-partner")
                            .build();
                })
                .list().forEach(out::add);
        jdbc.sql("""
                SELECT x.apology_id, a.couple_id, x.answer, x.note, x.note_visibility, x.answered_at
                FROM apology_answer x JOIN apology a ON a.id = x.apology_id
                WHERE x.answerer_id = ? ORDER BY x.answered_at, x.apology_id""")
                .param(me)
                .query((rs, n) -> {
                    UUID apology = UUID.fromString(rs.getString(1));
                    String couple = rs.getString(2);
                    Visibility visibility = Visibility.valueOf(rs.getString(5));
                    EntryRef ref = new EntryRef(Apologies.ANSWER_KIND, apology, person, visibility, space(couple));
                    return ExportEntry.of("apology-answer", apology).visibility(visibility).space(couple)
                            .created(rs.getLong(6))
                            .value("apology", apology.toString())
                            .value("answer", rs.getString(3))
                            .written("note", reader.open(person, ref, rs.getBytes(4)))
                            .build();
                })
                .list().forEach(out::add);
        return out;
    }

    private static CoupleId space(String couple) {
        return couple == null ? null : CoupleId.of(couple);
    }
}
