package app.kintsugi.couple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.couple.internal.CoupleRepository;
import app.kintsugi.couple.internal.InvitationCodes;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.PerRequest;

/** Couple spaces: start, invite, join, choose a role, leave; and who is whose partner right now. */
@Service
@RequiredArgsConstructor
public class Couples {

    static final Duration INVITATION_LIFETIME = Duration.ofHours(72);
    private static final Logger log = LoggerFactory.getLogger(Couples.class);
    private static final String CURRENT = "couples.current";
    private static final String ACTIVE = "couples.active";
    private static final String PARTNERS = "couples.partners";
    private static final String JOINED = "couples.joined";

    private final CoupleRepository repository;
    private final Accounts accounts;
    private final Clock clock;

    public Optional<CoupleSpace> current(PersonId person) {
        // Every module on a page asks this (the dashboard did 13 times); once per request is enough.
        return PerRequest.remember(CURRENT, person, () -> activeCoupleOf(person).map(id -> view(id, person)));
    }

    public Optional<CoupleId> activeCoupleOf(PersonId person) {
        return PerRequest.remember(ACTIVE, person, () -> repository.activeCoupleOf(person));
    }

    /**
     * The person's space if their partner is in it: the only space anything can be shared in. A
     * space still waiting for a partner would otherwise pass "shared" to whoever joins next.
     */
    public Optional<CoupleId> spaceWithPartner(PersonId person) {
        return completeSpace(person).map(CoupleSpace::id);
    }

    /** The person's current space when their partner is in it too: where two-person entries live. */
    public Optional<CoupleSpace> completeSpace(PersonId person) {
        return current(person).filter(CoupleSpace::complete);
    }

    /** The display name of the person's current partner, if they share a space with one. */
    public Optional<String> partnerName(PersonId person) {
        return current(person).flatMap(CoupleSpace::partner).map(Member::displayName);
    }

    /** When the person's current partner joined the space they share, if they share one. */
    public Optional<Instant> partnerJoinedAt(PersonId person) {
        // Asked once for each of a person's own entries on a list (may it still be shared?): once per request is enough.
        return PerRequest.remember(JOINED, person, () -> repository.partnerJoinedAt(person).map(Instant::ofEpochMilli));
    }

    /** True when both persons are, right now, the two members of that space. */
    public boolean areActivePartners(CoupleId couple, PersonId a, PersonId b) {
        // The same question whichever of the two is named first: one lookup per pair and request.
        return !a.equals(b) && PerRequest.remember(PARTNERS, List.of(couple, java.util.Set.of(a, b)),
                () -> repository.countActiveMembers(couple, a, b) == 2);
    }

    /**
     * Starts a space with the person in it and returns its first invitation. A person who already
     * waits alone in a space gets a new invitation instead; one with a partner is told so.
     */
    @Transactional
    public NewInvitation start(PersonId person, Role role) {
        forgetSpaces();
        requirePerson(person);
        if (role == null) {
            throw InvalidInputException.of("role", "couple.role.required");
        }
        Optional<CoupleId> existing = repository.activeCoupleOf(person);
        CoupleId couple;
        if (existing.isPresent()) {
            couple = existing.get();
            requireAlone(couple);
            repository.setRole(couple, person, role);
        } else {
            couple = new CoupleId(UUID.randomUUID());
            long now = clock.millis();
            repository.insertSpace(couple, person, now);
            repository.insertMember(couple, person, role, now);
            log.info("event=couple_space_created couple={} person={}", couple, person);
        }
        return invite(couple, person);
    }

    /** Replaces any waiting invitation with a new code. */
    @Transactional
    public NewInvitation newInvitation(PersonId person) {
        forgetSpaces();
        CoupleId couple = repository.activeCoupleOf(person)
                .orElseThrow(() -> InvalidInputException.of("space", "couple.space.none"));
        requireAlone(couple);
        return invite(couple, person);
    }

    @Transactional
    public void revokeInvitation(PersonId person) {
        forgetSpaces();
        repository.activeCoupleOf(person).ifPresent(couple -> {
            int revoked = repository.revokeOpenInvitations(couple, clock.millis());
            log.info("event=invitation_revoked couple={} count={}", couple, revoked);
        });
    }

    /**
     * Who invited, for a code that can still be used by this person (or by anyone, for a visitor not
     * signed in yet, {@code viewer} null); empty otherwise.
     */
    public Optional<InvitationPreview> preview(PersonId viewer, String typedCode) {
        String code = InvitationCodes.normalize(typedCode);
        if (code == null) {
            return Optional.empty();
        }
        return repository.usableInvitation(InvitationCodes.hash(code), clock.millis())
                .filter(inv -> viewer == null || !inv.createdBy().equals(viewer))
                .flatMap(inv -> accounts.find(inv.createdBy()))
                .map(inviter -> new InvitationPreview(inviter.displayName()));
    }

    /**
     * Joins the space behind a code. A space the joiner started and still waits in alone is closed
     * first; someone who already has a partner must leave before joining another space.
     */
    @Transactional
    public CoupleSpace join(PersonId joiner, String typedCode, Role role) {
        forgetSpaces();
        requirePerson(joiner);
        String code = InvitationCodes.normalize(typedCode);
        if (code == null) {
            throw InvalidInputException.of("code", "couple.code.unusable");
        }
        long now = clock.millis();
        var invitation = repository.usableInvitation(InvitationCodes.hash(code), now)
                .orElseThrow(() -> InvalidInputException.of("code", "couple.code.unusable"));
        if (invitation.createdBy().equals(joiner)) {
            throw InvalidInputException.of("code", "couple.code.own");
        }
        if (role == null) {
            throw InvalidInputException.of("role", "couple.role.required");
        }
        Optional<CoupleId> mine = repository.activeCoupleOf(joiner);
        // Lock both spaces in a fixed order, so two people joining each other's spaces at once
        // cannot wait for each other.
        boolean targetActive = true;
        boolean mineActive = true;
        for (CoupleId space : java.util.stream.Stream.of(Optional.of(invitation.couple()), mine)
                .flatMap(Optional::stream).distinct().sorted(java.util.Comparator.comparing(CoupleId::toString)).toList()) {
            boolean active = repository.lockActiveSpace(space);
            if (space.equals(invitation.couple())) {
                targetActive = active;
            } else {
                mineActive = active;
            }
        }
        if (!targetActive) {
            throw InvalidInputException.of("code", "couple.code.unusable");
        }
        if (mine.isPresent() && mineActive) {
            if (repository.activeMembers(mine.get()).size() > 1) {
                throw InvalidInputException.of("code", "couple.space.alreadyPartnered");
            }
            repository.endSpace(mine.get(), now, joiner, EndedSpace.Reason.LEFT.name());
            log.info("event=couple_space_closed_for_join couple={} person={}", mine.get(), joiner);
        }
        if (repository.activeMembers(invitation.couple()).size() != 1
                || !repository.claimInvitation(invitation.id(), joiner, now)) {
            throw InvalidInputException.of("code", "couple.code.unusable");
        }
        try {
            repository.insertMember(invitation.couple(), joiner, role, now);
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            // The same person joined another space in a parallel request.
            throw InvalidInputException.of("code", "couple.space.alreadyPartnered");
        }
        repository.revokeOpenInvitations(invitation.couple(), now);
        log.info("event=couple_space_joined couple={} person={}", invitation.couple(), joiner);
        return view(invitation.couple(), joiner);
    }

    /**
     * Saves the person's role. Someone without a space gets a space of their own with nobody invited
     * (decision 42): a role is chosen alone, and inviting the partner stays a separate, later choice.
     */
    @Transactional
    public void chooseRole(PersonId person, Role role) {
        forgetSpaces();
        requirePerson(person);
        if (role == null) {
            throw InvalidInputException.of("role", "couple.role.required");
        }
        Optional<CoupleId> existing = repository.activeCoupleOf(person);
        if (existing.isEmpty()) {
            CoupleId couple = new CoupleId(UUID.randomUUID());
            long now = clock.millis();
            repository.insertSpace(couple, person, now);
            repository.insertMember(couple, person, role, now);
            log.info("event=couple_space_created couple={} person={} invited=false", couple, person);
            return;
        }
        repository.setRole(existing.get(), person, role);
        log.info("event=role_chosen couple={} person={}", existing.get(), person);
    }

    /**
     * True while nobody else is in the person's space: no space, a space of their own (invitation
     * open or not), or after a space ended. The program is then made for one (decision 42).
     */
    public boolean alone(PersonId person) {
        return completeSpace(person).isEmpty();
    }

    /** Leaves the space, which ends it for both. Nobody's own entries are touched. */
    @Transactional
    public void leave(PersonId person) {
        end(person, EndedSpace.Reason.LEFT);
    }

    /**
     * Ends the person's space because their account is being closed: the other is told why, and
     * keeps their own writing as after any ending. Does nothing when the person has no space.
     */
    @Transactional
    public void closeAccount(PersonId person) {
        end(person, EndedSpace.Reason.ACCOUNT_CLOSED);
    }

    /** How the person's last space ended, when they have no space now; empty otherwise or if they never had one. */
    public Optional<EndedSpace> lastEnded(PersonId person) {
        if (activeCoupleOf(person).isPresent()) {
            return Optional.empty();
        }
        return repository.lastEnded(person).map(row -> new EndedSpace(Instant.ofEpochMilli(row.endedAt()),
                person.value().toString().equals(row.endedBy()),
                "ACCOUNT_CLOSED".equals(row.reason()) ? EndedSpace.Reason.ACCOUNT_CLOSED : EndedSpace.Reason.LEFT));
    }

    private void end(PersonId person, EndedSpace.Reason reason) {
        forgetSpaces();
        repository.activeCoupleOf(person).ifPresent(couple -> {
            if (repository.endSpace(couple, clock.millis(), person, reason.name())) {
                log.info("event=couple_space_ended couple={} person={} reason={}", couple, person, reason);
            }
        });
    }

    private NewInvitation invite(CoupleId couple, PersonId person) {
        long now = clock.millis();
        repository.revokeOpenInvitations(couple, now);
        String code = InvitationCodes.generate();
        long expires = now + INVITATION_LIFETIME.toMillis();
        repository.insertInvitation(UUID.randomUUID(), couple, InvitationCodes.hash(code), person, now, expires);
        log.info("event=invitation_created couple={} person={}", couple, person);
        return new NewInvitation(code, Instant.ofEpochMilli(expires));
    }

    private void requireAlone(CoupleId couple) {
        if (repository.activeMembers(couple).size() > 1) {
            throw InvalidInputException.of("space", "couple.space.alreadyComplete");
        }
    }

    private CoupleSpace view(CoupleId couple, PersonId viewer) {
        List<CoupleRepository.MemberRow> rows = repository.activeMembers(couple);
        Member me = null;
        Member partner = null;
        for (var row : rows) {
            String name = accounts.nameOf(row.person());
            Member member = new Member(row.person(), name, row.role());
            if (row.person().equals(viewer)) {
                me = member;
            } else {
                partner = member;
            }
        }
        Optional<Instant> pending = partner == null
                ? repository.openInvitationExpiry(couple, clock.millis()).map(Instant::ofEpochMilli)
                : Optional.empty();
        return new CoupleSpace(couple, me, Optional.ofNullable(partner), pending,
                Instant.ofEpochMilli(repository.createdAt(couple)));
    }

    /** Counselors and operators never join a couple space: their access is of another kind. */
    private void requirePerson(PersonId person) {
        if (accounts.roleOf(person).orElse(null) != app.kintsugi.account.AccountRole.PERSON) {
            throw new app.kintsugi.shared.NotFoundException();
        }
    }

    /** Someone's space changes in this request: what was remembered of spaces is read again. */
    private static void forgetSpaces() {
        PerRequest.forget(CURRENT);
        PerRequest.forget(ACTIVE);
        PerRequest.forget(PARTNERS);
        PerRequest.forget(JOINED);
    }
}
