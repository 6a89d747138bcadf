package app.kintsugi.moments;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.privacy.Access;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.TwoPersonEntries;
import app.kintsugi.privacy.TwoPersonEntry;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;

/**
 * Repair after a talk that went badly, in writing: the five steps of going over a regrettable
 * incident (what each felt, how each saw it, what it touched from before, what each owns, one thing
 * to do differently). Either partner starts one; each writes their part privately and shares it when
 * they choose; the two parts are shown side by side only once both are shared, so neither writes in
 * answer to the other. Once the space has ended, each keeps reading their own part.
 */
@Service
@RequiredArgsConstructor
public class Repairs {

    static final String KIND = "repair";
    static final String TITLE_KIND = "repair-title";
    static final String PART_KIND = "repair-part";
    static final String FEELINGS_KIND = "repair-feelings";
    static final String PERCEPTION_KIND = "repair-perception";
    static final String TRIGGERS_KIND = "repair-triggers";
    static final String OWNED_KIND = "repair-owned";
    static final String DIFFERENTLY_KIND = "repair-differently";
    public static final int MAX_TITLE = 200;
    public static final int MAX_PART = 4_000;
    private static final Logger log = LoggerFactory.getLogger(Repairs.class);

    private final JdbcClient jdbc;
    private final ContentCipher cipher;
    private final TwoPersonEntries entries;
    private final Couples couples;
    private final Accounts accounts;
    private final Progress progress;
    private final Clock clock;

    private record Row(UUID id, CoupleId couple, PersonId starter, PersonId partner, byte[] title, long createdAt) {
    }

    private record PartRow(UUID id, PersonId person, byte[] feelings, byte[] perception, byte[] triggers, byte[] owned,
            byte[] differently, Long sharedAt, Long seenAt, long version) {
    }

    /** Whether the person shares a space with a partner, where a repair can be started. */
    public boolean canStart(PersonId person) {
        return couples.completeSpace(person).isPresent();
    }

    /** Starts going over a talk, named in a few words both will see. */
    @Transactional
    public UUID start(PersonId person, String title) {
        String clean = Texts.clean(title);
        Validation v = new Validation();
        v.requiredText("title", clean, MAX_TITLE, "repair.title.required");
        CoupleSpace space = couples.completeSpace(person).orElse(null);
        if (space == null) {
            v.reject("title", "repair.noPartner");
        }
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO repair (id, couple_id, starter_id, partner_id, title, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id.toString(), space.id().value().toString(), person.value().toString(),
                        space.partnerId().orElseThrow().value().toString(), cipher.seal(person, TITLE_KIND, id, clean), clock.millis())
                .update();
        progress.noteActivity(person, MomentExercises.REPAIR);
        log.info("event=repair_started repair={} couple={}", id, space.id().value());
        return id;
    }

    /** Saves the person's part; {@code expectedVersion} is -1 for a first save. Once shared, a change is shared too. */
    @Transactional
    public void save(PersonId person, UUID id, long expectedVersion, RepairDraft draft) {
        Row row = requireLive(person, id);
        Validation v = new Validation();
        Set<RepairFeeling> feelings = new LinkedHashSet<>();
        for (String f : draft.feelings()) {
            try {
                feelings.add(RepairFeeling.valueOf(f.strip()));
            } catch (IllegalArgumentException e) {
                v.reject("feelings", "repair.feelings.unknown");
            }
        }
        String perception = Texts.clean(draft.perception());
        String triggers = Texts.clean(draft.triggers());
        String owned = Texts.clean(draft.owned());
        String differently = Texts.clean(draft.differently());
        v.optionalText("perception", perception, MAX_PART).optionalText("triggers", triggers, MAX_PART)
                .optionalText("owned", owned, MAX_PART).optionalText("differently", differently, MAX_PART);
        if (feelings.isEmpty() && perception == null && triggers == null && owned == null && differently == null) {
            v.reject("perception", "repair.part.empty");
        }
        v.throwIfInvalid();
        Optional<PartRow> existing = part(id, person);
        long now = clock.millis();
        UUID partId = existing.map(PartRow::id).orElseGet(UUID::randomUUID);
        byte[] f = feelings.isEmpty() ? null
                : cipher.seal(person, FEELINGS_KIND, partId, String.join(",", feelings.stream().map(Enum::name).toList()));
        if (existing.isEmpty()) {
            if (expectedVersion != -1) {
                throw new StaleEditException();
            }
            try {
                jdbc.sql("""
                        INSERT INTO repair_part (id, repair_id, person_id, feelings, perception, triggers, owned, differently,
                            shared_at, seen_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, 0)""")
                        .params(partId.toString(), id.toString(), person.value().toString(), f,
                                cipher.sealOrNull(person, PERCEPTION_KIND, partId, perception),
                                cipher.sealOrNull(person, TRIGGERS_KIND, partId, triggers),
                                cipher.sealOrNull(person, OWNED_KIND, partId, owned),
                                cipher.sealOrNull(person, DIFFERENTLY_KIND, partId, differently), now)
                        .update();
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
                throw new StaleEditException();
            }
        } else if (jdbc.sql("""
                UPDATE repair_part SET feelings = ?, perception = ?, triggers = ?, owned = ?, differently = ?, updated_at = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""")
                .params(f, cipher.sealOrNull(person, PERCEPTION_KIND, partId, perception), cipher.sealOrNull(person, TRIGGERS_KIND, partId, triggers),
                        cipher.sealOrNull(person, OWNED_KIND, partId, owned), cipher.sealOrNull(person, DIFFERENTLY_KIND, partId, differently), now,
                        partId.toString(), expectedVersion)
                .update() != 1) {
            throw new StaleEditException();
        }
        progress.noteActivity(person, MomentExercises.REPAIR);
        log.info("event=repair_part_saved repair={}", id);
    }

    /** The person shares their part with the other; it shows beside theirs once both have shared. */
    @Transactional
    public void share(PersonId person, UUID id) {
        requireLive(person, id);
        PartRow part = part(id, person).orElseThrow(() -> new app.kintsugi.shared.InvalidInputException(java.util.Map.of("perception",
                new app.kintsugi.shared.InvalidInputException.FieldError("repair.share.nothing"))));
        if (part.sharedAt() == null) {
            jdbc.sql("UPDATE repair_part SET shared_at = ?, version = version + 1 WHERE id = ?").params(clock.millis(),
                    part.id().toString()).update();
        }
        progress.noteDone(person, MomentExercises.REPAIR);
        log.info("event=repair_part_shared repair={}", id);
    }

    /** A repair as the viewer may read it; opening it marks the other's shared part as seen. */
    @Transactional
    public RepairView open(PersonId viewer, UUID id) {
        RepairView view = read(viewer, id);
        if (view.theirs() != null) {
            jdbc.sql("UPDATE repair_part SET seen_at = ? WHERE repair_id = ? AND person_id = ? AND seen_at IS NULL")
                    .params(clock.millis(), id.toString(), viewer.value().toString()).update();
        }
        return view;
    }

    public RepairView read(PersonId viewer, UUID id) {
        Row row = find(id);
        PersonId other = row.starter().equals(viewer) ? row.partner() : row.starter();
        Access access = entries.require(viewer, new TwoPersonEntry(ref(row), row.partner()), () -> part(id, viewer).isPresent());
        boolean ended = access == Access.FORMER;
        PartRow mine = part(id, viewer).orElse(null);
        PartRow theirs = ended ? null : part(id, other).orElse(null);
        boolean theyShared = theirs != null && theirs.sharedAt() != null;
        boolean both = theyShared && mine != null && mine.sharedAt() != null;
        String title = ended && !row.starter().equals(viewer) ? null : cipher.open(row.starter(), TITLE_KIND, id, row.title());
        return new RepairView(id, title, row.starter().equals(viewer), accounts.nameOf(other), Instant.ofEpochMilli(row.createdAt()),
                mine == null ? null : open(mine), both ? open(theirs) : null, theyShared, ended);
    }

    /** The repairs of the viewer's current space, newest first. */
    public List<RepairView.Summary> list(PersonId viewer) {
        Optional<CoupleSpace> space = couples.completeSpace(viewer);
        if (space.isEmpty()) {
            return List.of();
        }
        String name = accounts.nameOf(space.get().partnerId().orElseThrow());
        List<RepairView.Summary> out = new ArrayList<>();
        for (Row row : rows(space.get().id())) {
            PersonId other = row.starter().equals(viewer) ? row.partner() : row.starter();
            boolean iShared = part(row.id(), viewer).map(p -> p.sharedAt() != null).orElse(false);
            boolean theyShared = part(row.id(), other).map(p -> p.sharedAt() != null).orElse(false);
            out.add(new RepairView.Summary(row.id(), cipher.open(row.starter(), TITLE_KIND, row.id(), row.title()),
                    row.starter().equals(viewer), name, Instant.ofEpochMilli(row.createdAt()), iShared, theyShared));
        }
        return out;
    }

    // --- For Today ------------------------------------------------------------------------------

    /** Where a repair stands for Today: "started", "shared", "both" (news) or "waiting" (this person waits). */
    public record News(UUID id, String partnerName, String kind) {
    }

    // --- Inside ---------------------------------------------------------------------------------

    private Row find(UUID id) {
        return jdbc.sql("SELECT id, couple_id, starter_id, partner_id, title, created_at FROM repair WHERE id = ?").param(id.toString())
                .query((rs, n) -> new Row(UUID.fromString(rs.getString(1)), new CoupleId(UUID.fromString(rs.getString(2))),
                        new PersonId(UUID.fromString(rs.getString(3))), new PersonId(UUID.fromString(rs.getString(4))), rs.getBytes(5),
                        rs.getLong(6)))
                .optional().orElseThrow(NotFoundException::new);
    }

    private List<Row> rows(CoupleId couple) {
        return jdbc.sql("SELECT id, couple_id, starter_id, partner_id, title, created_at FROM repair WHERE couple_id = ? "
                + "ORDER BY created_at DESC, id").param(couple.value().toString())
                .query((rs, n) -> new Row(UUID.fromString(rs.getString(1)), new CoupleId(UUID.fromString(rs.getString(2))),
                        new PersonId(UUID.fromString(rs.getString(3))), new PersonId(UUID.fromString(rs.getString(4))), rs.getBytes(5),
                        rs.getLong(6)))
                .list();
    }

    private Optional<PartRow> part(UUID repair, PersonId person) {
        return jdbc.sql("""
                SELECT id, person_id, feelings, perception, triggers, owned, differently, shared_at, seen_at, version
                FROM repair_part WHERE repair_id = ? AND person_id = ?""").params(repair.toString(), person.value().toString())
                .query((rs, n) -> new PartRow(UUID.fromString(rs.getString(1)), new PersonId(UUID.fromString(rs.getString(2))),
                        rs.getBytes(3), rs.getBytes(4), rs.getBytes(5), rs.getBytes(6), rs.getBytes(7), millis(rs, 8), millis(rs, 9),
                        rs.getLong(10)))
                .optional();
    }

    private static Long millis(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private RepairView.Part open(PartRow p) {
        String feelings = cipher.openOrNull(p.person(), FEELINGS_KIND, p.id(), p.feelings());
        return new RepairView.Part(feelings == null ? List.of() : Arrays.stream(feelings.split(",")).map(RepairFeeling::valueOf).toList(),
                cipher.openOrNull(p.person(), PERCEPTION_KIND, p.id(), p.perception()),
                cipher.openOrNull(p.person(), TRIGGERS_KIND, p.id(), p.triggers()),
                cipher.openOrNull(p.person(), OWNED_KIND, p.id(), p.owned()),
                cipher.openOrNull(p.person(), DIFFERENTLY_KIND, p.id(), p.differently()),
                p.sharedAt() == null ? null : Instant.ofEpochMilli(p.sharedAt()), p.version());
    }

    private Row requireLive(PersonId person, UUID id) {
        Row row = find(id);
        entries.requireWhileBothIn(person, new TwoPersonEntry(ref(row), row.partner()));
        return row;
    }

    private static EntryRef ref(Row row) {
        return new EntryRef(KIND, row.id(), row.starter(), Visibility.PARTNER, row.couple());
    }
}
