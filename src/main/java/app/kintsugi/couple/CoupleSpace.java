package app.kintsugi.couple;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.kintsugi.account.PersonId;

/**
 * A person's view of their active space.
 *
 * @param pendingInvitationExpires when the open invitation expires, if one is waiting
 * @param since                    when the space was started
 */
public record CoupleSpace(CoupleId id, Member me, Optional<Member> partner, Optional<Instant> pendingInvitationExpires,
        Instant since) {

    public boolean complete() {
        return partner.isPresent();
    }

    public Optional<PersonId> partnerId() {
        return partner.map(Member::person);
    }

    public List<Member> members() {
        return partner.map(p -> List.of(me, p)).orElse(List.of(me));
    }
}
