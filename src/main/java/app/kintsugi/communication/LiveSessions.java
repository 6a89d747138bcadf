package app.kintsugi.communication;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.Person;
import app.kintsugi.account.PersonId;
import app.kintsugi.communication.internal.LiveRepository;
import app.kintsugi.communication.internal.LiveSession;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.program.Progress;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;

/**
 * Live speaker-listener sessions, held in person with each partner on their own phone. The state
 * lives in the database and changes only by compare-and-set, so two phones on two application
 * nodes see one state; screens learn about changes by asking for the version (see
 * {@link #version}). Each person holds the session on one device: opening it on another takes it
 * over, and the first screen is told so instead of acting twice.
 */
@Service
public class LiveSessions {

    static final String SUMMARY_KIND = "live-summary";
    static final String NOTE_KIND = "live-note";
    public static final int MAX_SUMMARY = 5_000;
    private static final Logger log = LoggerFactory.getLogger(LiveSessions.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LiveRepository repository;
    private final Conversations conversations;
    private final ContentCipher cipher;
    private final Accounts accounts;
    private final Progress progress;
    private final Clock clock;
    private final Duration breakLength;
    private final Duration grace;

    LiveSessions(LiveRepository repository, Conversations conversations, ContentCipher cipher, Accounts accounts,
            Progress progress, Clock clock,
            @Value("${kintsugi.live.break-length:20m}") Duration breakLength,
            @Value("${kintsugi.live.grace:30m}") Duration grace) {
        this.repository = repository;
        this.conversations = conversations;
        this.cipher = cipher;
        this.accounts = accounts;
        this.progress = progress;
        this.clock = clock;
        this.breakLength = breakLength;
        this.grace = grace;
    }

    public Duration breakLength() {
        return breakLength;
    }

    /**
     * Starts the live session of an accepted conversation both agreed the rules for. {@code meFirst}
     * tells whether the person starting it speaks first.
     */
    @Transactional
    public void start(PersonId person, UUID conversationId, boolean meFirst) {
        var row = conversations.requireAccess(person, conversationId);
        if (row.status() == ConversationStatus.LIVE) {
            return; // Both pressed "start" at once: the first one started it.
        }
        var agreed = conversations.read(person, conversationId);
        if (row.status() != ConversationStatus.ACCEPTED) {
            throw InvalidInputException.of("start", "live.start.notAccepted");
        }
        if (!agreed.bothAgreed()) {
            throw InvalidInputException.of("start", "live.start.rulesFirst");
        }
        if (conversations.anyLive(row.couple())) {
            throw InvalidInputException.of("start", "live.start.another");
        }
        if (!conversations.markLive(conversationId)) {
            return;
        }
        PersonId other = Conversations.otherMember(row, person);
        LiveSession session = LiveSession.start(conversationId, meFirst ? person : other, meFirst ? other : person,
                clock.instant(), Duration.ofMinutes(row.minutes()), grace);
        repository.insert(session, row.couple());
        progress.noteActivity(person, CommunicationExercises.CONVERSATION);
        progress.noteActivity(other, CommunicationExercises.CONVERSATION);
        log.info("event=live_started conversation={} couple={}", conversationId, row.couple());
    }

    /** This device now holds the person's screen of the session; any earlier one is told it moved. */
    @Transactional
    public String claimDevice(PersonId person, UUID conversationId) {
        conversations.requireAccess(person, conversationId);
        repository.find(conversationId).orElseThrow(NotFoundException::new);
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        repository.claimDevice(conversationId, person, token, clock.millis());
        log.info("event=live_device_claimed conversation={}", conversationId);
        return token;
    }

    /** Whether the conversation has a live session (running or ended); false before it was started. */
    public boolean started(PersonId person, UUID conversationId) {
        conversations.requireAccess(person, conversationId);
        return repository.version(conversationId).isPresent();
    }

    /** Whether this device token is the one holding the person's screen of the session. */
    public boolean holds(PersonId person, UUID conversationId, String deviceToken) {
        conversations.requireAccess(person, conversationId);
        return deviceToken != null && repository.device(conversationId, person).map(deviceToken::equals).orElse(false);
    }

    /** The session as this person's device shows it; an overdue session is closed first. */
    @Transactional
    public LiveView view(PersonId person, UUID conversationId, String deviceToken) {
        var row = conversations.requireAccess(person, conversationId);
        LiveRepository.Stored stored = closeIfOverdue(repository.find(conversationId).orElseThrow(NotFoundException::new));
        LiveSession s = stored.session();
        Instant now = clock.instant();
        String topic = conversations.read(person, conversationId).topic();
        Optional<String> summary = Optional.empty();
        if (stored.summary() != null && s.summaryBy() != null) {
            summary = Optional.of(cipher.open(s.summaryBy(), SUMMARY_KIND, conversationId, stored.summary()));
        }
        boolean current = deviceToken != null && repository.device(conversationId, person).map(deviceToken::equals).orElse(false);
        Optional<LiveView.Rating> mine = Optional.empty();
        boolean partnerRated = false;
        for (LiveRepository.Rating r : repository.ratings(conversationId)) {
            if (r.person().equals(person)) {
                Optional<String> note = r.note() == null ? Optional.empty()
                        : Optional.of(cipher.open(person, NOTE_KIND, conversationId, r.note()));
                mine = Optional.of(new LiveView.Rating(r.heard(), r.safe(), note));
            } else {
                partnerRated = true;
            }
        }
        PersonId partner = Conversations.otherMember(row, person);
        Instant end = s.endedAt() != null ? s.endedAt() : now;
        return new LiveView(conversationId, topic, s.phase(), s.speaker().equals(person), name(person), name(partner),
                s.turnElapsed(now).toSeconds(), s.breakSecondsLeft(now), person.equals(s.breakBy()), summary,
                s.summaryBy() != null, s.turns(), s.confirmations(), s.notQuite(), s.breaks(), s.startedAt(), s.endsBy(),
                s.endedAt(), s.endReason(), Duration.between(s.startedAt(), end).toMinutes(), current, mine, partnerRated,
                s.version());
    }

    /**
     * The session's version, for a screen to learn cheaply whether anything changed, or empty when
     * this device no longer holds the person's screen. Closes an overdue session.
     */
    @Transactional
    public Optional<Long> version(PersonId person, UUID conversationId, String deviceToken) {
        conversations.requireAccess(person, conversationId);
        if (deviceToken == null || !repository.device(conversationId, person).map(deviceToken::equals).orElse(false)) {
            return Optional.empty();
        }
        LiveRepository.Stored stored = repository.find(conversationId).orElseThrow(NotFoundException::new);
        return Optional.of(closeIfOverdue(stored).session().version());
    }

    /**
     * One person's action from the device that holds their screen. {@code seenVersion} is the
     * version their screen showed: when the action is refused because the session moved on
     * meanwhile, they are told that rather than a rule they did not break.
     *
     * @throws InvalidInputException on {@code action} (refused, with the reason) or {@code summary}
     */
    @Transactional
    public void act(PersonId person, UUID conversationId, String deviceToken, LiveAction action, long seenVersion,
            String summaryText) {
        conversations.requireAccess(person, conversationId);
        if (action == null) {
            throw InvalidInputException.of("action", "live.refused.unknown");
        }
        if (deviceToken == null || !repository.device(conversationId, person).map(deviceToken::equals).orElse(false)) {
            throw InvalidInputException.of("action", "live.refused.otherDevice");
        }
        String summary = action == LiveAction.REFLECTED ? Texts.clean(summaryText) : null;
        if (action == LiveAction.REFLECTED) {
            new Validation().optionalText("summary", summary, MAX_SUMMARY).throwIfInvalid();
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            LiveRepository.Stored stored = repository.find(conversationId).orElseThrow(NotFoundException::new);
            LiveSession before = stored.session();
            LiveSession after;
            try {
                after = before.apply(action, person, clock.instant(), breakLength, summary != null);
            } catch (InvalidInputException refused) {
                if (before.version() != seenVersion) {
                    throw InvalidInputException.of("action", "live.refused.moved");
                }
                if (before.expireIfDue(clock.instant()) != before) {
                    closeIfOverdue(stored);
                }
                throw refused;
            }
            byte[] sealedSummary = after.summaryBy() == null ? null
                    : summary != null ? cipher.seal(person, SUMMARY_KIND, conversationId, summary) : stored.summary();
            if (repository.update(after, before.version(), sealedSummary)) {
                if (after.phase() == Phase.ENDED) {
                    conversations.markEnded(conversationId);
                    progress.noteDone(after.speaker(), CommunicationExercises.CONVERSATION);
                    progress.noteDone(after.listener(), CommunicationExercises.CONVERSATION);
                }
                log.info("event=live_action conversation={} action={} phase={} version={}", conversationId, action,
                        after.phase(), after.version());
                return;
            }
        }
        throw InvalidInputException.of("action", "live.refused.moved");
    }

    /** After the end: "I felt heard" and "I felt safe" (1 to 5) and a note nobody else ever reads. */
    @Transactional
    public void rate(PersonId person, UUID conversationId, Integer heard, Integer safe, String note) {
        conversations.requireAccess(person, conversationId);
        LiveRepository.Stored stored = closeIfOverdue(repository.find(conversationId).orElseThrow(NotFoundException::new));
        Validation v = new Validation();
        if (stored.session().phase() != Phase.ENDED) {
            v.reject("heard", "live.rating.notEnded");
        }
        if (heard == null || heard < 1 || heard > 5) {
            v.reject("heard", "live.rating.range");
        }
        if (safe == null || safe < 1 || safe > 5) {
            v.reject("safe", "live.rating.range");
        }
        String clean = Texts.clean(note);
        v.optionalText("note", clean, Validation.MAX_TEXT);
        v.throwIfInvalid();
        repository.saveRating(conversationId, person, heard, safe,
                cipher.sealOrNull(person, NOTE_KIND, conversationId, clean), clock.millis());
        log.info("event=live_rated conversation={}", conversationId);
    }

    /** Closes sessions whose time ran out with nobody ending them, so no screen waits forever. */
    @Scheduled(fixedDelayString = "${kintsugi.live.sweep:PT1M}", initialDelayString = "${kintsugi.live.sweep:PT1M}")
    @Transactional
    public void closeOverdue() {
        for (UUID id : repository.overdue(clock.millis())) {
            repository.find(id).ifPresent(this::closeIfOverdue);
        }
    }

    private LiveRepository.Stored closeIfOverdue(LiveRepository.Stored stored) {
        LiveSession s = stored.session();
        LiveSession expired = s.expireIfDue(clock.instant());
        if (expired == s) {
            return stored;
        }
        if (repository.update(expired, s.version(), null)) {
            conversations.markEnded(s.conversationId());
            log.info("event=live_abandoned conversation={}", s.conversationId());
            return new LiveRepository.Stored(expired, stored.couple(), null);
        }
        return repository.find(s.conversationId()).orElseThrow(NotFoundException::new);
    }

    private String name(PersonId person) {
        return accounts.nameOf(person);
    }
}
