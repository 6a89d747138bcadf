package app.kintsugi.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.ExportEntry;
import app.kintsugi.privacy.ExportSource;
import app.kintsugi.privacy.Visibility;

/**
 * A person's decision aid for their export: their own writing, every lean they noted, and in which
 * spaces they were willing to show their lean. Nothing of the partner's, not even whether they were.
 */
@Component
@RequiredArgsConstructor
class DecisionExport implements ExportSource {

    private final JdbcClient jdbc;
    private final ContentCipher cipher;

    @Override
    public String section() {
        return "decision";
    }

    @Override
    public List<ExportEntry> export(PersonId person) {
        String me = person.value().toString();
        List<ExportEntry> out = new ArrayList<>();
        out.addAll(jdbc.sql("SELECT id, staying, parting, to_know, changed, created_at, updated_at FROM decision_note WHERE person_id = ?")
                .param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    return ExportEntry.of("decision-writing", id).visibility(Visibility.PRIVATE).created(rs.getLong(6))
                            .updated(rs.getLong(7))
                            .written("staying", cipher.openOrNull(person, Decisions.STAYING_KIND, id, rs.getBytes(2)))
                            .written("parting", cipher.openOrNull(person, Decisions.PARTING_KIND, id, rs.getBytes(3)))
                            .written("toKnow", cipher.openOrNull(person, Decisions.TO_KNOW_KIND, id, rs.getBytes(4)))
                            .written("changed", cipher.openOrNull(person, Decisions.CHANGED_KIND, id, rs.getBytes(5)))
                            .build();
                }).list());
        out.addAll(jdbc.sql("SELECT id, lean, noted_at FROM decision_lean WHERE person_id = ? ORDER BY noted_at, id")
                .param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    return ExportEntry.of("decision-lean", id).visibility(Visibility.PRIVATE).created(rs.getLong(3))
                            .updated(rs.getLong(3))
                            .value("lean", cipher.openOrNull(person, Decisions.LEAN_KIND, id, rs.getBytes(2)))
                            .build();
                }).list());
        out.addAll(jdbc.sql("SELECT couple_id, opted_in_at FROM decision_reveal WHERE person_id = ? ORDER BY opted_in_at")
                .param(me)
                .query((rs, n) -> {
                    UUID couple = UUID.fromString(rs.getString(1));
                    return ExportEntry.of("decision-willing-to-show", Decisions.revealId(person, new app.kintsugi.couple.CoupleId(couple)))
                            .visibility(Visibility.PRIVATE).space(rs.getString(1)).created(rs.getLong(2)).updated(rs.getLong(2))
                            .value("willing", true)
                            .build();
                }).list());
        return out;
    }

}
