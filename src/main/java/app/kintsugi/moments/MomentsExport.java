package app.kintsugi.moments;

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
import app.kintsugi.privacy.ExportSource;
import app.kintsugi.privacy.Visibility;

/**
 * A person's hard moments for their export: their log, their plan, their hard dates, the lines of
 * reassurance they wrote and when they asked for it. Lines the partner wrote are the partner's.
 */
@Component
@RequiredArgsConstructor
class MomentsExport implements ExportSource {

    private final JdbcClient jdbc;
    private final ExportReader reader;

    @Override
    public String section() {
        return "hardMoments";
    }

    @Override
    public List<ExportEntry> export(PersonId person) {
        String me = person.value().toString();
        List<ExportEntry> out = new ArrayList<>();
        out.addAll(jdbc.sql("""
                SELECT id, happened_at, strength, what, tags, did, helped, created_at, updated_at FROM trigger_entry
                WHERE person_id = ? ORDER BY happened_at, id""").param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    EntryRef ref = new EntryRef(HardMoments.ENTRY_KIND, id, person, Visibility.PRIVATE, null);
                    return ExportEntry.of("hard-moment", id).visibility(Visibility.PRIVATE).created(rs.getLong(8)).updated(rs.getLong(9))
                            .value("happenedAt", java.time.Instant.ofEpochMilli(rs.getLong(2)).toString())
                            .value("strength", rs.getInt(3))
                            .written("what", reader.open(person, ref, HardMoments.WHAT_KIND, id, rs.getBytes(4)))
                            .written("tags", reader.open(person, ref, HardMoments.TAGS_KIND, id, rs.getBytes(5)))
                            .written("did", reader.open(person, ref, HardMoments.DID_KIND, id, rs.getBytes(6)))
                            .written("helped", reader.open(person, ref, HardMoments.HELPED_KIND, id, rs.getBytes(7)))
                            .build();
                }).list());
        out.addAll(jdbc.sql("SELECT id, helps, avoid, people, updated_at FROM coping_plan WHERE person_id = ?").param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    EntryRef ref = new EntryRef(HardMoments.PLAN_KIND, id, person, Visibility.PRIVATE, null);
                    return ExportEntry.of("coping-plan", id).visibility(Visibility.PRIVATE).created(rs.getLong(5)).updated(rs.getLong(5))
                            .written("helps", reader.open(person, ref, HardMoments.HELPS_KIND, id, rs.getBytes(2)))
                            .written("avoid", reader.open(person, ref, HardMoments.AVOID_KIND, id, rs.getBytes(3)))
                            .written("people", reader.open(person, ref, HardMoments.PEOPLE_KIND, id, rs.getBytes(4)))
                            .build();
                }).list());
        out.addAll(jdbc.sql("SELECT id, day, yearly, label, ask, created_at FROM hard_date WHERE person_id = ? ORDER BY day, id").param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    EntryRef ref = new EntryRef(HardMoments.DATE_KIND, id, person, Visibility.PRIVATE, null);
                    return ExportEntry.of("hard-date", id).visibility(Visibility.PRIVATE).created(rs.getLong(6))
                            .value("day", rs.getString(2))
                            .value("yearly", rs.getInt(3) != 0)
                            .written("label", reader.open(person, ref, HardMoments.LABEL_KIND, id, rs.getBytes(4)))
                            .written("askOfPartner", reader.open(person, ref, HardMoments.ASK_KIND, id, rs.getBytes(5)))
                            .build();
                }).list());
        out.addAll(jdbc.sql("""
                SELECT id, couple_id, content, status, created_at, decided_at FROM reassurance_line
                WHERE author_id = ? ORDER BY created_at, id""").param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    EntryRef ref = new EntryRef(Reassurance.LINE_KIND, id, person, Visibility.PARTNER,
                            new app.kintsugi.couple.CoupleId(UUID.fromString(rs.getString(2))));
                    return ExportEntry.of("reassurance-line", id).visibility(Visibility.PARTNER).space(rs.getString(2))
                            .created(rs.getLong(5)).updated(ExportEntry.millis(rs, 6))
                            .value("status", rs.getString(4))
                            .written("text", reader.open(person, ref, rs.getBytes(3)))
                            .build();
                }).list());
        out.addAll(jdbc.sql("""
                SELECT id, couple_id, created_at, answered_at FROM reassurance_request WHERE requester_id = ? ORDER BY created_at, id""")
                .param(me)
                .query((rs, n) -> ExportEntry.of("reassurance-request", UUID.fromString(rs.getString(1))).visibility(Visibility.PARTNER)
                        .space(rs.getString(2)).created(rs.getLong(3)).value("answered", ExportEntry.millis(rs, 4) != null).build())
                .list());
        out.addAll(jdbc.sql("""
                SELECT p.id, r.id, r.couple_id, r.starter_id, r.title, p.feelings, p.perception, p.triggers, p.owned, p.differently,
                    p.shared_at, p.updated_at, r.created_at
                FROM repair_part p JOIN repair r ON r.id = p.repair_id WHERE p.person_id = ? ORDER BY r.created_at, p.id""")
                .param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    UUID repair = UUID.fromString(rs.getString(2));
                    var couple = new app.kintsugi.couple.CoupleId(UUID.fromString(rs.getString(3)));
                    EntryRef ref = new EntryRef(Repairs.PART_KIND, id, person, Visibility.PARTNER, couple);
                    boolean started = me.equals(rs.getString(4));
                    return ExportEntry.of("repair-part", id).visibility(Visibility.PARTNER).space(couple).created(rs.getLong(13))
                            .updated(rs.getLong(12))
                            .value("repair", repair.toString())
                            .value("shared", ExportEntry.millis(rs, 11) != null)
                            .written("talk", started ? reader.open(person, new EntryRef(Repairs.KIND, repair, person, Visibility.PARTNER,
                                    couple), Repairs.TITLE_KIND, repair, rs.getBytes(5)) : null)
                            .written("feelings", reader.open(person, ref, Repairs.FEELINGS_KIND, id, rs.getBytes(6)))
                            .written("perception", reader.open(person, ref, Repairs.PERCEPTION_KIND, id, rs.getBytes(7)))
                            .written("triggers", reader.open(person, ref, Repairs.TRIGGERS_KIND, id, rs.getBytes(8)))
                            .written("owned", reader.open(person, ref, Repairs.OWNED_KIND, id, rs.getBytes(9)))
                            .written("differently", reader.open(person, ref, Repairs.DIFFERENTLY_KIND, id, rs.getBytes(10)))
                            .build();
                }).list());
        return out;
    }
}
