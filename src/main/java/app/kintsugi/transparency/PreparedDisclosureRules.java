package app.kintsugi.transparency;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of a prepared disclosure, without storage: what each of the two may do in each state,
 * and what the partner may see. A draft does not exist for the partner at all; a proposed or agreed
 * time shows them the meeting and never the text; only a given disclosure is read.
 */
public final class PreparedDisclosureRules {

    /** How far ahead a time to give it may be proposed. */
    public static final int MAX_DAYS_AHEAD = 90;
    public static final int MAX_PART = 20_000;
    public static final int MAX_ADDITION = 10_000;

    /** What the partner may see of a disclosure in a state. */
    public enum PartnerSees {
        NOTHING,
        MEETING,
        EVERYTHING
    }

    private PreparedDisclosureRules() {
    }

    public static PartnerSees partnerSees(PreparedDisclosureStatus status) {
        return switch (status) {
            case DRAFT -> PartnerSees.NOTHING;
            case PROPOSED, PLANNED -> PartnerSees.MEETING;
            case GIVEN -> PartnerSees.EVERYTHING;
        };
    }

    /** The parts are written, and rewritten, until it is given; after that only additions. */
    public static boolean canEdit(PreparedDisclosureStatus status) {
        return status != PreparedDisclosureStatus.GIVEN;
    }

    /**
     * The author proposes a time at any point before it is given; the partner only proposes another
     * time once a time has been proposed to them (before that, nothing exists for them).
     */
    public static boolean mayPropose(PreparedDisclosureStatus status, boolean author) {
        if (author) {
            return status != PreparedDisclosureStatus.GIVEN;
        }
        return status == PreparedDisclosureStatus.PROPOSED || status == PreparedDisclosureStatus.PLANNED;
    }

    /** A proposed time is accepted by the one who did not propose it. */
    public static boolean mayAccept(PreparedDisclosureStatus status, boolean proposedByViewer) {
        return status == PreparedDisclosureStatus.PROPOSED && !proposedByViewer;
    }

    /** Only the author gives it, once both agreed on a time. */
    public static boolean mayGive(PreparedDisclosureStatus status, boolean author) {
        return author && status == PreparedDisclosureStatus.PLANNED;
    }

    /** Only the partner marks parts, and only once it is given. */
    public static boolean mayMark(PreparedDisclosureStatus status, boolean author) {
        return !author && status == PreparedDisclosureStatus.GIVEN;
    }

    /** Only the author adds to it, and only after it was given; before that, the parts themselves change. */
    public static boolean mayAdd(PreparedDisclosureStatus status, boolean author) {
        return author && status == PreparedDisclosureStatus.GIVEN;
    }

    /** The message code of what is missing before it can be given: every part has words in it. */
    public static Optional<String> incomplete(Map<DisclosurePart, String> parts) {
        for (DisclosurePart p : DisclosurePart.values()) {
            String text = parts.get(p);
            if (text == null || text.isBlank()) {
                return Optional.of("preparedDisclosure.give.incomplete");
            }
        }
        return Optional.empty();
    }

    /** The message code of what is wrong with a proposed time, if anything: not in the past, not too far ahead. */
    public static Optional<String> timeProblem(Instant meetAt, Instant now) {
        if (meetAt.isBefore(now)) {
            return Optional.of("preparedDisclosure.meet.past");
        }
        if (meetAt.isAfter(now.plus(Duration.ofDays(MAX_DAYS_AHEAD)))) {
            return Optional.of("preparedDisclosure.meet.tooFar");
        }
        return Optional.empty();
    }
}
