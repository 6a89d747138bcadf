package app.kintsugi.trust;

import java.nio.charset.StandardCharsets;
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
import app.kintsugi.privacy.ExportReader.Shareable;
import app.kintsugi.privacy.ExportSource;
import app.kintsugi.privacy.Visibility;

/**
 * A person's commitments for their export: each with its schedule, the changes they proposed and
 * every day they reported; and the days they confirmed on the partner's commitments, with their own
 * note only (the commitment's words are the partner's).
 */
@Component
@RequiredArgsConstructor
class TrustExport implements ExportSource {

    private final JdbcClient jdbc;
    private final ExportReader reader;

    @Override
    public String section() {
        return "trust";
    }

    @Override
    public List<ExportEntry> export(PersonId person) {
        String me = person.value().toString();
        List<ExportEntry> out = new ArrayList<>();
        List<ExportEntry> commitments = jdbc.sql("""
                SELECT id, couple_id, visibility, content, kind, week_days, start_day, end_day, created_at, updated_at
                FROM commitment WHERE author_id = ? ORDER BY created_at, id""")
                .param(me)
                .query((rs, n) -> {
                    Shareable e = ExportReader.shareable(rs, Commitments.KIND, person);
                    return e.entry("commitment")
                            .created(rs.getLong(9)).updated(rs.getLong(10))
                            .written("text", reader.open(person, e.ref(), rs.getBytes(4)))
                            .value("schedule", rs.getString(5))
                            .value("weekDays", rs.getInt(6))
                            .value("start", ExportEntry.day(rs.getString(7)))
                            .value("end", ExportEntry.day(rs.getString(8)))
                            .build();
                })
                .list();
        for (ExportEntry c : commitments) {
            List<ExportEntry> parts = new ArrayList<>();
            CoupleId couple = c.spaceId() == null ? null : new CoupleId(c.spaceId());
            parts.addAll(checkIns(person, c.id(), couple, c.visibility()));
            out.add(new ExportEntry(c.kind(), c.id(), c.visibility(), c.spaceId(), c.createdAt(), c.updatedAt(), c.fields(),
                    c.history(), parts));
        }
        jdbc.sql("""
                SELECT r.id, r.commitment_id, c.couple_id, r.status, r.content, r.kind, r.week_days, r.start_day, r.end_day,
                       r.created_at, r.decided_at
                FROM commitment_revision r JOIN commitment c ON c.id = r.commitment_id
                WHERE r.proposed_by = ? ORDER BY r.created_at, r.id""")
                .param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    String couple = rs.getString(3);
                    EntryRef ref = new EntryRef(Commitments.REVISION_KIND, id, person, Visibility.PARTNER,
                            couple == null ? null : CoupleId.of(couple));
                    return ExportEntry.of("commitment-change", id).space(couple).created(rs.getLong(10))
                            .value("commitment", rs.getString(2))
                            .value("status", rs.getString(4))
                            .written("text", reader.open(person, ref, rs.getBytes(5)))
                            .value("schedule", rs.getString(6))
                            .value("weekDays", rs.getInt(7))
                            .value("start", ExportEntry.day(rs.getString(8)))
                            .value("end", ExportEntry.day(rs.getString(9)))
                            .event(ExportEntry.millis(rs, 11), "decided")
                            .build();
                })
                .list().forEach(out::add);
        jdbc.sql("""
                SELECT k.commitment_id, c.couple_id, k.day, k.confirmation, k.confirm_note, k.confirmed_at
                FROM check_in k JOIN commitment c ON c.id = k.commitment_id
                WHERE k.confirmed_by = ? ORDER BY k.confirmed_at, k.commitment_id, k.day""")
                .param(me)
                .query((rs, n) -> {
                    UUID recordId = checkInId(rs.getString(1), rs.getString(3));
                    String couple = rs.getString(2);
                    EntryRef ref = new EntryRef(Commitments.CONFIRM_KIND, recordId, person, Visibility.PARTNER,
                            couple == null ? null : CoupleId.of(couple));
                    return ExportEntry.of("check-in-confirmation", recordId).visibility(Visibility.PARTNER).space(couple)
                            .created(ExportEntry.millis(rs, 6) == null ? null : java.time.Instant.ofEpochMilli(rs.getLong(6)))
                            .value("commitment", rs.getString(1))
                            .value("day", ExportEntry.day(rs.getString(3)))
                            .value("confirmation", rs.getString(4))
                            .written("note", reader.open(person, ref, rs.getBytes(5)))
                            .build();
                })
                .list().forEach(out::add);
        return out;
    }

    private List<ExportEntry> checkIns(PersonId person, UUID commitment, CoupleId couple, Visibility visibility) {
        return jdbc.sql("""
                SELECT day, outcome, note, reported_at, confirmed_at FROM check_in WHERE commitment_id = ? ORDER BY day""")
                .param(commitment.toString())
                .query((rs, n) -> {
                    UUID recordId = checkInId(commitment.toString(), rs.getString(1));
                    EntryRef ref = new EntryRef(Commitments.CHECK_IN_KIND, recordId, person, visibility, couple);
                    return ExportEntry.of("check-in", recordId).visibility(visibility).created(rs.getLong(4))
                            .value("day", ExportEntry.day(rs.getString(1)))
                            .value("outcome", rs.getString(2))
                            .written("note", reader.open(person, ref, rs.getBytes(3)))
                            .event(ExportEntry.millis(rs, 5), "confirmed-by-partner")
                            .build();
                })
                .list();
    }

    /** The record id a check-in's notes are sealed under, as {@code Commitments} makes it. */
    private static UUID checkInId(String commitment, String day) {
        return UUID.nameUUIDFromBytes((commitment + "|" + day).getBytes(StandardCharsets.UTF_8));
    }
}
