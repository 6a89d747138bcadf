package app.kintsugi.respect;

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

/** Appreciations a person sent and kind acts they logged, private ones too, for their export. */
@Component
@RequiredArgsConstructor
class RespectExport implements ExportSource {

    private final JdbcClient jdbc;
    private final ExportReader reader;

    @Override
    public String section() {
        return "respect";
    }

    @Override
    public List<ExportEntry> export(PersonId person) {
        String me = person.value().toString();
        List<ExportEntry> out = new ArrayList<>(jdbc.sql("""
                SELECT id, couple_id, content, created_at, seen_at FROM appreciation WHERE author_id = ? ORDER BY created_at, id""")
                .param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    CoupleId couple = CoupleId.of(rs.getString(2));
                    EntryRef ref = new EntryRef(Appreciations.KIND, id, person, Visibility.PARTNER, couple);
                    return ExportEntry.of("appreciation", id).visibility(Visibility.PARTNER).space(couple).created(rs.getLong(4))
                            .written("text", reader.open(person, ref, rs.getBytes(3)))
                            .event(ExportEntry.millis(rs, 5), "seen-by-partner")
                            .build();
                })
                .list());
        jdbc.sql("""
                SELECT id, couple_id, content, day, visibility, created_at, updated_at FROM kind_act
                WHERE author_id = ? ORDER BY day, created_at, id""")
                .param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    CoupleId couple = CoupleId.of(rs.getString(2));
                    Visibility visibility = Visibility.valueOf(rs.getString(5));
                    EntryRef ref = new EntryRef(KindActs.KIND, id, person, visibility, couple);
                    return ExportEntry.of("kind-act", id).visibility(visibility).space(couple)
                            .created(rs.getLong(6)).updated(rs.getLong(7))
                            .value("day", ExportEntry.day(rs.getString(4)))
                            .written("text", reader.open(person, ref, rs.getBytes(3)))
                            .build();
                })
                .list().forEach(out::add);
        jdbc.sql("SELECT couple_id, given_at FROM ratio_consent WHERE person_id = ? ORDER BY given_at")
                .param(me)
                .query((rs, n) -> ExportEntry.of("ratio-sharing",
                                UUID.nameUUIDFromBytes(("ratio-consent:" + me + ":" + rs.getString(1)).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .space(rs.getString(1)).created(rs.getLong(2))
                        .value("shared", true)
                        .build())
                .list().forEach(out::add);
        return out;
    }
}
