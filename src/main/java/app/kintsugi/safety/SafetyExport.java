package app.kintsugi.safety;

import java.util.List;
import java.util.Set;
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

/** Every safety check a person answered, for their own export only. */
@Component
@RequiredArgsConstructor
class SafetyExport implements ExportSource {

    private final JdbcClient jdbc;
    private final ExportReader reader;

    @Override
    public String section() {
        return "safety";
    }

    @Override
    public List<ExportEntry> export(PersonId person) {
        return jdbc.sql("SELECT id, answered_at, answers FROM safety_check WHERE person_id = ? ORDER BY answered_at, id")
                .param(person.value().toString())
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    EntryRef ref = new EntryRef(SafetyChecks.KIND, id, person, Visibility.PRIVATE, null);
                    String answers = reader.open(person, ref, rs.getBytes(3));
                    // Every answer is a choice from the list, never free text.
                    Set<String> all = Set.of(SafetyQuestionNames.ALL);
                    return ExportEntry.of("safety-check", id).visibility(Visibility.PRIVATE).created(rs.getLong(2))
                            .fields(reader.fields(answers, all))
                            .build();
                })
                .list();
    }

    /** The names of the questions, as stored. */
    private static final class SafetyQuestionNames {
        static final String[] ALL = java.util.Arrays.stream(SafetyQuestion.values()).map(Enum::name).toArray(String[]::new);
    }
}
