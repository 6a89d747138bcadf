package app.kintsugi.program;

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
import app.kintsugi.privacy.ExportSource;
import app.kintsugi.privacy.Visibility;

/**
 * A person's part of the program for their export: their timeline entries, their notepad of each
 * exercise, and where they stand in each exercise.
 */
@Component
@RequiredArgsConstructor
class ProgramExport implements ExportSource {

    private final JdbcClient jdbc;
    private final ExportReader reader;

    @Override
    public String section() {
        return "program";
    }

    @Override
    public List<ExportEntry> export(PersonId person) {
        String me = person.value().toString();
        List<ExportEntry> out = new ArrayList<>(jdbc.sql("""
                SELECT id, couple_id, kind, visibility, occurred_on, content, created_at FROM timeline_entry
                WHERE author_id = ? ORDER BY occurred_on, created_at, id""")
                .param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    String couple = rs.getString(2);
                    Visibility visibility = Visibility.valueOf(rs.getString(4));
                    EntryRef ref = new EntryRef(Timeline.KIND, id, person, visibility, couple == null ? null : CoupleId.of(couple));
                    return ExportEntry.of("timeline", id).visibility(visibility).space(couple).created(rs.getLong(7))
                            .value("kind", rs.getString(3))
                            .value("on", ExportEntry.day(rs.getString(5)))
                            .fields(reader.fields(reader.open(person, ref, rs.getBytes(6)), Set.of()))
                            .build();
                })
                .list());
        jdbc.sql("SELECT exercise_id, content, updated_at FROM exercise_note WHERE person_id = ? ORDER BY exercise_id")
                .param(me)
                .query((rs, n) -> {
                    String exercise = rs.getString(1);
                    UUID recordId = ExerciseNotes.recordId(exercise);
                    EntryRef ref = new EntryRef(ExerciseNotes.KIND, recordId, person, Visibility.PRIVATE, null);
                    return ExportEntry.of("exercise-note", recordId).visibility(Visibility.PRIVATE).updated(rs.getLong(3))
                            .value("exercise", exercise)
                            .written("text", reader.open(person, ref, rs.getBytes(2)))
                            .build();
                })
                .list().forEach(out::add);
        jdbc.sql("""
                SELECT exercise_id, status, started_at, completed_at, updated_at FROM exercise_progress
                WHERE person_id = ? ORDER BY exercise_id""")
                .param(me)
                .query((rs, n) -> ExportEntry.of("exercise-progress",
                                UUID.nameUUIDFromBytes(("exercise-progress:" + me + ":" + rs.getString(1)).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .updated(rs.getLong(5))
                        .value("exercise", rs.getString(1))
                        .value("status", rs.getString(2))
                        .event(ExportEntry.millis(rs, 3), "started")
                        .event(ExportEntry.millis(rs, 4), "completed")
                        .build())
                .list().forEach(out::add);
        return out;
    }
}
