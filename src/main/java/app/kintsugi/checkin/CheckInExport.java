package app.kintsugi.checkin;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.ExportEntry;
import app.kintsugi.privacy.ExportField;
import app.kintsugi.privacy.ExportReader;
import app.kintsugi.privacy.ExportSource;
import app.kintsugi.privacy.Visibility;

/** A person's answers to every check-in questionnaire and their scores, and whom they share scores with. */
@Component
@RequiredArgsConstructor
class CheckInExport implements ExportSource {

    private final JdbcClient jdbc;
    private final ExportReader reader;

    @Override
    public String section() {
        return "checkIns";
    }

    @Override
    public List<ExportEntry> export(PersonId person) {
        String me = person.value().toString();
        List<ExportEntry> out = new ArrayList<>(jdbc.sql("""
                SELECT id, questionnaire_id, definition, week, answers, scores, complete, created_at, updated_at
                FROM questionnaire_response WHERE person_id = ? ORDER BY week, created_at, id""")
                .param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    EntryRef ref = new EntryRef(CheckIns.ANSWERS_KIND, id, person, Visibility.PRIVATE, null);
                    return ExportEntry.of("check-in-answers", id).visibility(Visibility.PRIVATE)
                            .created(rs.getLong(8)).updated(rs.getLong(9))
                            .value("questionnaire", rs.getString(2))
                            .value("definitionVersion", rs.getInt(3))
                            .value("week", ExportEntry.day(rs.getString(4)))
                            .value("complete", rs.getInt(7) != 0)
                            .fields(lines("answers.", reader.open(person, ref, rs.getBytes(5)), false))
                            .fields(lines("scores.", reader.open(person, ref, CheckIns.SCORES_KIND, id, rs.getBytes(6)), true))
                            .build();
                })
                .list());
        jdbc.sql("SELECT partner, updated_at FROM score_sharing WHERE person_id = ?")
                .param(me)
                .query((rs, n) -> ExportEntry.of("score-sharing",
                                UUID.nameUUIDFromBytes(("score-sharing:" + me).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .updated(rs.getLong(2))
                        .value("withPartner", rs.getInt(1) != 0)
                        .build())
                .list().forEach(out::add);
        jdbc.sql("SELECT questionnaire_id, cadence, starts_on, created_at, updated_at FROM measure_schedule WHERE person_id = ? "
                        + "ORDER BY questionnaire_id")
                .param(me)
                .query((rs, n) -> ExportEntry.of("measure-schedule",
                                UUID.nameUUIDFromBytes(("measure-schedule:" + me + ":" + rs.getString(1))
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .created(rs.getLong(4)).updated(rs.getLong(5))
                        .value("questionnaire", rs.getString(1))
                        .value("cadence", rs.getString(2))
                        .value("startsOn", ExportEntry.day(rs.getString(3)))
                        .build())
                .list().forEach(out::add);
        // The questionnaires the person added as a counselor, with their definitions as written.
        jdbc.sql("SELECT id, definition, created_at, retired_at FROM added_questionnaire WHERE author_id = ? ORDER BY created_at, id")
                .param(me)
                .query((rs, n) -> {
                    long retired = rs.getLong(4);
                    boolean offered = rs.wasNull();
                    return ExportEntry.of("added-questionnaire",
                                    UUID.nameUUIDFromBytes(("added-questionnaire:" + rs.getString(1)).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                            .created(rs.getLong(3)).updated(offered ? rs.getLong(3) : retired)
                            .value("questionnaire", rs.getString(1))
                            .value("offered", offered)
                            .value("definition", rs.getString(2))
                            .build();
                })
                .list().forEach(out::add);
        return out;
    }

    /** The stored "name=value" lines, each a number. */
    private static List<ExportField> lines(String prefix, String text, boolean decimal) {
        List<ExportField> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                String value = line.substring(eq + 1).strip();
                Number number = decimal ? Double.valueOf(value) : Integer.valueOf(value);
                out.add(ExportField.value(prefix + line.substring(0, eq), number));
            }
        }
        return out;
    }
}
