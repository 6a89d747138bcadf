package app.kintsugi.meeting;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.communication.Conversations;
import app.kintsugi.communication.PlanDraft;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.meeting.internal.MeetingRepository;
import app.kintsugi.meeting.internal.MeetingRules;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;
import app.kintsugi.trust.CommitmentDraft;
import app.kintsugi.trust.Commitments;

/**
 * State of Us, the couple's weekly meeting: the time they agree, each one's private preparation,
 * the week's agenda, holding it and the weeks before. Everything happens in the viewer's current
 * space with a partner; what one prepared shows to the other only once the meeting has started.
 */
@Service
@RequiredArgsConstructor
public class WeeklyMeetings {

    static final String WENT_WELL_KIND = "meeting-went-well";
    static final String TALK_KIND = "meeting-talk-about";
    static final String NEED_KIND = "meeting-need";
    public static final int MAX_WENT_WELL = 1_000;
    public static final int MAX_TALK = Conversations.MAX_TOPIC;
    public static final int MAX_NEED = Commitments.MAX_TEXT;
    /** How many past weeks the history shows. */
    public static final int HISTORY_WEEKS = 12;
    /** A commitment made from "what I need this week" is due a week from the meeting. */
    static final int NEED_DAYS = 7;
    /** A talk started from the meeting is planned a few minutes from now, for this long. */
    static final int TALK_MINUTES = 20;
    private static final Logger log = LoggerFactory.getLogger(WeeklyMeetings.class);

    private final MeetingRepository repository;
    private final MeetingAgenda agenda;
    private final ContentCipher cipher;
    private final Couples couples;
    private final Accounts accounts;
    private final Commitments commitments;
    private final Conversations conversations;
    private final Clock clock;

    /**
     * The meeting time as the viewer sees it.
     *
     * @param agreed       whether both have agreed it
     * @param proposedByMe whether the viewer proposed it (and so waits for the partner)
     */
    public record Time(DayOfWeek weekday, LocalTime time, ZoneId zone, boolean agreed, boolean proposedByMe, long version) {
    }

    /** One person's preparation: their own words, or the partner's once the meeting started. */
    public record Preparation(String wentWell, String talkAbout, String need, UUID commitment, long version) {

        public boolean empty() {
            return wentWell == null && talkAbout == null && need == null;
        }
    }

    /**
     * This week's meeting as the viewer sees it.
     *
     * @param day    the meeting's day this week, by the agreed time (null while none is agreed)
     * @param mine   the viewer's preparation, or null
     * @param theirs the partner's preparation once the meeting has started, or null
     */
    public record Week(String partnerName, Time time, LocalDate weekStart, LocalDate day, boolean today, boolean started,
            boolean held, Preparation mine, Preparation theirs) {
    }

    /** A past week: held or skipped, and what each shared once it was held. */
    public record Past(LocalDate weekStart, LocalDate day, boolean held, Preparation mine, Preparation theirs) {
    }

    /** Whether the viewer shares a space with a partner, where a meeting can be held. */
    public boolean canMeet(PersonId person) {
        return couples.completeSpace(person).isPresent();
    }

    // --- The time -------------------------------------------------------------------------------

    /**
     * Proposes a weekday and a time in the person's own time zone; {@code expectedVersion} is -1 when
     * no time was proposed yet. Proposing exactly what the partner proposed agrees it.
     */
    @Transactional
    public void proposeTime(PersonId person, String weekdayText, String timeText, long expectedVersion) {
        CoupleSpace space = requireSpace(person, "weekday");
        Validation v = new Validation();
        DayOfWeek weekday = null;
        try {
            weekday = DayOfWeek.valueOf(weekdayText == null ? "" : weekdayText.strip());
        } catch (IllegalArgumentException e) {
            v.reject("weekday", "meeting.weekday.required");
        }
        LocalTime time = null;
        try {
            time = LocalTime.parse(timeText == null ? "" : timeText.strip());
        } catch (DateTimeParseException e) {
            v.reject("time", "meeting.time.invalid");
        }
        v.throwIfInvalid();
        time = time.withSecond(0).withNano(0);
        String zone = zone(person).getId();
        long now = clock.millis();
        var existing = repository.time(space.id());
        if (existing.isEmpty()) {
            if (expectedVersion != -1) {
                throw new StaleEditException();
            }
            repository.insertTime(new MeetingRepository.TimeRow(space.id(), weekday.getValue(), time.toString(), zone, person, null, now, 0));
        } else {
            var t = existing.get();
            boolean sameAsTheirs = t.agreedAt() == null && !t.proposedBy().equals(person)
                    && !MeetingRules.changes(weekday, time, zone, DayOfWeek.of(t.weekday()), LocalTime.parse(t.localTime()), t.zone());
            var row = sameAsTheirs ? new MeetingRepository.TimeRow(space.id(), t.weekday(), t.localTime(), t.zone(), t.proposedBy(), now, now, 0)
                    : new MeetingRepository.TimeRow(space.id(), weekday.getValue(), time.toString(), zone, person, null, now, 0);
            if (t.version() != expectedVersion || !repository.updateTime(row, expectedVersion)) {
                throw new StaleEditException();
            }
        }
        log.info("event=meeting_time_proposed couple={}", space.id().value());
    }

    /** The partner of the one who proposed the time says yes to it. */
    @Transactional
    public void acceptTime(PersonId person, long expectedVersion) {
        CoupleSpace space = requireSpace(person, "time");
        var t = repository.time(space.id()).orElseThrow(() -> InvalidInputException.of("time", "meeting.time.nothing"));
        if (!MeetingRules.mayAccept(person, t.proposedBy(), t.agreedAt() != null)) {
            throw InvalidInputException.of("time", "meeting.time.notYours");
        }
        long now = clock.millis();
        if (t.version() != expectedVersion || !repository.updateTime(new MeetingRepository.TimeRow(space.id(), t.weekday(),
                t.localTime(), t.zone(), t.proposedBy(), now, now, 0), expectedVersion)) {
            throw new StaleEditException();
        }
        log.info("event=meeting_time_agreed couple={}", space.id().value());
    }

    // --- This week ------------------------------------------------------------------------------

    /** This week's meeting for the viewer, or empty when they have no partner in their space. */
    public Optional<Week> thisWeek(PersonId viewer) {
        Optional<CoupleSpace> space = couples.completeSpace(viewer);
        if (space.isEmpty()) {
            return Optional.empty();
        }
        var t = repository.time(space.get().id()).orElse(null);
        ZoneId zone = t == null ? zone(viewer) : ZoneId.of(t.zone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate week = MeetingRules.weekOf(today);
        var meeting = repository.meeting(space.get().id(), week).orElse(null);
        Preparation mine = null;
        Preparation theirs = null;
        if (meeting != null) {
            PersonId partner = space.get().partnerId().orElseThrow();
            for (var p : repository.preps(List.of(meeting.id()))) {
                if (p.person().equals(viewer)) {
                    mine = open(p);
                } else if (p.person().equals(partner) && MeetingRules.seesPartnersPreparation(meeting.startedAt())) {
                    theirs = open(p);
                }
            }
        }
        Time time = time(t, viewer);
        LocalDate day = time == null || !time.agreed() ? null : MeetingRules.dayIn(week, time.weekday());
        return Optional.of(new Week(space.get().partner().orElseThrow().displayName(), time, week, day, today.equals(day),
                meeting != null && meeting.startedAt() != null, meeting != null && meeting.heldAt() != null, mine, theirs));
    }

    /** The agenda of the viewer's week (from {@link #thisWeek}), read from the other practices: each section once. */
    public MeetingAgenda.Agenda agenda(PersonId viewer, Week week, Locale locale) {
        return agenda.of(viewer, week.weekStart(), week.time() == null ? zone(viewer) : week.time().zone(), locale);
    }

    /** Saves the person's own preparation for this week; {@code expectedVersion} is -1 for a first save. */
    @Transactional
    public void prepare(PersonId person, String wentWell, String talkAbout, String need, long expectedVersion) {
        CoupleSpace space = requireSpace(person, "wentWell");
        String well = Texts.clean(wentWell);
        String talk = Texts.clean(talkAbout);
        String needs = Texts.clean(need);
        Validation v = new Validation();
        v.optionalText("wentWell", well, MAX_WENT_WELL).optionalText("talkAbout", talk, MAX_TALK).optionalText("need", needs, MAX_NEED);
        if (well == null && talk == null && needs == null) {
            v.reject("wentWell", "meeting.prepare.empty");
        }
        v.throwIfInvalid();
        var meeting = repository.ensure(space.id(), currentWeek(space), clock.millis());
        if (meeting.heldAt() != null) {
            throw InvalidInputException.of("wentWell", "meeting.prepare.held");
        }
        var existing = repository.prep(meeting.id(), person);
        long now = clock.millis();
        UUID id = existing.map(MeetingRepository.PrepRow::id).orElseGet(UUID::randomUUID);
        var row = new MeetingRepository.PrepRow(id, meeting.id(), person, cipher.sealOrNull(person, WENT_WELL_KIND, id, well),
                cipher.sealOrNull(person, TALK_KIND, id, talk), cipher.sealOrNull(person, NEED_KIND, id, needs), null, now, 0);
        if (existing.isEmpty()) {
            if (expectedVersion != -1) {
                throw new StaleEditException();
            }
            repository.insertPrep(row);
        } else if (existing.get().version() != expectedVersion || !repository.updatePrep(row, expectedVersion)) {
            throw new StaleEditException();
        }
        log.info("event=meeting_prepared meeting={}", meeting.id());
    }

    /** Both sit down: this week's meeting starts, and each sees what the other prepared. */
    @Transactional
    public void start(PersonId person) {
        CoupleSpace space = requireSpace(person, "meeting");
        var meeting = repository.ensure(space.id(), currentWeek(space), clock.millis());
        repository.start(meeting.id(), clock.millis());
        log.info("event=meeting_begun meeting={}", meeting.id());
    }

    /** Marks this week's meeting held; it must have started. */
    @Transactional
    public void markHeld(PersonId person) {
        CoupleSpace space = requireSpace(person, "meeting");
        var meeting = repository.meeting(space.id(), currentWeek(space))
                .filter(m -> m.startedAt() != null)
                .orElseThrow(() -> InvalidInputException.of("meeting", "meeting.held.notStarted"));
        repository.held(meeting.id(), person, clock.millis());
        log.info("event=meeting_held meeting={}", meeting.id());
    }

    /**
     * Turns the person's own "what I need this week" into a commitment shared with the partner, due
     * in a week. Once only; the meeting must have started.
     */
    @Transactional
    public UUID needToCommitment(PersonId person) {
        CoupleSpace space = requireSpace(person, "need");
        var meeting = repository.meeting(space.id(), currentWeek(space)).filter(m -> m.startedAt() != null)
                .orElseThrow(() -> InvalidInputException.of("need", "meeting.held.notStarted"));
        var prep = repository.prep(meeting.id(), person).filter(p -> p.need() != null)
                .orElseThrow(() -> InvalidInputException.of("need", "meeting.need.nothing"));
        if (prep.commitment() != null) {
            throw InvalidInputException.of("need", "meeting.need.already");
        }
        String need = cipher.open(person, NEED_KIND, prep.id(), prep.need());
        LocalDate today = LocalDate.now(clock.withZone(zone(person)));
        UUID commitment = commitments.create(person, new CommitmentDraft(need, "ONCE", List.of(), today.toString(),
                today.plusDays(NEED_DAYS).toString(), "PARTNER"));
        if (!repository.linkCommitment(prep.id(), commitment)) {
            throw new StaleEditException();
        }
        log.info("event=meeting_need_committed meeting={} commitment={}", meeting.id(), commitment);
        return commitment;
    }

    /**
     * Plans a talk about the person's own topic of the started meeting through the planned
     * conversation flow: proposed by them, a few minutes from now, for the partner to accept. Only
     * the one who wrote a topic plans a talk about it, so their words stay in a record of theirs.
     */
    @Transactional
    public UUID planTalk(PersonId person) {
        CoupleSpace space = requireSpace(person, "talk");
        var meeting = repository.meeting(space.id(), currentWeek(space)).filter(m -> m.startedAt() != null)
                .orElseThrow(() -> InvalidInputException.of("talk", "meeting.held.notStarted"));
        var prep = repository.prep(meeting.id(), person).filter(p -> p.talkAbout() != null)
                .orElseThrow(() -> InvalidInputException.of("talk", "meeting.talk.nothing"));
        String topic = cipher.open(person, TALK_KIND, prep.id(), prep.talkAbout());
        var at = java.time.LocalDateTime.now(clock.withZone(zone(person))).plusMinutes(5).withSecond(0).withNano(0);
        UUID id = conversations.propose(person, new PlanDraft(topic, at.toLocalDate().toString(),
                at.toLocalTime().toString(), Integer.toString(TALK_MINUTES), null));
        log.info("event=meeting_talk_planned meeting={} conversation={}", meeting.id(), id);
        return id;
    }

    // --- Before ---------------------------------------------------------------------------------

    /**
     * This week's meeting once held, and the weeks before, newest first: since the time was agreed
     * (or since the first meeting), each held or skipped, with what each shared once held.
     */
    public List<Past> history(PersonId viewer) {
        Optional<CoupleSpace> space = couples.completeSpace(viewer);
        if (space.isEmpty()) {
            return List.of();
        }
        var t = repository.time(space.get().id()).orElse(null);
        ZoneId zone = t == null ? zone(viewer) : ZoneId.of(t.zone());
        LocalDate week = MeetingRules.weekOf(LocalDate.now(clock.withZone(zone)));
        var meetings = repository.before(space.get().id(), week.plusWeeks(1), HISTORY_WEEKS + 1);
        Map<UUID, List<MeetingRepository.PrepRow>> preps = new HashMap<>();
        for (var p : repository.preps(meetings.stream().filter(m -> m.heldAt() != null).map(MeetingRepository.MeetingRow::id).toList())) {
            preps.computeIfAbsent(p.meeting(), k -> new ArrayList<>()).add(p);
        }
        Map<LocalDate, MeetingRepository.MeetingRow> byWeek = new HashMap<>();
        meetings.forEach(m -> byWeek.put(m.weekStart(), m));
        LocalDate since = t != null && t.agreedAt() != null
                ? MeetingRules.weekOf(LocalDate.ofInstant(Instant.ofEpochMilli(t.agreedAt()), zone)) : null;
        for (var m : meetings) {
            since = since == null || m.weekStart().isBefore(since) ? m.weekStart() : since;
        }
        List<Past> out = new ArrayList<>();
        if (since == null) {
            return out;
        }
        DayOfWeek weekday = t == null ? DayOfWeek.SUNDAY : DayOfWeek.of(t.weekday());
        for (LocalDate w = week; !w.isBefore(since) && out.size() < HISTORY_WEEKS; w = w.minusWeeks(1)) {
            var m = byWeek.get(w);
            boolean held = m != null && m.heldAt() != null;
            if (w.equals(week) && !held) {
                continue;
            }
            Preparation mine = null;
            Preparation theirs = null;
            if (held) {
                for (var p : preps.getOrDefault(m.id(), List.of())) {
                    if (p.person().equals(viewer)) {
                        mine = open(p);
                    } else {
                        theirs = open(p);
                    }
                }
            }
            LocalDate day = held ? LocalDate.ofInstant(Instant.ofEpochMilli(m.heldAt()), zone) : MeetingRules.dayIn(w, weekday);
            out.add(new Past(w, day, held, mine, theirs));
        }
        return out;
    }

    // --- Inside ---------------------------------------------------------------------------------

    private LocalDate currentWeek(CoupleSpace space) {
        var t = repository.time(space.id()).orElse(null);
        ZoneId zone = t == null ? zone(space.me().person()) : ZoneId.of(t.zone());
        return MeetingRules.weekOf(LocalDate.now(clock.withZone(zone)));
    }

    private Time time(MeetingRepository.TimeRow t, PersonId viewer) {
        return t == null ? null : new Time(DayOfWeek.of(t.weekday()), LocalTime.parse(t.localTime()), ZoneId.of(t.zone()),
                t.agreedAt() != null, t.proposedBy().equals(viewer), t.version());
    }

    private Preparation open(MeetingRepository.PrepRow p) {
        return new Preparation(cipher.openOrNull(p.person(), WENT_WELL_KIND, p.id(), p.wentWell()),
                cipher.openOrNull(p.person(), TALK_KIND, p.id(), p.talkAbout()),
                cipher.openOrNull(p.person(), NEED_KIND, p.id(), p.need()), p.commitment(), p.version());
    }

    private CoupleSpace requireSpace(PersonId person, String field) {
        return couples.completeSpace(person).orElseThrow(() -> InvalidInputException.of(field, "meeting.noPartner"));
    }

    ZoneId zone(PersonId person) {
        return accounts.zoneOf(person);
    }
}
