package app.kintsugi.decision;

import java.time.Instant;
import java.util.List;

/**
 * The decision aid as its person sees it.
 *
 * @param writing     their own writing, or null before they wrote anything
 * @param leans       where they leaned, newest first
 * @param reveal      where showing each other's lean stands
 * @param partnerName the partner's name while they share a space, else null
 * @param partnerLean the partner's current lean, only when both are willing; else null
 * @param changes     what the person can see changed, from their own and shared records
 * @param spaceEnded  whether the person's last space has ended and they have none now
 */
public record DecisionAid(Writing writing, List<LeanNoted> leans, RevealState reveal, String partnerName, PartnerLean partnerLean,
        Changes changes, boolean spaceEnded) {

    /** The person's private writing; any part may be null. */
    public record Writing(String staying, String parting, String toKnow, String changed, Instant updatedAt, long version) {
    }

    /** A lean and when it was noted. */
    public record LeanNoted(Lean lean, Instant at) {
    }

    /** The partner's current lean (null when they have not noted one) and when they noted it. */
    public record PartnerLean(Lean lean, Instant at) {
    }

    /**
     * Facts from the person's own and shared records, read-only: days kept on shared commitments (their
     * own, and their partner's) and conversations held, in their current space.
     */
    public record Changes(int keptByMe, int keptByPartner, int conversationsHeld) {

        public boolean any() {
            return keptByMe + keptByPartner + conversationsHeld > 0;
        }
    }

    public LeanNoted currentLean() {
        return leans.isEmpty() ? null : leans.get(0);
    }

    /** The version a first save expects. */
    public long writingVersion() {
        return writing == null ? -1 : writing.version();
    }
}
