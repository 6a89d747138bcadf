package app.kintsugi.counselor;

import app.kintsugi.counselor.internal.CounselorRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.checkin.CheckIns;
import app.kintsugi.checkin.Trajectory;
import app.kintsugi.privacy.ShareableEntries;
import app.kintsugi.privacy.ShareableEntry;

/**
 * A counselor's couples, those where something changed since their last visit first: entries newly
 * shown (or, for a kind shown whole, written or changed since), new weeks of scores shown, and
 * answers to their suggestions. Counts only, and only of what the counselor may see right now.
 */
@Service
@RequiredArgsConstructor
public class Caseload {

    private final CounselorLinks links;
    private final CounselorSuggestions suggestions;
    private final CheckIns checkIns;
    private final Accounts accounts;

    /**
     * One couple on the list.
     *
     * @param lastVisit when the counselor last opened the couple's page, or null before the first time
     * @param changes   how many things are new since then (0 before the first visit and while waiting)
     */
    public record Line(CounselorCouple couple, Instant lastVisit, int changes) {

        public boolean neverVisited() {
            return couple.active() && lastVisit == null;
        }
    }

    /** The counselor's couples, what changed since their last visit first. */
    public List<Line> of(PersonId counselor) {
        List<Line> out = new ArrayList<>();
        for (CounselorCouple c : links.couplesOf(counselor)) {
            if (!c.active()) {
                out.add(new Line(c, null, 0));
                continue;
            }
            Optional<Long> visit = suggestions.lastVisit(c.linkId(), counselor);
            int changes = visit.map(v -> changesSince(counselor, c.linkId(), v)).orElse(0);
            out.add(new Line(c, visit.map(Instant::ofEpochMilli).orElse(null), changes));
        }
        out.sort(SuggestionRules.caseloadOrder(Line::changes, Line::neverVisited));
        return out;
    }

    private int changesSince(PersonId counselor, UUID link, long since) {
        int n = suggestions.changedSince(link, since);
        for (PersonId partner : links.requireActive(counselor, link)) {
            boolean scores = false;
            for (CounselorRepository.ShareRow share : links.shownBy(link, partner)) {
                if (CounselorLinks.SCORES_KIND.equals(share.kind())) {
                    scores = true;
                    continue;
                }
                if (CounselorLinks.SUMMARY_KIND.equals(share.kind())) {
                    continue;
                }
                ShareableEntries source = links.source(share.kind());
                if (source == null) {
                    continue;
                }
                if (share.entry().equals(partner.value())) {
                    for (ShareableEntry e : source.ownedBy(partner)) {
                        if (e.updatedAt() != null && e.updatedAt().toEpochMilli() > since) {
                            n++;
                        }
                    }
                } else if (share.sharedAt() > since) {
                    n++;
                }
            }
            if (scores) {
                n += newWeeks(checkIns.shownToCounselor(counselor, partner).orElse(null), partner, since);
            }
        }
        return n;
    }

    /** Weeks of scores that began after the visit's day, on the partner's calendar. */
    private int newWeeks(Trajectory t, PersonId partner, long since) {
        if (t == null) {
            return 0;
        }
        ZoneId zone = accounts.zoneOf(partner);
        LocalDate day = Instant.ofEpochMilli(since).atZone(zone).toLocalDate();
        Set<LocalDate> weeks = new HashSet<>();
        for (Trajectory.Series s : t.series()) {
            s.mine().stream().map(Trajectory.Point::week).filter(w -> w.isAfter(day)).forEach(weeks::add);
        }
        return weeks.size();
    }
}
