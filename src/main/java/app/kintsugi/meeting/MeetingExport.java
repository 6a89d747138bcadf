package app.kintsugi.meeting;

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
 * A person's weekly meetings for their export: their own preparation of each week (what went well,
 * what they wanted to talk about, what they needed), and the meeting time when they proposed it.
 * What the partner prepared is the partner's.
 */
@Component
@RequiredArgsConstructor
class MeetingExport implements ExportSource {

    private final JdbcClient jdbc;
    private final ExportReader reader;

    @Override
    public String section() {
        return "meetings";
    }

    @Override
    public List<ExportEntry> export(PersonId person) {
        String me = person.value().toString();
        List<ExportEntry> out = new ArrayList<>();
        out.addAll(jdbc.sql("""
                SELECT p.id, m.couple_id, m.week_start, m.started_at, m.held_at, p.went_well, p.talk_about, p.need, p.commitment_id,
                    p.updated_at, m.created_at
                FROM meeting_prep p JOIN meeting m ON m.id = p.meeting_id WHERE p.person_id = ? ORDER BY m.week_start, p.id""")
                .param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    CoupleId couple = new CoupleId(UUID.fromString(rs.getString(2)));
                    EntryRef ref = new EntryRef("meeting-prep", id, person, Visibility.PARTNER, couple);
                    return ExportEntry.of("meeting-preparation", id).visibility(Visibility.PARTNER).space(couple)
                            .created(rs.getLong(11)).updated(rs.getLong(10))
                            .value("week", rs.getString(3))
                            .value("started", ExportEntry.millis(rs, 4) != null)
                            .value("held", ExportEntry.millis(rs, 5) != null)
                            .value("commitment", rs.getString(9))
                            .written("wentWell", reader.open(person, ref, WeeklyMeetings.WENT_WELL_KIND, id, rs.getBytes(6)))
                            .written("talkAbout", reader.open(person, ref, WeeklyMeetings.TALK_KIND, id, rs.getBytes(7)))
                            .written("need", reader.open(person, ref, WeeklyMeetings.NEED_KIND, id, rs.getBytes(8)))
                            .build();
                }).list());
        out.addAll(jdbc.sql("SELECT couple_id, weekday, local_time, zone, agreed_at, updated_at FROM meeting_time WHERE proposed_by = ?")
                .param(me)
                .query((rs, n) -> ExportEntry.of("meeting-time", UUID.fromString(rs.getString(1))).visibility(Visibility.PARTNER)
                        .space(rs.getString(1)).created(rs.getLong(6)).updated(rs.getLong(6))
                        .value("weekday", java.time.DayOfWeek.of(rs.getInt(2)).name())
                        .value("time", rs.getString(3))
                        .value("zone", rs.getString(4))
                        .value("agreed", ExportEntry.millis(rs, 5) != null)
                        .build())
                .list());
        return out;
    }
}
