package app.kintsugi.meeting.api;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.meeting.MeetingAgenda;
import app.kintsugi.meeting.WeeklyMeetings;
import app.kintsugi.platform.BrowserLocales;
import app.kintsugi.platform.api.EntityTags;
import app.kintsugi.platform.api.Paged;
import app.kintsugi.respect.AppreciationView;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.transparency.QuestionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/meeting")
@Tag(name = "State of Us", description = "The weekly meeting of my space: the time both agree, this week's agenda from the "
        + "week's own data, my own preparation (shown to my partner only once the meeting has started), holding it, and the "
        + "weeks before. Without a partner in my space there is no meeting: 404.")
@RequiredArgsConstructor
class MeetingApi {

    static final String PATH = "/api/v1/meeting";
    private final WeeklyMeetings meetings;

    /** {@code weekday} MONDAY to SUNDAY and {@code time} HH:MM, in my time zone. */
    record MeetingTimeProposal(String weekday, String time) {
    }

    /** Every part may be left out, but not all of them. */
    record PreparationBody(String wentWell, String talkAbout, String need) {
    }

    /** The meeting time. {@code proposedByMe}: I proposed it and wait for my partner; {@code zone}: the zone it is kept in. */
    record MeetingTime(DayOfWeek weekday, LocalTime time, String zone, boolean agreed, boolean proposedByMe, long version) {

        static MeetingTime of(WeeklyMeetings.Time t) {
            return t == null ? null : new MeetingTime(t.weekday(), t.time(), t.zone().getId(), t.agreed(), t.proposedByMe(), t.version());
        }
    }

    /**
     * One person's preparation. {@code commitment}: the commitment "what I need" became, or null. {@code version} is -1
     * before the first save; send it as If-Match ({@code "-1"}) for the first one.
     */
    record MeetingPreparation(String wentWell, String talkAbout, String need, String commitment, long version) {

        static MeetingPreparation of(WeeklyMeetings.Preparation p) {
            return p == null ? null : new MeetingPreparation(p.wentWell(), p.talkAbout(), p.need(),
                    p.commitment() == null ? null : "/api/v1/commitments/" + p.commitment(), p.version());
        }

        static final MeetingPreparation NONE = new MeetingPreparation(null, null, null, null, -1);
    }

    record AgendaAppreciation(boolean mine, String text, Instant sentAt) {

        static AgendaAppreciation of(AppreciationView a) {
            return new AgendaAppreciation(a.mine(), a.text(), a.sentAt());
        }
    }

    record AgendaQuestion(String text, Instant askedAt, String href) {

        static AgendaQuestion of(QuestionView q) {
            return new AgendaQuestion(q.text(), q.askedAt(), "/api/v1/questions/" + q.threadId());
        }
    }

    /** A check-in score of the week: mine, and my partner's when they share theirs (else null). */
    record AgendaScore(String subscale, Double mine, Double theirs) {
    }

    /**
     * The week's agenda, read from the other practices as they let me see them: appreciations given and received that
     * week, days kept on shared commitments, open questions, boundaries due for review, check-in scores and how often
     * each asked for reassurance.
     */
    record MeetingAgendaView(List<AgendaAppreciation> given, List<AgendaAppreciation> received, long keptMine, long keptTheirs,
            List<AgendaQuestion> openForMe, List<AgendaQuestion> openMine, int reviewDue, List<AgendaScore> scores,
            boolean partnerShares, int askedMine, int askedTheirs) {

        static MeetingAgendaView of(MeetingAgenda.Agenda a) {
            return new MeetingAgendaView(a.given().stream().map(AgendaAppreciation::of).toList(),
                    a.received().stream().map(AgendaAppreciation::of).toList(), a.keptMine(), a.keptTheirs(),
                    a.openForMe().stream().map(AgendaQuestion::of).toList(), a.openMine().stream().map(AgendaQuestion::of).toList(),
                    a.reviewDue(), a.scores().stream().map(s -> new AgendaScore(s.subscale(), s.mine(), s.theirs())).toList(),
                    a.partnerShares(), a.askedMine(), a.askedTheirs());
        }
    }

    /**
     * This week's meeting. {@code day}: its day this week by the agreed time (null while none is agreed). {@code theirs}:
     * my partner's preparation, once the meeting has started; before that, null.
     */
    record MeetingWeek(String partnerName, MeetingTime time, LocalDate weekStart, LocalDate day, boolean today, boolean started,
            boolean held, MeetingPreparation mine, MeetingPreparation theirs, MeetingAgendaView agenda) {
    }

    /** A week before: held or skipped, and what each shared once it was held. */
    record MeetingPast(LocalDate weekStart, LocalDate day, boolean held, MeetingPreparation mine, MeetingPreparation theirs) {
    }

    @GetMapping
    @Operation(summary = "This week's meeting with its agenda and my preparation")
    MeetingWeek week(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        WeeklyMeetings.Week w = meetings.thisWeek(me.id()).orElseThrow(NotFoundException::new);
        return new MeetingWeek(w.partnerName(), MeetingTime.of(w.time()), w.weekStart(), w.day(), w.today(), w.started(), w.held(),
                MeetingPreparation.of(w.mine()), MeetingPreparation.of(w.theirs()),
                MeetingAgendaView.of(meetings.agenda(me.id(), w, BrowserLocales.spoken(request))));
    }

    @GetMapping("/time")
    @Operation(summary = "The meeting time, proposed or agreed; 404 while nobody proposed one. The ETag is its version")
    ResponseEntity<MeetingTime> time(@AuthenticationPrincipal PersonPrincipal me) {
        return time(week(me).time());
    }

    @PutMapping("/time")
    @Operation(summary = "Propose a weekday and time; proposing exactly what my partner proposed agrees it",
            description = "Send the ETag read as If-Match, or \"-1\" when no time was proposed yet.")
    ResponseEntity<MeetingTime> proposeTime(@AuthenticationPrincipal PersonPrincipal me,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody MeetingTimeProposal body) {
        long expected = EntityTags.expected(ifMatch);
        meetings.proposeTime(me.id(), body.weekday(), body.time(), expected);
        return time(week(me).time());
    }

    @PostMapping("/time/accept")
    @Operation(summary = "Agree to the time my partner proposed", description = "Send the ETag read as If-Match.")
    ResponseEntity<MeetingTime> acceptTime(@AuthenticationPrincipal PersonPrincipal me,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        long expected = EntityTags.expected(ifMatch);
        meetings.acceptTime(me.id(), expected);
        return time(week(me).time());
    }

    @GetMapping("/preparation")
    @Operation(summary = "My own preparation for this week; the ETag is its version (\"-1\" before the first save)")
    ResponseEntity<MeetingPreparation> preparation(@AuthenticationPrincipal PersonPrincipal me) {
        return preparation(week(me).mine());
    }

    @PutMapping("/preparation")
    @Operation(summary = "Save my preparation: what went well, what I'd like to talk about, what I need this week",
            description = "Send the ETag read as If-Match, or \"-1\" for the first save. My partner reads it once the meeting starts.")
    ResponseEntity<MeetingPreparation> prepare(@AuthenticationPrincipal PersonPrincipal me,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody PreparationBody body) {
        long expected = EntityTags.expected(ifMatch);
        meetings.prepare(me.id(), body.wentWell(), body.talkAbout(), body.need(), expected);
        return preparation(week(me).mine());
    }

    @PostMapping("/start")
    @Operation(summary = "We sit down: this week's meeting starts, and each sees what the other prepared")
    MeetingWeek start(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        meetings.start(me.id());
        return week(me, request);
    }

    @PostMapping("/held")
    @Operation(summary = "Close this week's meeting: it was held (it must have started)")
    MeetingWeek held(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        meetings.markHeld(me.id());
        return week(me, request);
    }

    @PostMapping("/need")
    @Operation(summary = "Make my \"what I need this week\" a commitment shared with my partner, due in a week; once")
    ResponseEntity<MeetingPreparation> need(@AuthenticationPrincipal PersonPrincipal me) {
        UUID commitment = meetings.needToCommitment(me.id());
        return ResponseEntity.created(URI.create("/api/v1/commitments/" + commitment)).body(MeetingPreparation.of(week(me).mine()));
    }

    @PostMapping("/talk")
    @Operation(summary = "Plan a talk about my own topic of the started meeting, a few minutes from now, for my partner to accept")
    ResponseEntity<Void> talk(@AuthenticationPrincipal PersonPrincipal me) {
        UUID conversation = meetings.planTalk(me.id());
        return ResponseEntity.created(URI.create("/api/v1/conversations/" + conversation)).build();
    }

    @GetMapping("/history")
    @Operation(summary = "This week's meeting once held, and the weeks before, newest first, each held or skipped")
    Paged<MeetingPast> history(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return Paged.of(meetings.history(me.id()).stream().map(p -> new MeetingPast(p.weekStart(), p.day(), p.held(),
                MeetingPreparation.of(p.mine()), MeetingPreparation.of(p.theirs()))).toList(), page, size, PATH + "/history");
    }

    private WeeklyMeetings.Week week(PersonPrincipal me) {
        return meetings.thisWeek(me.id()).orElseThrow(NotFoundException::new);
    }

    private static ResponseEntity<MeetingTime> time(WeeklyMeetings.Time t) {
        if (t == null) {
            throw new NotFoundException();
        }
        return ResponseEntity.ok().eTag(EntityTags.of(t.version())).body(MeetingTime.of(t));
    }

    private static ResponseEntity<MeetingPreparation> preparation(WeeklyMeetings.Preparation p) {
        MeetingPreparation mine = p == null ? MeetingPreparation.NONE : MeetingPreparation.of(p);
        return ResponseEntity.ok().eTag(EntityTags.of(mine.version())).body(mine);
    }
}
