package app.kintsugi.privacy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.PersonId;
import app.kintsugi.shared.InvalidInputException;

/**
 * Keeping writing for a while only: a person may choose kinds of their own entries to be deleted
 * once they are older than some months. Only kinds that hold nobody else's writing can be chosen, so
 * it never takes anything from the partner. A scheduled task (one node at a time) does the deleting;
 * the audit says which kind and how many, never what.
 */
@Service
@RequiredArgsConstructor
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    /** The months a person can choose. */
    public static final List<Integer> MONTHS = List.of(3, 6, 12, 24);

    /** One kind: its table, the column naming its author and the time it was last written. */
    record Kind(String table, String owner, String writtenAt) {
    }

    /** The kinds, in the order the page shows them. */
    static final Map<String, Kind> KINDS;

    static {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        kinds.put("reflections", new Kind("reflection", "author_id", "updated_at"));
        kinds.put("timeline", new Kind("timeline_entry", "author_id", "created_at"));
        kinds.put("own-role", new Kind("own_role_entry", "author_id", "updated_at"));
        kinds.put("kind-acts", new Kind("kind_act", "author_id", "updated_at"));
        kinds.put("notepad", new Kind("exercise_note", "person_id", "updated_at"));
        kinds.put("check-ins", new Kind("questionnaire_response", "person_id", "updated_at"));
        kinds.put("safety", new Kind("safety_check", "person_id", "answered_at"));
        KINDS = java.util.Collections.unmodifiableMap(kinds);
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    /** The kinds a person can choose, as stable keys. */
    public static List<String> kinds() {
        return List.copyOf(KINDS.keySet());
    }

    /** What the person chose: kind to months; empty when they keep everything. */
    public Map<String, Integer> choices(PersonId person) {
        Map<String, Integer> out = new TreeMap<>();
        jdbc.sql("SELECT kind, months FROM retention_choice WHERE person_id = ?").param(person.value().toString())
                .query((rs, n) -> out.put(rs.getString(1), rs.getInt(2))).list();
        return out;
    }

    /**
     * Chooses: entries of these kinds older than {@code months} go; {@code months} null keeps
     * everything. Replaces the earlier choice whole.
     *
     * @throws InvalidInputException on {@code months} or {@code kinds}
     */
    @Transactional
    public void choose(PersonId person, Integer months, Set<String> kinds) {
        Set<String> chosen = kinds == null ? Set.of() : kinds;
        if (months != null && !MONTHS.contains(months)) {
            throw InvalidInputException.of("months", "retention.months.invalid");
        }
        if (!KINDS.keySet().containsAll(chosen)) {
            throw InvalidInputException.of("kinds", "retention.kinds.invalid");
        }
        if (months != null && chosen.isEmpty()) {
            throw InvalidInputException.of("kinds", "retention.kinds.required");
        }
        String id = person.value().toString();
        jdbc.sql("DELETE FROM retention_choice WHERE person_id = ?").param(id).update();
        long now = clock.millis();
        if (months != null) {
            for (String kind : chosen) {
                jdbc.sql("INSERT INTO retention_choice (person_id, kind, months, chosen_at) VALUES (?, ?, ?, ?)")
                        .params(id, kind, months, now).update();
            }
        }
        audit.record(person, "RETENTION_CHOSEN", "person", person.value(),
                months == null ? "off" : months + " months: " + String.join(",", new java.util.TreeSet<>(chosen)));
        log.info("event=retention_chosen person={} months={} kinds={}", person, months, chosen.size());
    }

    /** Deletes what is older than each person chose. Run by the scheduled task. @return how many entries went */
    @Transactional
    public int deleteOld() {
        ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
        int total = 0;
        for (var choice : jdbc.sql("SELECT person_id, kind, months FROM retention_choice ORDER BY person_id, kind")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3)}).list()) {
            String person = (String) choice[0];
            Kind kind = KINDS.get((String) choice[1]);
            if (kind == null) {
                continue;
            }
            long cutoff = now.minusMonths((Integer) choice[2]).toInstant().toEpochMilli();
            int deleted = jdbc.sql("DELETE FROM " + kind.table() + " WHERE " + kind.owner() + " = ? AND " + kind.writtenAt() + " < ?")
                    .params(person, cutoff).update();
            if (deleted > 0) {
                audit.record(null, "RETENTION_DELETED", (String) choice[1], java.util.UUID.fromString(person), Integer.toString(deleted));
                log.info("event=retention_deleted person={} kind={} count={}", person, choice[1], deleted);
                total += deleted;
            }
        }
        return total;
    }
}
