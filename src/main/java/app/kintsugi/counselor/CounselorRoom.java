package app.kintsugi.counselor;

import app.kintsugi.counselor.internal.CounselorRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.checkin.CheckIns;
import app.kintsugi.checkin.Trajectory;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.ShareableEntries;
import app.kintsugi.privacy.ShareableEntry;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;

/**
 * What a counselor sees of one couple while both partners' consent stands: for each partner, the
 * entries they chose to show and, if they allowed it, their check-in scores; and the counselor's own
 * notes, sealed with the counselor's key so nobody else can read them. Every opening is recorded and
 * shown to the partners.
 */
@Service
@RequiredArgsConstructor
public class CounselorRoom {

    private static final Logger log = LoggerFactory.getLogger(CounselorRoom.class);
    public static final String NOTE_KIND = "counselor-note";
    public static final int MAX_NOTE = 5000;

    private final CounselorLinks links;
    private final CounselorRepository repository;
    private final CheckIns checkIns;
    private final Accounts accounts;
    private final ContentCipher cipher;
    private final Clock clock;
    private final CounselorSummary summaries;
    private final app.kintsugi.checkin.Measures measures;
    private final CounselorSuggestions suggestions;

    /** One couple as their counselor sees it. */
    public record CoupleView(UUID linkId, List<PartnerView> partners, List<Note> notes) {

        /**
         * The measures either partner shows, one row each in the order first met, with each partner's
         * scores on it side by side (null where that partner does not show it).
         */
        public List<MeasureRow> measureRows() {
            java.util.Map<String, app.kintsugi.checkin.Questionnaire> seen = new java.util.LinkedHashMap<>();
            partners.forEach(p -> p.measures().forEach(m -> seen.putIfAbsent(m.questionnaire(), m.scores().questionnaire())));
            List<MeasureRow> rows = new ArrayList<>();
            seen.forEach((id, q) -> rows.add(new MeasureRow(q, partners.stream()
                    .map(p -> p.measures().stream().filter(m -> m.questionnaire().equals(id)).findFirst().orElse(null))
                    .toList())));
            return rows;
        }
    }

    /** One measure across the couple: each partner's showing of it, in partner order, null where not shown. */
    public record MeasureRow(app.kintsugi.checkin.Questionnaire questionnaire, List<ShownMeasure> byPartner) {
    }

    /**
     * One measure a partner shows: their scores on it over time (never their answers) and what stands
     * out in them.
     */
    public record ShownMeasure(String questionnaire, Trajectory scores, List<ScoreFlags.Flag> flags) {
    }

    /**
     * One partner as the counselor sees them.
     *
     * @param scores  their check-in scores, or null when they do not show them
     * @param summary where they are in counts and states, or null when they do not show it
     * @param flags   what stands out in the scores they show
     */
    public record PartnerView(String name, List<ShareableEntry> entries, Trajectory scores, CounselorSummary.PartnerSummary summary,
            List<ScoreFlags.Flag> flags, List<ShownMeasure> measures) {

        public PartnerView(String name, List<ShareableEntry> entries, Trajectory scores) {
            this(name, entries, scores, null, List.of(), List.of());
        }

        public boolean showsNothing() {
            return entries.isEmpty() && scores == null && summary == null && measures.isEmpty();
        }

        /** How many entries of each kind they show, kind by kind in the order first shown. */
        public java.util.Map<String, Integer> kinds() {
            java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
            entries.forEach(e -> out.merge(e.kind(), 1, Integer::sum));
            return out;
        }
    }

    public record Note(UUID id, String text, Instant at) {

        @Override
        public String toString() {
            return "Note[" + id + "]";
        }
    }

    /** The couple's page; "not found" unless both partners' consent stands right now. Each partner's part is recorded as read. */
    @Transactional
    public CoupleView open(PersonId counselor, UUID linkId) {
        List<PersonId> partners = links.requireActive(counselor, linkId);
        List<PartnerView> views = new ArrayList<>();
        for (PersonId partner : partners) {
            List<ShareableEntry> entries = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            boolean scoresShown = false;
            boolean summaryShown = false;
            for (CounselorRepository.ShareRow share : links.shownBy(linkId, partner)) {
                if (CounselorLinks.SCORES_KIND.equals(share.kind())) {
                    scoresShown = true;
                    continue;
                }
                if (CounselorLinks.SUMMARY_KIND.equals(share.kind())) {
                    summaryShown = share.entry().equals(partner.value());
                    continue;
                }
                ShareableEntries source = links.source(share.kind());
                if (source == null) {
                    continue;
                }
                List<UUID> ids = share.entry().equals(partner.value())
                        ? source.ownedBy(partner).stream().map(ShareableEntry::id).toList()
                        : List.of(share.entry());
                for (UUID id : ids) {
                    if (seen.add(share.kind() + "|" + id)) {
                        source.read(counselor, id).ifPresent(entries::add);
                    }
                }
            }
            Trajectory scores = scoresShown ? checkIns.shownToCounselor(counselor, partner).orElse(null) : null;
            entries.sort(java.util.Comparator.comparing(ShareableEntry::updatedAt).reversed());
            String name = accounts.nameOf(partner);
            CounselorSummary.PartnerSummary summary = summaryShown ? summaries.of(partner) : null;
            List<ShownMeasure> shownMeasures = new ArrayList<>();
            for (String id : links.measuresShownBy(linkId, partner)) {
                measures.shownToCounselor(counselor, partner, id)
                        .ifPresent(t -> shownMeasures.add(new ShownMeasure(id, t, ScoreFlags.of(t))));
            }
            views.add(new PartnerView(name, List.copyOf(entries), scores, summary, ScoreFlags.of(scores), List.copyOf(shownMeasures)));
            links.recordRead(counselor, partner, entries.size(), scores != null, shownMeasures.size());
        }
        // The caseload counts what changed after this visit.
        suggestions.visited(linkId, counselor);
        log.info("event=counselor_opened_couple link={} counselor={}", linkId, counselor);
        return new CoupleView(linkId, views, notes(counselor, linkId));
    }

    /** Adds one of the counselor's own notes on this couple. */
    @Transactional
    public void addNote(PersonId counselor, UUID linkId, String text) {
        links.requireActive(counselor, linkId);
        String clean = Texts.clean(text);
        new Validation().requiredText("note", clean, MAX_NOTE, "counselor.note.required").throwIfInvalid();
        UUID id = UUID.randomUUID();
        repository.insertNote(id, counselor, linkId, cipher.seal(counselor, NOTE_KIND, id, clean), clock.millis());
        log.info("event=counselor_note_added link={} counselor={} note={}", linkId, counselor, id);
    }

    @Transactional
    public void deleteNote(PersonId counselor, UUID linkId, UUID noteId) {
        links.requireActive(counselor, linkId);
        if (!repository.deleteNote(counselor, linkId, noteId)) {
            throw new NotFoundException();
        }
        log.info("event=counselor_note_deleted link={} counselor={} note={}", linkId, counselor, noteId);
    }

    private List<Note> notes(PersonId counselor, UUID linkId) {
        return repository.notes(counselor, linkId).stream()
                .map(n -> new Note(n.id(), cipher.open(counselor, NOTE_KIND, n.id(), n.content()), Instant.ofEpochMilli(n.createdAt())))
                .toList();
    }
}
