package app.kintsugi.resources.internal;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;

/** The region each person chose for their help resources: a code, like a time zone, nothing they wrote. */
@Repository
@RequiredArgsConstructor
public class HelpRegionRepository {

    private final JdbcClient jdbc;

    public Optional<String> find(PersonId person) {
        return jdbc.sql("SELECT region FROM help_region WHERE person_id = ?").param(person.value().toString())
                .query(String.class).optional();
    }

    public void save(PersonId person, String region, long now) {
        int updated = jdbc.sql("UPDATE help_region SET region = ?, chosen_at = ? WHERE person_id = ?")
                .params(region, now, person.value().toString()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO help_region (person_id, region, chosen_at) VALUES (?, ?, ?) ON CONFLICT (person_id) DO NOTHING")
                    .params(person.value().toString(), region, now).update();
        }
    }
}
