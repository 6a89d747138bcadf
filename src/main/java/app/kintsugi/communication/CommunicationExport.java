package app.kintsugi.communication;

import java.util.ArrayList;
import java.util.List;
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
 * A person's part of open communication, for their export: ground rules they added, conversations
 * they planned (topic and place), their ratings and notes after a conversation, summaries they
 * wrote, dialogue threads they started and every message they wrote. Nothing the partner wrote.
 */
@Component
@RequiredArgsConstructor
class CommunicationExport implements ExportSource {

    private final JdbcClient jdbc;
    private final ExportReader reader;

    @Override
    public String section() {
        return "communication";
    }

    @Override
    public List<ExportEntry> export(PersonId person) {
        String me = person.value().toString();
        List<ExportEntry> out = new ArrayList<>(jdbc.sql("""
                SELECT id, couple_id, content, created_at FROM ground_rule WHERE author_id = ? ORDER BY created_at, id""")
                .param(me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    EntryRef ref = new EntryRef(Conversations.RULE_KIND, id, person, Visibility.PARTNER, CoupleId.of(rs.getString(2)));
                    return ExportEntry.of("ground-rule", id).visibility(Visibility.PARTNER).space(rs.getString(2))
                            .created(rs.getLong(4))
                            .written("text", reader.open(person, ref, rs.getBytes(3)))
                            .build();
                })
                .list());
        jdbc.sql("""
                SELECT c.id, c.couple_id, c.proposer_id, c.topic, c.place, c.starts_at, c.minutes, c.status, c.created_at,
                       c.updated_at, g.agreed_at, r.heard, r.safe, r.note, r.rated_at, s.summary_by, s.summary
                FROM conversation c
                LEFT JOIN conversation_agreement g ON g.conversation_id = c.id AND g.person_id = ?
                LEFT JOIN live_rating r ON r.conversation_id = c.id AND r.person_id = ?
                LEFT JOIN live_session s ON s.conversation_id = c.id
                WHERE c.proposer_id = ? OR c.partner_id = ? ORDER BY c.starts_at, c.id""")
                .params(me, me, me, me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    CoupleId couple = CoupleId.of(rs.getString(2));
                    boolean proposer = me.equals(rs.getString(3));
                    ExportEntry.Builder b = ExportEntry.of("conversation", id).visibility(Visibility.PARTNER).space(couple)
                            .created(rs.getLong(9)).updated(rs.getLong(10))
                            .value("role", proposer ? "PROPOSED" : "INVITED")
                            .value("startsAt", java.time.Instant.ofEpochMilli(rs.getLong(6)))
                            .value("minutes", rs.getInt(7))
                            .value("status", rs.getString(8))
                            .event(ExportEntry.millis(rs, 11), "agreed");
                    if (proposer) {
                        EntryRef ref = new EntryRef(Conversations.KIND, id, person, Visibility.PARTNER, couple);
                        b.written("topic", reader.open(person, ref, rs.getBytes(4)))
                                .written("place", reader.open(person, ref, Conversations.KIND + "-place", id, rs.getBytes(5)));
                    }
                    Long rated = ExportEntry.millis(rs, 15);
                    if (rated != null) {
                        EntryRef note = new EntryRef(LiveSessions.NOTE_KIND, id, person, null, couple);
                        b.part(ExportEntry.of("conversation-rating", id).space(couple)
                                .created(rated)
                                .value("heard", rs.getInt(12))
                                .value("safe", rs.getInt(13))
                                .written("note", reader.open(person, note, rs.getBytes(14)))
                                .build());
                    }
                    if (me.equals(rs.getString(16)) && rs.getBytes(17) != null) {
                        EntryRef summary = new EntryRef(LiveSessions.SUMMARY_KIND, id, person, Visibility.PARTNER, couple);
                        b.part(ExportEntry.of("conversation-summary", id).visibility(Visibility.PARTNER).space(couple)
                                .written("text", reader.open(person, summary, rs.getBytes(17)))
                                .build());
                    }
                    return b.build();
                })
                .list().forEach(out::add);
        jdbc.sql("""
                SELECT t.id, t.couple_id, t.starter_id, t.topic, t.created_at, t.last_message_at FROM dialogue_thread t
                WHERE t.starter_id = ? OR EXISTS (SELECT 1 FROM dialogue_message m WHERE m.thread_id = t.id AND m.author_id = ?)
                ORDER BY t.created_at, t.id""")
                .params(me, me)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    CoupleId couple = CoupleId.of(rs.getString(2));
                    ExportEntry.Builder b = ExportEntry.of("dialogue", id).visibility(Visibility.PARTNER).space(couple)
                            .created(rs.getLong(5)).updated(rs.getLong(6));
                    if (me.equals(rs.getString(3))) {
                        EntryRef ref = new EntryRef(Dialogues.THREAD_KIND, id, person, Visibility.PARTNER, couple);
                        b.written("topic", reader.open(person, ref, rs.getBytes(4)));
                    }
                    return b.build();
                })
                .list().forEach(thread -> out.add(withMessages(person, thread)));
        return out;
    }

    private ExportEntry withMessages(PersonId person, ExportEntry thread) {
        CoupleId couple = new CoupleId(thread.spaceId());
        List<ExportEntry> mine = jdbc.sql("""
                SELECT id, content, created_at FROM dialogue_message WHERE thread_id = ? AND author_id = ?
                ORDER BY created_at, id""")
                .params(thread.id().toString(), person.value().toString())
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    EntryRef ref = new EntryRef(Dialogues.MESSAGE_KIND, id, person, Visibility.PARTNER, couple);
                    return ExportEntry.of("dialogue-message", id).visibility(Visibility.PARTNER).space(couple)
                            .created(rs.getLong(3))
                            .written("text", reader.open(person, ref, rs.getBytes(2)))
                            .build();
                })
                .list();
        return new ExportEntry(thread.kind(), thread.id(), thread.visibility(), thread.spaceId(), thread.createdAt(),
                thread.updatedAt(), thread.fields(), thread.history(), mine);
    }
}
