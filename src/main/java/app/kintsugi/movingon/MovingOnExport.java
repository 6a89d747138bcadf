package app.kintsugi.movingon;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.ExportEntry;
import app.kintsugi.privacy.ExportReader;
import app.kintsugi.privacy.ExportReader.Shareable;
import app.kintsugi.privacy.ExportSource;
import app.kintsugi.privacy.Visibility;

/**
 * A person's moving-on writing for their export: reflections on why with their summaries, the
 * forgiveness history, letters and accountable writing, in every space and after it ended.
 * Nothing the partner wrote, shared or not.
 */
@Component
@RequiredArgsConstructor
class MovingOnExport implements ExportSource {

    private final JdbcClient jdbc;
    private final ExportReader reader;

    @Override
    public String section() {
        return "movingOn";
    }

    @Override
    public List<ExportEntry> export(PersonId person) {
        String me = person.value().toString();
        List<ExportEntry> out = new ArrayList<>();
        out.addAll(jdbc.sql("""
                SELECT id, couple_id, visibility, relationship, in_me, outside, summary, created_at, updated_at
                FROM why_entry WHERE author_id = ? ORDER BY created_at, id""").param(me).query((rs, n) -> {
                    Shareable e = ExportReader.shareable(rs, WhyReflections.SUMMARY_KIND, person);
                    return e.entry("why-it-happened").created(rs.getLong(8))
                            .updated(rs.getLong(9))
                            .written("relationship", reader.open(person, e.ref(), WhyReflections.RELATIONSHIP_KIND, e.id(), rs.getBytes(4)))
                            .written("inMe", reader.open(person, e.ref(), WhyReflections.IN_ME_KIND, e.id(), rs.getBytes(5)))
                            .written("outside", reader.open(person, e.ref(), WhyReflections.OUTSIDE_KIND, e.id(), rs.getBytes(6)))
                            .written("summary", reader.open(person, e.ref(), WhyReflections.SUMMARY_KIND, e.id(), rs.getBytes(7)))
                            .build();
                }).list());
        out.addAll(jdbc.sql("SELECT id, couple_id, visibility, position, note, created_at FROM forgiveness_mark WHERE person_id = ? "
                + "ORDER BY created_at, id").param(me).query((rs, n) -> {
                    Shareable e = ExportReader.shareable(rs, Forgiveness.KIND, person);
                    return e.entry("forgiveness-where-i-am").created(rs.getLong(6))
                            .value("position", reader.open(person, e.ref(), Forgiveness.POSITION_KIND, e.id(), rs.getBytes(4)))
                            .written("note", reader.open(person, e.ref(), Forgiveness.NOTE_KIND, e.id(), rs.getBytes(5)))
                            .build();
                }).list());
        out.addAll(jdbc.sql("SELECT id, couple_id, visibility, addressee, content, created_at, updated_at FROM unsent_letter "
                + "WHERE author_id = ? ORDER BY created_at, id").param(me).query((rs, n) -> {
                    Shareable e = ExportReader.shareable(rs, UnsentLetters.KIND, person);
                    return e.entry("letter").created(rs.getLong(6)).updated(rs.getLong(7))
                            .value("to", rs.getString(4))
                            .written("text", reader.open(person, e.ref(), rs.getBytes(5)))
                            .build();
                }).list());
        out.addAll(jdbc.sql("SELECT id, did, learned, keep_doing, still_owe, created_at, updated_at FROM accountable_entry "
                + "WHERE author_id = ? ORDER BY created_at, id").param(me).query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    EntryRef ref = new EntryRef(Accountability.KIND, id, person, Visibility.PRIVATE, null);
                    return ExportEntry.of("accountable", id).visibility(Visibility.PRIVATE).created(rs.getLong(6)).updated(rs.getLong(7))
                            .written("whatIDid", reader.open(person, ref, Accountability.DID_KIND, id, rs.getBytes(2)))
                            .written("whatIHaveLearned", reader.open(person, ref, Accountability.LEARNED_KIND, id, rs.getBytes(3)))
                            .written("whatIKeepDoing", reader.open(person, ref, Accountability.KEEP_KIND, id, rs.getBytes(4)))
                            .written("whatIStillOwe", reader.open(person, ref, Accountability.OWE_KIND, id, rs.getBytes(5)))
                            .build();
                }).list());
        return out;
    }
}
