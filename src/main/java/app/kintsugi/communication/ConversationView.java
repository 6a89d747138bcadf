package app.kintsugi.communication;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import app.kintsugi.account.PersonId;

/**
 * A planned conversation as one partner sees it.
 *
 * @param mine           whether the viewer proposed it
 * @param awaitingMe     whether the current proposal waits for the viewer's answer
 * @param awaitingPartner whether it waits for the partner's answer
 * @param agreedByMe     whether the viewer agreed to the ground rules for it
 */
public record ConversationView(UUID id, PersonId proposer, String proposerName, String partnerName, boolean mine,
        String topic, Optional<String> place, Instant startsAt, int minutes, ConversationStatus status, boolean awaitingMe,
        boolean awaitingPartner, boolean agreedByMe, boolean agreedByPartner, long version) {

    public Instant endsAt() {
        return startsAt.plusSeconds(minutes * 60L);
    }

    public boolean bothAgreed() {
        return agreedByMe && agreedByPartner;
    }

    /** Ready to start: the time is accepted and both agreed to the rules. */
    public boolean startable() {
        return status == ConversationStatus.ACCEPTED && bothAgreed();
    }
}
