package app.kintsugi.boundaries;

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
 * A person's boundaries for their export: every boundary they proposed or wrote a version of, with
 * the versions they wrote and what they did (agreed, asked to talk, reported a crossing, with their
 * note). Versions the partner wrote are the partner's and are left out.
 */
@Component
@RequiredArgsConstructor
class BoundariesExport implements ExportSource {

    private final JdbcClient jdbc;
    private final ExportReader reader;

    @Override
    public String section() {
        return "boundaries";
    }

    @Override
    public List<ExportEntry> export(PersonId person) {
        String me = person.value().toString();
        List<ExportEntry> boundaries = jdbc.sql("""
                SELECT b.id, b.couple_id, b.proposer_id, b.agreed, b.withdrawn, b.created_at, b.updated_at FROM boundary b
                WHERE b.proposer_id = ? OR b.partner_id = ? ORDER BY b.created_at, b.id""")
                .params(me, me)
                .query((rs, n) -> ExportEntry.of("boundary", UUID.fromString(rs.getString(1)))
                        .visibility(Visibility.PARTNER).space(rs.getString(2))
                        .created(rs.getLong(6)).updated(rs.getLong(7))
                        .value("role", me.equals(rs.getString(3)) ? "PROPOSED" : "PARTNER")
                        .value("agreedVersion", rs.getInt(4))
                        .value("withdrawn", rs.getInt(5) != 0)
                        .build())
                .list();
        List<ExportEntry> out = new ArrayList<>();
        for (ExportEntry b : boundaries) {
            CoupleId couple = new CoupleId(b.spaceId());
            List<ExportEntry> parts = new ArrayList<>(versions(person, b.id(), couple));
            parts.addAll(events(person, b.id(), couple));
            boolean proposed = b.fields().stream().anyMatch(f -> f.name().equals("role") && "PROPOSED".equals(f.value()));
            if (proposed || !parts.isEmpty()) {
                out.add(new ExportEntry(b.kind(), b.id(), b.visibility(), b.spaceId(), b.createdAt(), b.updatedAt(), b.fields(),
                        b.history(), parts));
            }
        }
        return out;
    }

    private List<ExportEntry> versions(PersonId person, UUID boundary, CoupleId couple) {
        return jdbc.sql("""
                SELECT id, number, category, what, why, review_on, created_at, agreed_at FROM boundary_version
                WHERE boundary_id = ? AND author_id = ? ORDER BY number""")
                .params(boundary.toString(), person.value().toString())
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    EntryRef what = new EntryRef(Boundaries.WHAT_KIND, id, person, Visibility.PARTNER, couple);
                    return ExportEntry.of("boundary-version", id).visibility(Visibility.PARTNER).space(couple)
                            .created(rs.getLong(7))
                            .value("number", rs.getInt(2))
                            .value("category", rs.getString(3))
                            .written("what", reader.open(person, what, rs.getBytes(4)))
                            .written("why", reader.open(person, what, Boundaries.WHY_KIND, id, rs.getBytes(5)))
                            .value("reviewOn", ExportEntry.day(rs.getString(6)))
                            .event(ExportEntry.millis(rs, 8), "agreed")
                            .build();
                })
                .list();
    }

    private List<ExportEntry> events(PersonId person, UUID boundary, CoupleId couple) {
        return jdbc.sql("""
                SELECT id, kind, about_id, number, note, created_at FROM boundary_event
                WHERE boundary_id = ? AND actor_id = ? ORDER BY position""")
                .params(boundary.toString(), person.value().toString())
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    EntryRef ref = new EntryRef(Boundaries.NOTE_KIND, id, person, Visibility.PARTNER, couple);
                    return ExportEntry.of("boundary-event", id).visibility(Visibility.PARTNER).space(couple)
                            .created(rs.getLong(6))
                            .value("event", rs.getString(2))
                            .value("version", rs.getObject(4) == null ? null : rs.getInt(4))
                            .written("note", reader.open(person, ref, rs.getBytes(5)))
                            .build();
                })
                .list();
    }
}
