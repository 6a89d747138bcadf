package app.kintsugi.respect.internal;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;

@Repository
@RequiredArgsConstructor
public class RatioConsentRepository {

    private final JdbcClient jdbc;

    /** Who in a space chose to share its ratio. */
    public List<PersonId> given(CoupleId couple) {
        return jdbc.sql("SELECT person_id FROM ratio_consent WHERE couple_id = ?").param(couple.value().toString())
                .query((rs, n) -> PersonId.of(rs.getString(1))).list();
    }

    /** Records the choice once; false when it was already recorded. */
    public boolean give(CoupleId couple, PersonId person, long now) {
        return jdbc.sql("INSERT INTO ratio_consent (couple_id, person_id, given_at) VALUES (?, ?, ?) "
                        + "ON CONFLICT (couple_id, person_id) DO NOTHING")
                .params(couple.value().toString(), person.value().toString(), now).update() == 1;
    }

    /** Withdraws the choice; false when there was none. */
    public boolean withdraw(CoupleId couple, PersonId person) {
        return jdbc.sql("DELETE FROM ratio_consent WHERE couple_id = ? AND person_id = ?")
                .params(couple.value().toString(), person.value().toString()).update() == 1;
    }
}
