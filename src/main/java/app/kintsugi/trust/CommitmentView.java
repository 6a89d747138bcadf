package app.kintsugi.trust;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.Visibility;

/**
 * A commitment as one person sees it.
 *
 * @param today        the day it is now for the person who committed (their time zone)
 * @param reportable   due days, newest first, the person who committed can still report on
 * @param awaiting     reported days the partner has not answered yet, newest first
 * @param pendingChange a change proposed to a shared commitment, waiting for an answer
 */
public record CommitmentView(UUID id, PersonId author, String authorName, boolean mine, String text, Schedule schedule,
        Visibility visibility, long version, ZoneId authorZone, LocalDate today, List<LocalDate> reportable,
        List<CheckInView> recent, List<CheckInView> awaiting, Optional<Change> pendingChange, List<Change> history) {

    public boolean dueToday() {
        return reportable.contains(today) && recent.stream().noneMatch(c -> c.day().equals(today));
    }

    /** The day the check-in form offers first: the newest due day not reported yet, else today. */
    public LocalDate defaultDay() {
        return reportable.stream().filter(d -> recent.stream().noneMatch(c -> c.day().equals(d))).findFirst().orElse(today);
    }

    public boolean shared() {
        return visibility == Visibility.PARTNER;
    }


    /** A version of the commitment: proposed, accepted, declined or withdrawn. */
    public record Change(UUID id, String proposedByName, boolean proposedByMe, String status, String text, Schedule schedule,
            java.time.Instant proposedAt) {
    }
}
