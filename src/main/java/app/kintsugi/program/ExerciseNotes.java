package app.kintsugi.program;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;

/**
 * A private notepad per exercise done away from the screen ("look after the basics", "one small
 * promise"…): what the person wants to remember of it. Only its author ever reads it; it is sealed
 * like every text people write.
 */
@Service
@RequiredArgsConstructor
public class ExerciseNotes {

    static final String KIND = "exercise-note";
    public static final int MAX_TEXT = 10_000;
    private static final Logger log = LoggerFactory.getLogger(ExerciseNotes.class);

    private final JdbcClient jdbc;
    private final ContentCipher cipher;
    private final Program program;
    private final Couples couples;
    private final Progress progress;
    private final Clock clock;

    /** The person's note on an exercise, with its version for the next save. */
    public record Note(String text, long version, Instant updatedAt) {

        public static final Note EMPTY = new Note("", -1, null);
    }

    /** The exercise, when it is meant for this person; not found otherwise, as for anything not theirs. */
    public Exercise exercise(PersonId person, String exerciseId) {
        Exercise exercise = program.exercise(exerciseId).orElseThrow(NotFoundException::new);
        Role role = couples.current(person).map(s -> s.me().role()).orElse(null);
        if (!exercise.meantFor(role)) {
            throw new NotFoundException();
        }
        return exercise;
    }

    public Note of(PersonId person, String exerciseId) {
        Exercise exercise = exercise(person, exerciseId);
        return jdbc.sql("SELECT content, version, updated_at FROM exercise_note WHERE person_id = ? AND exercise_id = ?")
                .params(person.value().toString(), exercise.id())
                .query((rs, n) -> new Note(cipher.open(person, KIND, recordId(exercise.id()), rs.getBytes(1)), rs.getLong(2),
                        Instant.ofEpochMilli(rs.getLong(3))))
                .optional().orElse(Note.EMPTY);
    }

    /**
     * Saves the note; an empty note removes it. {@code expectedVersion} is the version the person
     * opened (-1 for none yet): a note changed elsewhere meanwhile is not overwritten.
     */
    @Transactional
    public void save(PersonId person, String exerciseId, String text, long expectedVersion) {
        Exercise exercise = exercise(person, exerciseId);
        String clean = Texts.clean(text);
        new Validation().optionalText("note", clean, MAX_TEXT).throwIfInvalid();
        long now = clock.millis();
        String who = person.value().toString();
        int changed;
        if (clean == null) {
            changed = jdbc.sql("DELETE FROM exercise_note WHERE person_id = ? AND exercise_id = ? AND version = ?")
                    .params(who, exercise.id(), expectedVersion).update();
            if (expectedVersion < 0) {
                return;
            }
        } else if (expectedVersion < 0) {
            changed = jdbc.sql("""
                    INSERT INTO exercise_note (person_id, exercise_id, content, updated_at, version) VALUES (?, ?, ?, ?, 0)
                    ON CONFLICT (person_id, exercise_id) DO NOTHING""")
                    .params(who, exercise.id(), cipher.seal(person, KIND, recordId(exercise.id()), clean), now).update();
        } else {
            changed = jdbc.sql("""
                    UPDATE exercise_note SET content = ?, updated_at = ?, version = version + 1
                    WHERE person_id = ? AND exercise_id = ? AND version = ?""")
                    .params(cipher.seal(person, KIND, recordId(exercise.id()), clean), now, who, exercise.id(), expectedVersion)
                    .update();
        }
        if (changed != 1) {
            throw new StaleEditException();
        }
        if (clean != null) {
            progress.noteActivity(person, exercise.id());
        }
        log.info("event=exercise_note_saved person={} exercise={}", person, exercise.id());
    }

    /** A stable record id per exercise, bound into the sealed text so a note cannot be moved to another exercise. */
    static UUID recordId(String exerciseId) {
        return UUID.nameUUIDFromBytes(("exercise-note:" + exerciseId).getBytes(StandardCharsets.UTF_8));
    }
}
