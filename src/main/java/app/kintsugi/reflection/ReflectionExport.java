package app.kintsugi.reflection;

import java.util.ArrayList;
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
import app.kintsugi.privacy.ExportReader.Shareable;
import app.kintsugi.privacy.ExportSource;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.reflection.internal.ReflectionCodec;

/** A person's reflections on what happened, and the one they have not finished, for their export. */
@Component
@RequiredArgsConstructor
class ReflectionExport implements ExportSource {

    /** Stored fields that hold a choice, not words. */
    private static final Set<String> CHOSEN = Set.of("kind", "felt");

    private final JdbcClient jdbc;
    private final ExportReader reader;

    @Override
    public String section() {
        return "reflections";
    }

    @Override
    public List<ExportEntry> export(PersonId person) {
        String me = person.value().toString();
        List<ExportEntry> out = new ArrayList<>(jdbc.sql("""
                SELECT id, couple_id, visibility, content, created_at, updated_at FROM reflection
                WHERE author_id = ? ORDER BY created_at, id""")
                .param(me)
                .query((rs, n) -> {
                    Shareable e = ExportReader.shareable(rs, ReflectionCodec.KIND, person);
                    return e.entry("reflection")
                            .created(rs.getLong(5)).updated(rs.getLong(6))
                            .fields(reader.fields(reader.open(person, e.ref(), rs.getBytes(4)), CHOSEN))
                            .build();
                })
                .list());
        jdbc.sql("SELECT id, content, updated_at FROM reflection_draft WHERE author_id = ?")
                .param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    EntryRef ref = new EntryRef(ReflectionCodec.DRAFT_KIND, id, person, Visibility.PRIVATE, null);
                    return ExportEntry.of("reflection-unfinished", id).visibility(Visibility.PRIVATE)
                            .updated(rs.getLong(3))
                            .fields(reader.fields(reader.open(person, ref, rs.getBytes(2)), CHOSEN))
                            .build();
                })
                .list().forEach(out::add);
        return out;
    }
}
