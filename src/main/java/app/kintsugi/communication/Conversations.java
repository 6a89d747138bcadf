package app.kintsugi.communication;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.communication.internal.ConversationRepository;
import app.kintsugi.communication.internal.LiveRepository;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.TwoPersonEntries;
import app.kintsugi.privacy.TwoPersonEntry;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;

/**
 * Planned conversations between the two partners of a space: one proposes a topic, a time, a
 * length and a place; the other accepts, proposes another time (which the first then answers) or
 * declines. Both agree to the ground rules (the project's defaults and the couple's own) before a
 * live session can start. The topic, place and the couple's own rules are sealed with their
 * writer's key and readable by the two partners only.
 */
@Service
@RequiredArgsConstructor
public class Conversations {

    static final String KIND = "conversation";
    static final String RULE_KIND = "ground-rule";
    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 120;
    public static final int MAX_TOPIC = 300;
    public static final int MAX_PLACE = 200;
    public static final int MAX_RULE = 500;
    public static final int MAX_OWN_RULES = 30;
    /** A plan may name a time up to this far in the past ("now", typed a minute late). */
    private static final Duration LATE_ALLOWANCE = Duration.ofMinutes(15);
    private static final Duration FARTHEST_AHEAD = Duration.ofDays(366);
    private static final Logger log = LoggerFactory.getLogger(Conversations.class);

    private final ConversationRepository repository;
    private final ContentCipher cipher;
    private final AccessPolicy policy;
    private final TwoPersonEntries entries;
    private final AuditLog audit;
    private final Couples couples;
    private final Accounts accounts;
    private final Progress progress;
    private final DefaultGroundRules defaults;
    private final Clock clock;
    private final LiveRepository live;

    /** Proposes a conversation to the partner. Needs a partner in the space. */
    @Transactional
    public UUID propose(PersonId proposer, PlanDraft draft) {
        CoupleSpace space = requireSpaceWithPartner(proposer, "topic");
        Plan plan = validate(proposer, draft, true);
        UUID id = UUID.randomUUID();
        long now = clock.millis();
        byte[] place = cipher.sealOrNull(proposer, KIND + "-place", id, plan.place());
        repository.insert(new ConversationRepository.Row(id, space.id(), proposer, space.partnerId().orElseThrow(), space.partnerId().orElseThrow(),
                cipher.seal(proposer, KIND, id, plan.topic()), place, plan.startsAt().toEpochMilli(), plan.minutes(),
                ConversationStatus.PROPOSED, now, now, 0));
        progress.noteActivity(proposer, CommunicationExercises.CONVERSATION);
        log.info("event=conversation_proposed conversation={} couple={}", id, space.id());
        return id;
    }

    /** The partner the proposal waits for says yes to the time. */
    @Transactional
    public void accept(PersonId person, UUID id, long expectedVersion) {
        var row = requireAccess(person, id);
        if (row.status() != ConversationStatus.PROPOSED || !person.equals(row.awaiting())) {
            throw InvalidInputException.of("answer", "conversation.answer.notYours");
        }
        if (!repository.update(id, expectedVersion, ConversationStatus.ACCEPTED, null, row.startsAt(), row.minutes(), clock.millis())) {
            throw new StaleEditException();
        }
        log.info("event=conversation_accepted conversation={}", id);
    }

    /**
     * Another time (and length): the partner the proposal waited for answers with a new one, which now
     * waits for the other; an accepted conversation can be moved by either, and waits for the other.
     */
    @Transactional
    public void proposeTime(PersonId person, UUID id, long expectedVersion, PlanDraft draft) {
        var row = requireAccess(person, id);
        boolean mayMove = row.status() == ConversationStatus.ACCEPTED
                || row.status() == ConversationStatus.PROPOSED && person.equals(row.awaiting());
        if (!mayMove) {
            throw InvalidInputException.of("answer", "conversation.answer.notYours");
        }
        PersonId other = otherMember(row, person);
        Plan plan = validate(person, draft, false);
        if (!repository.update(id, expectedVersion, ConversationStatus.PROPOSED, other, plan.startsAt().toEpochMilli(),
                plan.minutes(), clock.millis())) {
            throw new StaleEditException();
        }
        log.info("event=conversation_new_time conversation={}", id);
    }

    /** The partner the proposal waits for declines; either may cancel an accepted conversation. */
    @Transactional
    public void decline(PersonId person, UUID id, long expectedVersion) {
        var row = requireAccess(person, id);
        ConversationStatus next;
        if (row.status() == ConversationStatus.PROPOSED && person.equals(row.awaiting())) {
            next = ConversationStatus.DECLINED;
        } else if (row.status().open()) {
            // The one who made the current proposal withdraws it, or either calls off an accepted one.
            next = ConversationStatus.CANCELLED;
        } else {
            throw InvalidInputException.of("answer", "conversation.answer.closed");
        }
        if (!repository.update(id, expectedVersion, next, null, row.startsAt(), row.minutes(), clock.millis())) {
            throw new StaleEditException();
        }
        log.info("event=conversation_{} conversation={}", next.name().toLowerCase(Locale.ROOT), id);
    }

    /** The person agrees to the ground rules as they stand now, for this conversation. */
    @Transactional
    public void agree(PersonId person, UUID id) {
        var row = requireAccess(person, id);
        if (!row.status().open()) {
            throw InvalidInputException.of("agree", "conversation.answer.closed");
        }
        repository.agree(id, person, clock.millis());
        progress.noteDone(person, CommunicationExercises.GROUND_RULES);
        log.info("event=ground_rules_agreed conversation={}", id);
    }

    public ConversationView read(PersonId viewer, UUID id) {
        return view(requireAccess(viewer, id), viewer);
    }

    /** The conversations of the viewer's current space, soonest first for the open ones, then the rest. */
    public List<ConversationView> inMySpace(PersonId viewer) {
        return couples.activeCoupleOf(viewer)
                .map(couple -> {
                    List<ConversationRepository.Row> rows = repository.inCouple(couple).stream()
                            .filter(r -> policy.accessOf(viewer, ref(r)).isPresent()
                                    && couples.areActivePartners(couple, r.proposer(), r.partner()))
                            .toList();
                    // Who agreed, for every conversation at once.
                    java.util.Map<UUID, Set<PersonId>> agreed = rows.isEmpty() ? java.util.Map.of() : repository.agreedInCouple(couple);
                    return rows.stream().map(r -> view(r, viewer, agreed.getOrDefault(r.id(), Set.of()))).toList();
                })
                .orElse(List.of());
    }

    /**
     * Where each conversation of the viewer's current space stands, for Today, which only says that
     * something is planned or waits: nothing is decrypted.
     */
    public List<Standing> standingsInMySpace(PersonId viewer) {
        return couples.activeCoupleOf(viewer)
                .map(couple -> repository.inCouple(couple).stream()
                        .filter(r -> policy.accessOf(viewer, ref(r)).isPresent()
                                && couples.areActivePartners(couple, r.proposer(), r.partner()))
                        .map(r -> {
                            PersonId other = otherMember(r, viewer);
                            return new Standing(r.id(), r.status(), Instant.ofEpochMilli(r.startsAt()), r.minutes(), name(other),
                                    r.status() == ConversationStatus.PROPOSED && viewer.equals(r.awaiting()),
                                    r.status() == ConversationStatus.PROPOSED && other.equals(r.awaiting()));
                        }).toList())
                .orElse(List.of());
    }

    /** A conversation as Today needs it: when, where it stands, and whose answer it waits for. */
    public record Standing(UUID id, ConversationStatus status, Instant startsAt, int minutes, String partnerName, boolean awaitingMe,
            boolean awaitingPartner) {
    }

    /**
     * A conversation of a space that has ended, as the viewer may still read it: what they wrote
     * (the topic and place if they planned it, their own rating and note), never what the other wrote.
     */
    public record EndedConversation(UUID id, Instant startsAt, int minutes, String otherName, boolean plannedByMe, String topic,
            String place, Optional<LiveView.Rating> rating) {
    }

    /** Conversations of ended spaces in which the viewer wrote something: planned them, or rated them (decision 28). */
    public List<EndedConversation> fromEndedSpaces(PersonId viewer) {
        List<EndedConversation> out = new ArrayList<>();
        for (var r : repository.involving(viewer)) {
            PersonId other = otherMember(r, viewer);
            if (couples.areActivePartners(r.couple(), r.proposer(), r.partner())) {
                continue;
            }
            boolean mine = r.proposer().equals(viewer);
            Optional<LiveView.Rating> rating = live.ratings(r.id()).stream().filter(x -> x.person().equals(viewer)).findFirst()
                    .map(x -> new LiveView.Rating(x.heard(), x.safe(), x.note() == null ? Optional.empty()
                            : Optional.of(cipher.open(viewer, LiveSessions.NOTE_KIND, r.id(), x.note()))));
            if (!mine && rating.isEmpty()) {
                continue;
            }
            out.add(new EndedConversation(r.id(), Instant.ofEpochMilli(r.startsAt()), r.minutes(), name(other), mine,
                    mine ? cipher.open(r.proposer(), KIND, r.id(), r.topic()) : null,
                    mine && r.place() != null ? cipher.open(r.proposer(), KIND + "-place", r.id(), r.place()) : null, rating));
        }
        return out;
    }

    /** Proposals waiting for this person's answer, in their current space. */
    public List<ConversationView> awaiting(PersonId person) {
        return inMySpace(person).stream().filter(ConversationView::awaitingMe).toList();
    }

    // --- Ground rules --------------------------------------------------------------------------

    public List<DefaultGroundRules.Rule> defaultRules(Locale locale) {
        return defaults.rules(locale);
    }

    /** The couple's own rules, oldest first; empty without a space. */
    public List<GroundRuleView> ownRules(PersonId viewer) {
        return couples.activeCoupleOf(viewer).map(couple -> repository.rules(couple).stream()
                .map(r -> new GroundRuleView(r.id(), cipher.open(r.author(), RULE_KIND, r.id(), r.content()),
                        name(r.author()), r.author().equals(viewer)))
                .toList()).orElse(List.of());
    }

    /**
     * The rules the viewer added in spaces that have ended (every space but their current one):
     * theirs to read, no longer to change (decision 0028). Rules the other added are not shown.
     */
    public List<GroundRuleView> rulesFromEndedSpaces(PersonId viewer) {
        Optional<CoupleId> current = couples.activeCoupleOf(viewer);
        String me = name(viewer);
        return repository.rulesBy(viewer).stream()
                .filter(r -> current.map(c -> !c.equals(r.couple())).orElse(true))
                .map(r -> new GroundRuleView(r.id(), cipher.open(r.author(), RULE_KIND, r.id(), r.content()), me, true))
                .toList();
    }

    /**
     * Adds a rule to the couple's own list. Agreements to conversations that have not started are
     * cleared: both agree again to the list as it now stands.
     */
    @Transactional
    public UUID addRule(PersonId author, String text) {
        CoupleSpace space = requireSpaceWithPartner(author, "rule");
        String clean = Texts.clean(text);
        Validation v = new Validation();
        v.requiredText("rule", clean, MAX_RULE, "groundRule.required");
        if (!v.hasErrors() && repository.rules(space.id()).size() >= MAX_OWN_RULES) {
            v.reject("rule", "groundRule.tooMany", MAX_OWN_RULES);
        }
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        repository.insertRule(new ConversationRepository.RuleRow(id, space.id(), author,
                cipher.seal(author, RULE_KIND, id, clean), clock.millis()));
        int cleared = repository.clearOpenAgreements(space.id());
        progress.noteActivity(author, CommunicationExercises.GROUND_RULES);
        log.info("event=ground_rule_added rule={} couple={} agreements_cleared={}", id, space.id(), cleared);
        return id;
    }

    /** Only the partner who added a rule removes it; agreements to open conversations are cleared. */
    @Transactional
    public void removeRule(PersonId person, UUID id) {
        var rule = repository.rule(id).orElseThrow(NotFoundException::new);
        EntryRef ref = new EntryRef(RULE_KIND, id, rule.author(), Visibility.PARTNER, rule.couple());
        policy.require(person, ref);
        policy.requireAuthor(person, ref);
        if (!couples.activeCoupleOf(person).map(rule.couple()::equals).orElse(false)) {
            // A rule of a space that has ended is kept as it was, like everything else written there.
            throw new NotFoundException();
        }
        repository.deleteRule(id);
        repository.clearOpenAgreements(rule.couple());
        audit.record(person, "DELETED", RULE_KIND, id, null);
    }

    // --- For the live session -----------------------------------------------------------------

    ConversationRepository.Row requireAccess(PersonId viewer, UUID id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        // A conversation is held by two: once the space has ended, neither reaches it any more.
        entries.requireWhileBothIn(viewer, new TwoPersonEntry(ref(row), row.partner()));
        return row;
    }

    static PersonId otherMember(ConversationRepository.Row row, PersonId person) {
        return row.proposer().equals(person) ? row.partner() : row.proposer();
    }

    boolean anyLive(CoupleId couple) {
        return repository.anyLive(couple);
    }

    boolean markLive(UUID id) {
        return repository.setStatus(id, ConversationStatus.ACCEPTED, ConversationStatus.LIVE, clock.millis());
    }

    void markEnded(UUID id) {
        repository.setStatus(id, ConversationStatus.LIVE, ConversationStatus.ENDED, clock.millis());
    }

    // --- Inside -------------------------------------------------------------------------------

    private record Plan(String topic, Instant startsAt, int minutes, String place) {
    }

    private Plan validate(PersonId person, PlanDraft draft, boolean withTopic) {
        Validation v = new Validation();
        String topic = Texts.clean(draft.topic());
        String place = Texts.clean(draft.place());
        if (withTopic) {
            v.requiredText("topic", topic, MAX_TOPIC, "conversation.topic.required");
            v.optionalText("place", place, MAX_PLACE);
        }
        ZoneId zone = accounts.zoneOf(person);
        LocalDate date = null;
        LocalTime time = null;
        try {
            date = LocalDate.parse(Texts.clean(draft.date()) == null ? "" : draft.date().strip());
        } catch (DateTimeException e) {
            v.reject("date", Texts.clean(draft.date()) == null ? "conversation.date.required" : "conversation.date.invalid");
        }
        try {
            time = LocalTime.parse(Texts.clean(draft.time()) == null ? "" : draft.time().strip());
        } catch (DateTimeException e) {
            v.reject("time", Texts.clean(draft.time()) == null ? "conversation.time.required" : "conversation.time.invalid");
        }
        int minutes = 0;
        try {
            minutes = Integer.parseInt(draft.minutes() == null ? "" : draft.minutes().strip());
            if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
                v.reject("minutes", "conversation.minutes.range", MIN_MINUTES, MAX_MINUTES);
            }
        } catch (NumberFormatException e) {
            v.reject("minutes", "conversation.minutes.range", MIN_MINUTES, MAX_MINUTES);
        }
        Instant startsAt = null;
        if (date != null && time != null) {
            // A time skipped by a clock change moves forward, as the calendar on a phone does.
            startsAt = date.atTime(time).atZone(zone).toInstant();
            Instant now = clock.instant();
            if (startsAt.isBefore(now.minus(LATE_ALLOWANCE))) {
                v.reject("date", "conversation.date.past");
            } else if (startsAt.isAfter(now.plus(FARTHEST_AHEAD))) {
                v.reject("date", "conversation.date.tooFar");
            }
        }
        v.throwIfInvalid();
        return new Plan(topic, startsAt, minutes, place);
    }

    private CoupleSpace requireSpaceWithPartner(PersonId person, String field) {
        return couples.completeSpace(person)
                .orElseThrow(() -> InvalidInputException.of(field, "conversation.noPartner"));
    }

    private ConversationView view(ConversationRepository.Row row, PersonId viewer) {
        return view(row, viewer, repository.agreed(row.id()));
    }

    private ConversationView view(ConversationRepository.Row row, PersonId viewer, Set<PersonId> agreed) {
        String topic = cipher.open(row.proposer(), KIND, row.id(), row.topic());
        Optional<String> place = row.place() == null ? Optional.empty()
                : Optional.of(cipher.open(row.proposer(), KIND + "-place", row.id(), row.place()));
        PersonId other = otherMember(row, viewer);
        return new ConversationView(row.id(), row.proposer(), name(row.proposer()), name(other),
                row.proposer().equals(viewer), topic, place, Instant.ofEpochMilli(row.startsAt()), row.minutes(), row.status(),
                row.status() == ConversationStatus.PROPOSED && viewer.equals(row.awaiting()),
                row.status() == ConversationStatus.PROPOSED && other.equals(row.awaiting()),
                agreed.contains(viewer), agreed.contains(other), row.version());
    }

    private String name(PersonId person) {
        return accounts.nameOf(person);
    }

    static EntryRef ref(ConversationRepository.Row row) {
        return new EntryRef(KIND, row.id(), row.proposer(), Visibility.PARTNER, row.couple());
    }
}
