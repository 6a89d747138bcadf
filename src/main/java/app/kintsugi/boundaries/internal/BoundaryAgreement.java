package app.kintsugi.boundaries.internal;

import java.util.Objects;

import app.kintsugi.account.PersonId;
import app.kintsugi.boundaries.BoundaryStatus;
import app.kintsugi.shared.InvalidInputException;

/**
 * The agreement rules of one boundary, apart from storage. Versions are numbered from 1. A version
 * waits ("pending") until the partner who did not write it agrees; only then is it the agreed
 * version, and the boundary is active. A change proposed to an active boundary leaves the agreed
 * version in force until it is agreed in turn. Every method returns the next state or refuses with
 * a message code (field {@code entry}).
 *
 * @param agreed        the number of the version both agreed to, or 0
 * @param pending       the number of the version waiting for agreement, or 0
 * @param pendingAuthor who wrote the pending version
 * @param talkBy        who asked to talk about the pending version first, or null
 * @param revisitBy     who asked to revisit the agreed version, or null
 * @param withdrawn     whether the proposer withdrew it before it was ever agreed
 */
public record BoundaryAgreement(int agreed, int pending, PersonId pendingAuthor, PersonId talkBy, PersonId revisitBy,
        boolean withdrawn) {

    public BoundaryAgreement {
        if (pending != 0) {
            Objects.requireNonNull(pendingAuthor, "pendingAuthor");
        }
    }

    /** A new boundary: version 1, written by {@code author}, waiting for the other partner. */
    public static BoundaryAgreement proposedBy(PersonId author) {
        return new BoundaryAgreement(0, 1, author, null, null, false);
    }

    public BoundaryStatus status() {
        if (withdrawn) {
            return BoundaryStatus.WITHDRAWN;
        }
        if (agreed > 0) {
            return BoundaryStatus.ACTIVE;
        }
        return talkBy != null ? BoundaryStatus.TALK : BoundaryStatus.PROPOSED;
    }

    public boolean active() {
        return status() == BoundaryStatus.ACTIVE;
    }

    /** Whether {@code person} is the one a pending version waits for. */
    public boolean waitsFor(PersonId person) {
        return !withdrawn && pending != 0 && !pendingAuthor.equals(person);
    }

    /** The partner who did not write the pending version agrees to it: it becomes the agreed version. */
    public BoundaryAgreement agree(PersonId person, int version) {
        open();
        if (pending == 0) {
            throw refused("boundary.agree.nothingPending");
        }
        if (pendingAuthor.equals(person)) {
            throw refused("boundary.agree.own");
        }
        if (version != pending) {
            throw refused("boundary.agree.changed");
        }
        return new BoundaryAgreement(pending, 0, null, null, null, false);
    }

    /**
     * Either partner proposes a new version: a change to an agreed boundary, a counter-proposal, or
     * a revision of their own proposal. It replaces any version still waiting.
     */
    public BoundaryAgreement proposeChange(PersonId person, int newVersion) {
        open();
        if (newVersion <= Math.max(agreed, pending)) {
            throw new IllegalArgumentException("version numbers only grow");
        }
        return new BoundaryAgreement(agreed, newVersion, person, null, revisitBy, false);
    }

    /** The partner a version waits for would like to talk about it first. */
    public BoundaryAgreement askToTalk(PersonId person) {
        open();
        if (!waitsFor(person)) {
            throw refused(pending == 0 ? "boundary.talk.nothingPending" : "boundary.talk.own");
        }
        if (person.equals(talkBy)) {
            throw refused("boundary.talk.already");
        }
        return new BoundaryAgreement(agreed, pending, pendingAuthor, person, revisitBy, false);
    }

    /** Either partner asks to look at an agreed boundary again. */
    public BoundaryAgreement askToRevisit(PersonId person) {
        open();
        if (agreed == 0) {
            throw refused("boundary.revisit.notActive");
        }
        if (revisitBy != null) {
            throw refused("boundary.revisit.already");
        }
        return new BoundaryAgreement(agreed, pending, pendingAuthor, talkBy, person, false);
    }

    /** The person who asked to revisit says it can stay as it is. */
    public BoundaryAgreement withdrawRevisit(PersonId person) {
        if (revisitBy == null || !revisitBy.equals(person)) {
            throw refused("boundary.revisit.notYours");
        }
        return new BoundaryAgreement(agreed, pending, pendingAuthor, talkBy, null, false);
    }

    /**
     * The author of the pending version takes it back. A boundary never agreed is then withdrawn; an
     * agreed one stays as agreed.
     */
    public BoundaryAgreement withdrawPending(PersonId person) {
        open();
        if (pending == 0 || !pendingAuthor.equals(person)) {
            throw refused("boundary.withdraw.notYours");
        }
        return new BoundaryAgreement(agreed, 0, null, null, revisitBy, agreed == 0);
    }

    /** Saying a boundary was crossed is possible only for one both agreed to. */
    public void requireActiveForCrossing() {
        if (!active()) {
            throw refused("boundary.crossed.notActive");
        }
    }

    private void open() {
        if (withdrawn) {
            throw refused("boundary.withdrawn");
        }
    }

    private static InvalidInputException refused(String code) {
        return InvalidInputException.of("entry", code);
    }
}
