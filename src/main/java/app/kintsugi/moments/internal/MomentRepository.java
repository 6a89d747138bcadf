package app.kintsugi.moments.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;

/** A person's own hard-moment records: the log, the plan and the hard dates. Every text column is sealed. */
@Repository
@RequiredArgsConstructor
public class MomentRepository {

    private static final String ENTRY = "id, person_id, happened_at, strength, what, tags, did, helped, created_at, updated_at, version";

    private final JdbcClient jdbc;

    public record EntryRow(UUID id, PersonId person, long happenedAt, int strength, byte[] what, byte[] tags, byte[] did, byte[] helped,
            long createdAt, long updatedAt, long version) {
    }

    public record PlanRow(UUID id, PersonId person, byte[] helps, byte[] avoid, byte[] people, long updatedAt, long version) {
    }

    /** @param askFor the partner the ask is meant for: the one in the space when it was written or shown; null before anyone */
    public record DateRow(UUID id, PersonId person, LocalDate day, boolean yearly, byte[] label, byte[] ask, long createdAt,
            PersonId askFor) {
    }

    public void insert(EntryRow r) {
        jdbc.sql("INSERT INTO trigger_entry (" + ENTRY + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id().toString(), r.person().value().toString(), r.happenedAt(), r.strength(), r.what(), r.tags(), r.did(),
                        r.helped(), r.createdAt(), r.updatedAt(), r.version())
                .update();
    }

    public boolean update(EntryRow r, long expectedVersion) {
        return jdbc.sql("""
                UPDATE trigger_entry SET happened_at = ?, strength = ?, what = ?, tags = ?, did = ?, helped = ?, updated_at = ?,
                    version = version + 1
                WHERE id = ? AND person_id = ? AND version = ?""")
                .params(r.happenedAt(), r.strength(), r.what(), r.tags(), r.did(), r.helped(), r.updatedAt(), r.id().toString(),
                        r.person().value().toString(), expectedVersion)
                .update() == 1;
    }

    public boolean delete(UUID id, PersonId person) {
        return jdbc.sql("DELETE FROM trigger_entry WHERE id = ? AND person_id = ?").params(id.toString(), person.value().toString())
                .update() == 1;
    }

    public Optional<EntryRow> find(UUID id) {
        return jdbc.sql("SELECT " + ENTRY + " FROM trigger_entry WHERE id = ?").param(id.toString()).query(MomentRepository::entry)
                .optional();
    }

    /** The person's entries, newest first. */
    public List<EntryRow> entries(PersonId person) {
        return jdbc.sql("SELECT " + ENTRY + " FROM trigger_entry WHERE person_id = ? ORDER BY happened_at DESC, id")
                .param(person.value().toString()).query(MomentRepository::entry).list();
    }

    public int count(PersonId person) {
        return jdbc.sql("SELECT COUNT(*) FROM trigger_entry WHERE person_id = ?").param(person.value().toString())
                .query(Integer.class).single();
    }

    public Optional<PlanRow> plan(PersonId person) {
        return jdbc.sql("SELECT id, person_id, helps, avoid, people, updated_at, version FROM coping_plan WHERE person_id = ?")
                .param(person.value().toString())
                .query((rs, n) -> new PlanRow(UUID.fromString(rs.getString(1)), new PersonId(UUID.fromString(rs.getString(2))),
                        rs.getBytes(3), rs.getBytes(4), rs.getBytes(5), rs.getLong(6), rs.getLong(7)))
                .optional();
    }

    public void insertPlan(PlanRow r) {
        jdbc.sql("INSERT INTO coping_plan (id, person_id, helps, avoid, people, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 0)")
                .params(r.id().toString(), r.person().value().toString(), r.helps(), r.avoid(), r.people(), r.updatedAt())
                .update();
    }

    public boolean updatePlan(PlanRow r, long expectedVersion) {
        return jdbc.sql("""
                UPDATE coping_plan SET helps = ?, avoid = ?, people = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND person_id = ? AND version = ?""")
                .params(r.helps(), r.avoid(), r.people(), r.updatedAt(), r.id().toString(), r.person().value().toString(),
                        expectedVersion)
                .update() == 1;
    }

    public void insertDate(DateRow r) {
        jdbc.sql("INSERT INTO hard_date (id, person_id, day, yearly, label, ask, created_at, ask_for_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id().toString(), r.person().value().toString(), r.day().toString(), r.yearly() ? 1 : 0, r.label(), r.ask(),
                        r.createdAt(), r.askFor() == null ? null : r.askFor().value().toString())
                .update();
    }

    /** The ask of the person's date is from now on meant for this partner. */
    public boolean showAsk(UUID id, PersonId person, PersonId partner) {
        return jdbc.sql("UPDATE hard_date SET ask_for_id = ? WHERE id = ? AND person_id = ? AND ask IS NOT NULL")
                .params(partner.value().toString(), id.toString(), person.value().toString()).update() == 1;
    }

    /** The columns {@link #date} reads, in its order. */
    public static final String DATE_COLUMNS = "id, person_id, day, yearly, label, ask, created_at, ask_for_id";

    public boolean deleteDate(UUID id, PersonId person) {
        return jdbc.sql("DELETE FROM hard_date WHERE id = ? AND person_id = ?").params(id.toString(), person.value().toString())
                .update() == 1;
    }

    public Optional<DateRow> findDate(UUID id) {
        return jdbc.sql("SELECT " + DATE_COLUMNS + " FROM hard_date WHERE id = ?")
                .param(id.toString()).query(MomentRepository::date).optional();
    }

    public List<DateRow> dates(PersonId person) {
        return jdbc.sql("SELECT " + DATE_COLUMNS + " FROM hard_date WHERE person_id = ? ORDER BY day, id")
                .param(person.value().toString()).query(MomentRepository::date).list();
    }

    private static EntryRow entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new EntryRow(UUID.fromString(rs.getString(1)), new PersonId(UUID.fromString(rs.getString(2))), rs.getLong(3),
                rs.getInt(4), rs.getBytes(5), rs.getBytes(6), rs.getBytes(7), rs.getBytes(8), rs.getLong(9), rs.getLong(10),
                rs.getLong(11));
    }

    /** A row of {@link #DATE_COLUMNS}. */
    public static DateRow date(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String askFor = rs.getString(8);
        return new DateRow(UUID.fromString(rs.getString(1)), new PersonId(UUID.fromString(rs.getString(2))),
                LocalDate.parse(rs.getString(3)), rs.getInt(4) != 0, rs.getBytes(5), rs.getBytes(6), rs.getLong(7),
                askFor == null ? null : new PersonId(UUID.fromString(askFor)));
    }
}
