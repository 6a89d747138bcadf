package app.kintsugi.transparency.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.transparency.DisclosurePart;
import app.kintsugi.transparency.PartMark;
import app.kintsugi.transparency.PreparedDisclosureStatus;
import app.kintsugi.transparency.ReadingWay;

@Repository
@RequiredArgsConstructor
public class PreparedDisclosureRepository {

    private static final String COLUMNS = "id, couple_id, author_id, partner_id, timeline, hidden, who_knows, contact_now, status, "
            + "meet_at, reading_way, proposed_by, given_at, read_at, created_at, updated_at, version, review_note, review_note_by, "
            + "review_note_at";

    private final JdbcClient jdbc;

    public record Row(UUID id, CoupleId couple, PersonId author, PersonId partner, Map<DisclosurePart, byte[]> parts,
            PreparedDisclosureStatus status, Long meetAt, ReadingWay way, PersonId proposedBy, Long givenAt, Long readAt,
            long createdAt, long updatedAt, long version, byte[] reviewNote, PersonId reviewNoteBy, Long reviewNoteAt) {
    }

    public record AdditionRow(UUID id, UUID disclosure, PersonId author, byte[] content, long addedAt, Long seenAt) {
    }

    public void insert(UUID id, CoupleId couple, PersonId author, PersonId partner, long now) {
        jdbc.sql("INSERT INTO prepared_disclosure (id, couple_id, author_id, partner_id, status, created_at, updated_at, version) "
                        + "VALUES (?, ?, ?, ?, 'DRAFT', ?, ?, 0)")
                .params(id.toString(), couple.value().toString(), author.value().toString(),
                        partner == null ? null : partner.value().toString(), now, now)
                .update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM prepared_disclosure WHERE id = ?").param(id.toString())
                .query(PreparedDisclosureRepository::map).optional();
    }

    public Optional<Row> byAuthor(CoupleId couple, PersonId author) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM prepared_disclosure WHERE couple_id = ? AND author_id = ?")
                .params(couple.value().toString(), author.value().toString()).query(PreparedDisclosureRepository::map).optional();
    }

    /** Every disclosure this person wrote, in any space, newest first. */
    public List<Row> byAuthorEverywhere(PersonId author) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM prepared_disclosure WHERE author_id = ? ORDER BY created_at DESC, id")
                .param(author.value().toString()).query(PreparedDisclosureRepository::map).list();
    }

    /** The disclosures written for this person in a space: the caller decides what of each they may see. */
    public List<Row> forPartner(CoupleId couple, PersonId partner) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM prepared_disclosure WHERE couple_id = ? AND partner_id = ? ORDER BY created_at, id")
                .params(couple.value().toString(), partner.value().toString()).query(PreparedDisclosureRepository::map).list();
    }

    /** The disclosures of a space this person wrote or is the partner of: at most one each way. */
    public List<Row> involving(CoupleId couple, PersonId person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM prepared_disclosure WHERE couple_id = ? AND (author_id = ? OR partner_id = ?) "
                        + "ORDER BY created_at, id")
                .params(couple.value().toString(), person.value().toString(), person.value().toString())
                .query(PreparedDisclosureRepository::map).list();
    }

    /** Saves the parts of a draft, if nobody changed it since it was read. */
    public boolean saveParts(UUID id, long expectedVersion, Map<DisclosurePart, byte[]> parts, long now) {
        return jdbc.sql("UPDATE prepared_disclosure SET timeline = ?, hidden = ?, who_knows = ?, contact_now = ?, updated_at = ?, "
                        + "version = version + 1 WHERE id = ? AND version = ? AND status <> 'GIVEN'")
                .params(parts.get(DisclosurePart.TIMELINE), parts.get(DisclosurePart.HIDDEN), parts.get(DisclosurePart.WHO_KNOWS),
                        parts.get(DisclosurePart.CONTACT_NOW), now, id.toString(), expectedVersion)
                .update() == 1;
    }

    /** Proposes a time; one written alone becomes meant for {@code partner} by it (it keeps its partner otherwise). */
    public boolean propose(UUID id, long expectedVersion, PersonId partner, long meetAt, ReadingWay way, PersonId by, long now) {
        return jdbc.sql("UPDATE prepared_disclosure SET partner_id = COALESCE(partner_id, ?), status = 'PROPOSED', meet_at = ?, "
                        + "reading_way = ?, proposed_by = ?, updated_at = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ? AND status <> 'GIVEN'")
                .params(partner.value().toString(), meetAt, way == null ? null : way.name(), by.value().toString(), now, id.toString(), expectedVersion)
                .update() == 1;
    }

    public boolean accept(UUID id, long expectedVersion, ReadingWay way, long now) {
        return jdbc.sql("UPDATE prepared_disclosure SET status = 'PLANNED', reading_way = ?, updated_at = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ? AND status = 'PROPOSED'")
                .params(way.name(), now, id.toString(), expectedVersion).update() == 1;
    }

    public boolean give(UUID id, long expectedVersion, long now) {
        return jdbc.sql("UPDATE prepared_disclosure SET status = 'GIVEN', given_at = ?, updated_at = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ? AND status = 'PLANNED'")
                .params(now, now, id.toString(), expectedVersion).update() == 1;
    }

    /**
     * The counselor's one note back to the author; a later one replaces it, if the note there is still the
     * one written at {@code previousAt} (0: none).
     */
    public boolean saveReviewNote(UUID id, byte[] note, PersonId counselor, long now, long previousAt) {
        return jdbc.sql("UPDATE prepared_disclosure SET review_note = ?, review_note_by = ?, review_note_at = ? "
                        + "WHERE id = ? AND COALESCE(review_note_at, 0) = ? AND status <> 'GIVEN'")
                .params(note, counselor.value().toString(), now, id.toString(), previousAt).update() == 1;
    }

    /** The partner opened it for the first time since it was given. */
    public void markRead(UUID id, long now) {
        jdbc.sql("UPDATE prepared_disclosure SET read_at = ? WHERE id = ? AND read_at IS NULL AND status = 'GIVEN'")
                .params(now, id.toString()).update();
    }

    /** The partner's mark on a part: the latest one counts (two tabs marking at once end with one row). */
    public void mark(UUID id, DisclosurePart part, PartMark mark, long now) {
        if (updateMark(id, part, mark, now)) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO prepared_disclosure_mark (disclosure_id, part, mark, marked_at) VALUES (?, ?, ?, ?)")
                    .params(id.toString(), part.name(), mark.name(), now).update();
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            updateMark(id, part, mark, now);
        }
    }

    private boolean updateMark(UUID id, DisclosurePart part, PartMark mark, long now) {
        return jdbc.sql("UPDATE prepared_disclosure_mark SET mark = ?, marked_at = ? WHERE disclosure_id = ? AND part = ?")
                .params(mark.name(), now, id.toString(), part.name()).update() == 1;
    }

    public Map<DisclosurePart, PartMark> marks(UUID id) {
        Map<DisclosurePart, PartMark> out = new EnumMap<>(DisclosurePart.class);
        jdbc.sql("SELECT part, mark FROM prepared_disclosure_mark WHERE disclosure_id = ?").param(id.toString())
                .query((rs, n) -> out.put(DisclosurePart.valueOf(rs.getString(1)), PartMark.valueOf(rs.getString(2)))).list();
        return out;
    }

    public void insertAddition(AdditionRow a) {
        jdbc.sql("INSERT INTO prepared_disclosure_addition (id, disclosure_id, author_id, content, added_at, seen_at) "
                        + "VALUES (?, ?, ?, ?, ?, NULL)")
                .params(a.id().toString(), a.disclosure().toString(), a.author().value().toString(), a.content(), a.addedAt())
                .update();
    }

    public List<AdditionRow> additions(UUID id) {
        return jdbc.sql("SELECT id, disclosure_id, author_id, content, added_at, seen_at FROM prepared_disclosure_addition "
                        + "WHERE disclosure_id = ? ORDER BY added_at, id")
                .param(id.toString()).query(PreparedDisclosureRepository::addition).list();
    }

    /** How many additions the partner has not opened yet. Nothing is decrypted. */
    public int unseenAdditions(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM prepared_disclosure_addition WHERE disclosure_id = ? AND seen_at IS NULL")
                .param(id.toString()).query(Integer.class).single();
    }

    public void markAdditionsSeen(UUID id, long now) {
        jdbc.sql("UPDATE prepared_disclosure_addition SET seen_at = ? WHERE disclosure_id = ? AND seen_at IS NULL")
                .params(now, id.toString()).update();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        Map<DisclosurePart, byte[]> parts = new EnumMap<>(DisclosurePart.class);
        for (DisclosurePart p : DisclosurePart.values()) {
            byte[] b = rs.getBytes(column(p));
            if (b != null) {
                parts.put(p, b);
            }
        }
        String way = rs.getString("reading_way");
        String by = rs.getString("proposed_by");
        String noteBy = rs.getString("review_note_by");
        String partner = rs.getString("partner_id");
        return new Row(UUID.fromString(rs.getString("id")), CoupleId.of(rs.getString("couple_id")),
                PersonId.of(rs.getString("author_id")), partner == null ? null : PersonId.of(partner), parts,
                PreparedDisclosureStatus.valueOf(rs.getString("status")), longOrNull(rs, "meet_at"),
                way == null ? null : ReadingWay.valueOf(way), by == null ? null : PersonId.of(by), longOrNull(rs, "given_at"),
                longOrNull(rs, "read_at"), rs.getLong("created_at"), rs.getLong("updated_at"), rs.getLong("version"),
                rs.getBytes("review_note"), noteBy == null ? null : PersonId.of(noteBy), longOrNull(rs, "review_note_at"));
    }

    private static AdditionRow addition(ResultSet rs, int n) throws SQLException {
        return new AdditionRow(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)), PersonId.of(rs.getString(3)),
                rs.getBytes(4), rs.getLong(5), longOrNull(rs, "seen_at"));
    }

    /** The column a part's sealed text lives in. */
    private static String column(DisclosurePart part) {
        return switch (part) {
            case TIMELINE -> "timeline";
            case HIDDEN -> "hidden";
            case WHO_KNOWS -> "who_knows";
            case CONTACT_NOW -> "contact_now";
        };
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
