package app.kintsugi.counselor;

import app.kintsugi.counselor.internal.CounselorRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.CounselorAccessSource;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.ShareableEntries;
import app.kintsugi.privacy.ShareableEntry;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.Validation;

/**
 * A couple's counselor: one partner invites a counselor by their code or email and agrees; access
 * begins only when the other partner agrees too, and ends for good on the next request after either
 * of them ends it (or the counselor does, or the operator withdraws the counselor's approval, or the
 * couple's space ends). Each partner chooses, entry by entry, what the counselor may read, and their
 * check-in scores separately; every choice is audit-logged. Nothing is cached: every question is
 * answered from the database.
 */
@Service
public class CounselorLinks implements CounselorAccessSource, app.kintsugi.checkin.LinkedCounselor {

    private static final Logger log = LoggerFactory.getLogger(CounselorLinks.class);
    /** Check-in scores are shown as one entry of this kind whose id is the person's own id. */
    public static final String SCORES_KIND = app.kintsugi.checkin.CheckIns.SCORES_KIND;
    /** Where a person is in the program, in counts and states, is shown as one entry of this kind whose id is the person's own id. */
    public static final String SUMMARY_KIND = "counselor-summary";
    static final String LINK_KIND = "counselor-link";
    static final String READ_ACTION = "COUNSELOR_READ";

    private final CounselorRepository repository;
    private final Counselors counselors;
    private final Couples couples;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, ShareableEntries> shareable;
    private final app.kintsugi.checkin.Measures measures;

    CounselorLinks(CounselorRepository repository, Counselors counselors, Couples couples, Accounts accounts,
            AuditLog audit, Clock clock, List<ShareableEntries> shareable, app.kintsugi.checkin.Measures measures) {
        this.measures = measures;
        this.repository = repository;
        this.counselors = counselors;
        this.couples = couples;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.shareable = shareable.stream().collect(Collectors.toMap(ShareableEntries::kind, Function.identity()));
    }

    // --- A partner's side -----------------------------------------------------------------------

    /** Invites a counselor and records this person's agreement; the partner is asked next. */
    @Transactional
    public CounselorLink invite(PersonId person, String codeOrEmail, boolean consent) {
        // A person alone invites in their own space, on their own consent (decision 42).
        Optional<CoupleSpace> space = couples.current(person);
        Validation v = new Validation();
        if (space.isEmpty()) {
            v.reject("counselor", "counselor.invite.needsSpace");
        } else if (repository.openLinkOf(space.get().id()).isPresent()) {
            v.reject("counselor", "counselor.invite.alreadyOpen");
        }
        Optional<Counselor> counselor = Optional.empty();
        if (!v.hasErrors()) {
            if (codeOrEmail == null || codeOrEmail.isBlank()) {
                v.reject("counselor", "counselor.invite.required");
            } else if (codeOrEmail.length() > 320) {
                v.reject("counselor", "counselor.invite.notFound");
            } else {
                counselor = counselors.approvedByCodeOrEmail(codeOrEmail.strip());
                if (counselor.isEmpty()) {
                    v.reject("counselor", "counselor.invite.notFound");
                }
            }
        }
        if (!consent) {
            v.reject("consent", "counselor.invite.consentRequired");
        }
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        long now = clock.millis();
        try {
            repository.insertLink(id, space.get().id(), counselor.get().id(), person, now, !space.get().complete());
        } catch (DuplicateKeyException raced) {
            throw InvalidInputException.of("counselor", "counselor.invite.alreadyOpen");
        }
        repository.insertConsent(id, person, now);
        audit.record(person, "COUNSELOR_INVITED", LINK_KIND, id, null);
        log.info("event=counselor_invited link={} person={} counselor={}", id, person, counselor.get().id());
        return current(person).orElseThrow();
    }

    /** The other partner agrees; from now on the counselor sees what each chooses to show. */
    @Transactional
    public void consent(PersonId person, UUID linkId) {
        CounselorRepository.LinkRow link = openLinkOfMyCouple(person, linkId);
        if (!repository.insertConsent(link.id(), person, clock.millis())) {
            return;
        }
        audit.record(person, "COUNSELOR_CONSENTED", LINK_KIND, link.id(), null);
        log.info("event=counselor_consented link={} person={}", link.id(), person);
    }

    /**
     * Ends the couple's counselor access, or declines or withdraws an invitation: whichever partner
     * asks, at once. A later wish starts a new invitation that both agree to again.
     */
    @Transactional
    public void end(PersonId person, UUID linkId) {
        CounselorRepository.LinkRow link = openLinkOfMyCouple(person, linkId);
        if (repository.endLink(link.id(), person, clock.millis())) {
            audit.record(person, "COUNSELOR_ACCESS_ENDED", LINK_KIND, link.id(), null);
            log.info("event=counselor_access_ended link={} by={}", link.id(), person);
        }
    }

    /** The open invitation of this person's couple, if there is one. */
    public Optional<CounselorLink> current(PersonId person) {
        Optional<CoupleSpace> space = couples.current(person);
        if (space.isEmpty()) {
            return Optional.empty();
        }
        return repository.openLinkOf(space.get().id()).flatMap(link -> counselors.find(link.counselor()).map(c -> {
            List<PersonId> agreed = repository.consents(link.id());
            boolean partnerAgreed = space.get().partnerId().map(agreed::contains).orElse(false);
            LinkState state = LinkState.of(c.approved(), agreed.contains(person), partnerAgreed, link.startedAlone());
            return new CounselorLink(link.id(), c.name(), c.practice(), state, link.invitedBy().equals(person),
                    Instant.ofEpochMilli(link.createdAt()), link.startedAlone());
        }));
    }

    /**
     * What this person could show the counselor, each marked whether it is shown: every entry of a
     * kind that can be shown, newest first, kind by kind.
     */
    public List<Choice> choices(PersonId person) {
        Optional<CounselorRepository.LinkRow> link = myAgreedLink(person);
        if (link.isEmpty()) {
            return List.of();
        }
        var shown = repository.sharesOf(link.get().id(), person);
        List<Choice> out = new ArrayList<>();
        out.add(new Choice(SCORES_KIND, person.value(), null, null,
                shown.stream().anyMatch(s -> s.kind().equals(SCORES_KIND)), false, false));
        out.add(new Choice(SUMMARY_KIND, person.value(), null, null,
                shown.stream().anyMatch(s -> s.kind().equals(SUMMARY_KIND)), false, false));
        for (ShareableEntries source : shareable.values().stream().sorted(java.util.Comparator.comparing(ShareableEntries::kind)).toList()) {
            List<ShareableEntry> owned = source.ownedBy(person);
            if (owned.isEmpty()) {
                continue;
            }
            boolean wholeKind = shown.stream().anyMatch(s -> s.kind().equals(source.kind()) && s.entry().equals(person.value()));
            out.add(new Choice(source.kind(), person.value(), null, null, wholeKind, true, false));
            for (ShareableEntry e : owned) {
                boolean on = shown.stream().anyMatch(s -> s.kind().equals(e.kind()) && s.entry().equals(e.id()));
                out.add(new Choice(e.kind(), e.id(), e.title(), e.updatedAt(), on || wholeKind, false, wholeKind));
            }
        }
        return out;
    }

    /**
     * One thing a person can show their counselor.
     *
     * @param title     the entry's title or first words; null for the check-in scores, the summary and a whole kind
     * @param wholeKind this choice is every entry of its kind, those written later included
     * @param withKind  this entry is shown because its whole kind is
     */
    public record Choice(String kind, UUID id, String title, Instant updatedAt, boolean shown, boolean wholeKind, boolean withKind) {

        public boolean scores() {
            return SCORES_KIND.equals(kind);
        }

        public boolean summary() {
            return SUMMARY_KIND.equals(kind);
        }
    }

    /** Shows one of the person's own entries (or their check-in scores) to the counselor, or stops showing it. */
    @Transactional
    public void show(PersonId person, String kind, UUID entry, boolean show) {
        CounselorRepository.LinkRow link = myAgreedLink(person).orElseThrow(NotFoundException::new);
        boolean mine = SCORES_KIND.equals(kind) || SUMMARY_KIND.equals(kind) ? person.value().equals(entry)
                : shareable.containsKey(kind) && shareable.get(kind).ownedBy(person).stream().anyMatch(e -> e.id().equals(entry));
        if (!mine) {
            audit.writeDenied(person, kind == null || kind.length() > 40 ? "unknown" : kind, entry);
            throw new NotFoundException();
        }
        boolean changed = show ? repository.share(link.id(), kind, entry, person, clock.millis())
                : repository.unshare(link.id(), kind, entry, person);
        if (changed) {
            audit.record(person, show ? "SHOWN_TO_COUNSELOR" : "HIDDEN_FROM_COUNSELOR", kind, entry, link.id().toString());
            log.info("event=counselor_share_changed link={} person={} kind={} shown={}", link.id(), person, kind, show);
        }
    }

    /**
     * Shows every entry of one kind the person writes, now and later, or takes that back; entries
     * shown one by one stay as they were.
     */
    @Transactional
    public void showKind(PersonId person, String kind, boolean show) {
        if (kind == null || !shareable.containsKey(kind)) {
            audit.writeDenied(person, kind == null || kind.length() > 40 ? "unknown" : kind, person.value());
            throw new NotFoundException();
        }
        CounselorRepository.LinkRow link = myAgreedLink(person).orElseThrow(NotFoundException::new);
        boolean changed = show ? repository.share(link.id(), kind, person.value(), person, clock.millis())
                : repository.unshare(link.id(), kind, person.value(), person);
        if (changed) {
            audit.record(person, show ? "KIND_SHOWN_TO_COUNSELOR" : "KIND_HIDDEN_FROM_COUNSELOR", kind, person.value(), link.id().toString());
            log.info("event=counselor_kind_share_changed link={} person={} kind={} shown={}", link.id(), person, kind, show);
        }
    }

    /**
     * The measures this person could show the counselor, each marked whether it is shown: every
     * measure they can answer, with the day they last answered it (null before the first time).
     * Empty until they have agreed to a counselor.
     */
    public List<MeasureChoice> measureChoices(PersonId person) {
        Optional<CounselorRepository.LinkRow> link = myAgreedLink(person);
        if (link.isEmpty()) {
            return List.of();
        }
        var shown = repository.sharesOf(link.get().id(), person);
        List<MeasureChoice> out = new ArrayList<>();
        for (app.kintsugi.checkin.Measures.Measure m : measures.list(person)) {
            String id = m.questionnaire().id();
            Optional<String> kind = measures.shownKind(id);
            if (kind.isEmpty()) {
                continue;
            }
            boolean on = shown.stream().anyMatch(s -> s.kind().equals(kind.get()) && s.entry().equals(person.value()));
            out.add(new MeasureChoice(id, m.questionnaire(), m.lastAnswered(), on));
        }
        return out;
    }

    /**
     * A measure a person can show their counselor: its scores over time, their bands and what changed
     * reliably, never their answers.
     *
     * @param lastAnswered the day they last answered it, or null before the first time
     */
    public record MeasureChoice(String questionnaire, app.kintsugi.checkin.Questionnaire definition, java.time.LocalDate lastAnswered,
            boolean shown) {
    }

    /**
     * Shows the counselor this person's scores on one measure (every answer, those given later
     * included), or takes that back; counts from the counselor's next request.
     */
    @Transactional
    public void showMeasure(PersonId person, String questionnaire, boolean show) {
        Optional<String> kind = measures.shownKind(questionnaire);
        if (kind.isEmpty()) {
            audit.writeDenied(person, "measure", person.value());
            throw new NotFoundException();
        }
        CounselorRepository.LinkRow link = myAgreedLink(person).orElseThrow(NotFoundException::new);
        boolean changed = show ? repository.share(link.id(), kind.get(), person.value(), person, clock.millis())
                : repository.unshare(link.id(), kind.get(), person.value(), person);
        if (changed) {
            audit.record(person, show ? "SHOWN_TO_COUNSELOR" : "HIDDEN_FROM_COUNSELOR", kind.get(), person.value(), link.id().toString());
            log.info("event=counselor_measure_share_changed link={} person={} questionnaire={} shown={}", link.id(), person, questionnaire,
                    show);
        }
    }

    /** The measures (questionnaire ids) a partner shows on this link, in the order they were first shown. */
    List<String> measuresShownBy(UUID linkId, PersonId partner) {
        List<String> out = new ArrayList<>();
        for (CounselorRepository.ShareRow share : repository.sharesOf(linkId, partner)) {
            if (share.entry().equals(partner.value())) {
                measures.measureOfKind(share.kind()).filter(id -> !out.contains(id)).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * When the couple's counselors opened what this person showed them, newest first. Reads of the
     * same things by the same counselor on the same day (on the person's calendar) are one line
     * with a count, so a counselor who reloads does not fill the list.
     */
    public List<CounselorRead> readsAbout(PersonId person) {
        java.time.ZoneId zone = accounts.zoneOf(person);
        List<CounselorRead> out = new ArrayList<>();
        String previousKey = null;
        for (var e : audit.eventsAbout(person.value(), READ_ACTION, 200)) {
            Instant at = Instant.ofEpochMilli(e.occurredAt());
            String detail = e.detail() == null ? "" : e.detail();
            String key = e.actorId() + "|" + detail + "|" + at.atZone(zone).toLocalDate();
            if (key.equals(previousKey)) {
                CounselorRead last = out.removeLast();
                out.add(new CounselorRead(last.counselorName(), last.at(), last.entries(), last.scores(), last.times() + 1, last.measures()));
                continue;
            }
            previousKey = key;
            int entries = 0;
            boolean scores = false;
            int measuresRead = 0;
            for (String part : detail.split(";")) {
                if (part.startsWith("measures=")) {
                    measuresRead = Integer.parseInt(part.substring(9));
                }
                if (part.startsWith("entries=")) {
                    entries = Integer.parseInt(part.substring(8));
                } else if (part.equals("scores=true")) {
                    scores = true;
                }
            }
            String name = accounts.nameOf(PersonId.of(e.actorId()));
            out.add(new CounselorRead(name, at, entries, scores, 1, measuresRead));
        }
        return out.size() > 50 ? List.copyOf(out.subList(0, 50)) : out;
    }

    // --- A counselor's side ---------------------------------------------------------------------

    /** The couples that invited this counselor and have not ended it. */
    public List<CounselorCouple> couplesOf(PersonId counselor) {
        if (!counselors.approved(counselor)) {
            return List.of();
        }
        return repository.openLinksOf(counselor).stream().map(link -> {
            List<PersonId> agreed = repository.consents(link.id());
            boolean active = active(link, agreed);
            if (!active && !agreed.isEmpty() && !stillMembers(link, agreed)) {
                return null;
            }
            List<String> names = agreed.stream().map(p -> accounts.nameOf(p)).toList();
            return new CounselorCouple(link.id(), active, names, Instant.ofEpochMilli(link.createdAt()));
        }).filter(java.util.Objects::nonNull).toList();
    }

    /** The counselor ends their work with a couple. */
    @Transactional
    public void endByCounselor(PersonId counselor, UUID linkId) {
        CounselorRepository.LinkRow link = repository.link(linkId).filter(CounselorRepository.LinkRow::open)
                .filter(l -> l.counselor().equals(counselor)).orElseThrow(() -> {
                    audit.writeDenied(counselor, LINK_KIND, linkId);
                    return new NotFoundException();
                });
        if (repository.endLink(link.id(), counselor, clock.millis())) {
            audit.record(counselor, "COUNSELOR_ACCESS_ENDED", LINK_KIND, link.id(), null);
            log.info("event=counselor_access_ended link={} by={}", link.id(), counselor);
        }
    }

    /**
     * The two partners of a couple whose access to this counselor stands right now, in the order
     * they agreed; anything else is "not found", and the refusal is logged.
     */
    List<PersonId> requireActive(PersonId counselor, UUID linkId) {
        Optional<CounselorRepository.LinkRow> link = repository.link(linkId).filter(CounselorRepository.LinkRow::open)
                .filter(l -> l.counselor().equals(counselor));
        List<PersonId> agreed = link.map(l -> repository.consents(l.id())).orElse(List.of());
        if (link.isEmpty() || !counselors.approved(counselor) || !active(link.get(), agreed)) {
            audit.readDenied(counselor, LINK_KIND, linkId);
            throw new NotFoundException();
        }
        return agreed;
    }

    /** What one partner shows the counselor of this link: entries by kind and id, and whether scores are shown. */
    List<CounselorRepository.ShareRow> shownBy(UUID linkId, PersonId partner) {
        return repository.sharesOf(linkId, partner);
    }

    ShareableEntries source(String kind) {
        return shareable.get(kind);
    }

    /** Records that the counselor opened what this partner shows them; the partner sees it. */
    void recordRead(PersonId counselor, PersonId partner, int entries, boolean scores, int measures) {
        audit.record(counselor, READ_ACTION, "person", partner.value(), "entries=" + entries + ";scores=" + scores
                + (measures > 0 ? ";measures=" + measures : ""));
    }

    @Override
    public boolean mayRead(PersonId counselor, EntryRef entry) {
        for (CounselorRepository.LinkRow link : repository.openLinksOf(counselor)) {
            // Shown one by one, or with every entry of its kind (a row whose entry id is its owner's id).
            if (repository.shared(link.id(), entry.kind(), entry.id())
                    || !entry.owner().value().equals(entry.id()) && repository.shared(link.id(), entry.kind(), entry.owner().value())) {
                List<PersonId> agreed = repository.consents(link.id());
                if (agreed.contains(entry.owner()) && active(link, agreed) && counselors.approved(counselor)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The counselor whose access to this person stands right now: the questionnaires they added are offered to them. */
    @Override
    public Optional<PersonId> of(PersonId person) {
        return myAgreedLink(person)
                .filter(link -> active(link, repository.consents(link.id())) && counselors.approved(link.counselor()))
                .map(CounselorRepository.LinkRow::counselor);
    }

    // --- Inside ---------------------------------------------------------------------------------

    /**
     * Both agreed, and both are, right now, the two members of the couple's space. A link a person
     * alone started stands on their consent while they are in that space; whoever agreed to it is
     * still a member (a partner who joined later counts only once they agreed too, see
     * {@link #mayRead}).
     */
    private boolean active(CounselorRepository.LinkRow link, List<PersonId> agreed) {
        if (!link.open()) {
            return false;
        }
        if (link.startedAlone()) {
            return agreed.contains(link.invitedBy()) && stillMembers(link, agreed);
        }
        return agreed.size() == 2 && couples.areActivePartners(link.couple(), agreed.get(0), agreed.get(1));
    }

    private boolean stillMembers(CounselorRepository.LinkRow link, List<PersonId> agreed) {
        return agreed.stream().allMatch(p -> couples.activeCoupleOf(p).map(link.couple()::equals).orElse(false));
    }

    private CounselorRepository.LinkRow openLinkOfMyCouple(PersonId person, UUID linkId) {
        return couples.current(person)
                .flatMap(space -> repository.openLinkOf(space.id()))
                .filter(link -> link.id().equals(linkId))
                .orElseThrow(() -> {
                    audit.writeDenied(person, LINK_KIND, linkId);
                    return new NotFoundException();
                });
    }

    /** The open link of the person's couple, once they have agreed to it. */
    private Optional<CounselorRepository.LinkRow> myAgreedLink(PersonId person) {
        return couples.current(person)
                .flatMap(space -> repository.openLinkOf(space.id()))
                .filter(link -> repository.consents(link.id()).contains(person));
    }
}
