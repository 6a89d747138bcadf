package app.kintsugi.moments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Member;
import app.kintsugi.moments.internal.MomentRepository;
import app.kintsugi.moments.internal.ReassuranceRepository;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.shared.PerRequest;

/**
 * Everything hard moments tells Today, read once per request in as few statements as it takes (the
 * person's zone, both partners' hard dates, the couple's requests of the last week, its lines and
 * its repairs with their parts), since Today is the page people open most.
 */
@Component
@RequiredArgsConstructor
class MomentsToday {

    private static final String KEY = MomentsToday.class.getName();

    private final Couples couples;
    private final Accounts accounts;
    private final SafetyChecks safety;
    private final ReassuranceRepository reassurance;
    private final Reassurance answers;
    private final ContentCipher cipher;
    private final JdbcClient jdbc;
    private final Clock clock;

    /**
     * What waits, is due or is waited for, for one person.
     *
     * @param incoming       the partner's unanswered requests of the last day, with the one-tap answers
     * @param answeredUnseen this person's answered requests they have not opened
     * @param askedOpen      this person's unanswered request of the last day
     * @param linesWaiting   the partner's lines waiting for this person's answer
     * @param asks           what the partner asked of this person for a coming hard date
     * @param coming         this person's hard dates within a week
     * @param repairNews     repairs with news for this person: "started", "shared" or "both"
     * @param repairWaiting  repairs where this person's side waits for the partner's
     */
    record View(String partnerName, LocalDate today, List<ReassuranceView.Request> incoming, List<UUID> answeredUnseen,
            List<UUID> askedOpen, int linesWaiting, List<PartnerAsk> asks, List<HardDate> coming, List<Repairs.News> repairNews,
            List<Repairs.News> repairWaiting) {
    }

    View of(PersonId person) {
        return PerRequest.remember(KEY, person, () -> read(person));
    }

    private View read(PersonId person) {
        ZoneId zone = accounts.zoneOf(person);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Optional<CoupleSpace> space = couples.completeSpace(person);
        PersonId partner = space.flatMap(CoupleSpace::partnerId).orElse(null);
        String partnerName = space.flatMap(CoupleSpace::partner).map(Member::displayName).orElse("");

        // Hard dates: the person's own within a week; the partner's asks within three days.
        List<HardDate> coming = new ArrayList<>();
        List<PartnerAsk> asks = new ArrayList<>();
        String who = partner == null ? "person_id = ?" : "person_id IN (?, ?)";
        Object[] ids = partner == null ? new Object[] {person.value().toString()}
                : new Object[] {person.value().toString(), partner.value().toString()};
        for (var row : jdbc.sql("SELECT " + MomentRepository.DATE_COLUMNS + " FROM hard_date WHERE " + who + " ORDER BY day, id")
                .params(ids)
                .query(MomentRepository::date)
                .list()) {
            LocalDate next = HardMoments.next(row.day(), row.yearly(), today);
            if (next == null) {
                continue;
            }
            if (row.person().equals(person) && !next.isAfter(today.plusDays(HardMoments.DAYS_AHEAD))) {
                coming.add(new HardDate(row.id(), row.day(), row.yearly(),
                        cipher.open(person, HardMoments.LABEL_KIND, row.id(), row.label()), null, next, null));
            } else if (!row.person().equals(person) && row.ask() != null && person.equals(row.askFor())
                    && !next.isAfter(today.plusDays(HardMoments.ASK_DAYS_AHEAD))) {
                asks.add(new PartnerAsk(row.id(), partnerName, next, cipher.open(row.person(), HardMoments.ASK_KIND, row.id(), row.ask())));
            }
        }
        coming.sort(java.util.Comparator.comparing(HardDate::next));
        if (space.isEmpty()) {
            return new View(partnerName, today, List.of(), List.of(), List.of(), 0, asks, coming, List.of(), List.of());
        }

        // Reassurance: the couple's requests of the last week and its lines, read once.
        long now = clock.millis();
        var requests = reassurance.requestsSince(space.get().id(), now - 7 * Reassurance.OPEN_FOR.toMillis());
        var lines = reassurance.lines(space.get().id());
        long openSince = now - Reassurance.OPEN_FOR.toMillis();
        List<ReassuranceView.Request> incoming = new ArrayList<>();
        var waitingForMe = requests.stream().filter(r -> r.partner().equals(person) && r.answer() == null && r.createdAt() >= openSince)
                .toList();
        if (!waitingForMe.isEmpty() && !reassurance.paused(person) && !safety.status(person).concerning()) {
            List<ReassuranceView.Choice> choices = answers.choices(lines, partner);
            for (var r : waitingForMe) {
                incoming.add(new ReassuranceView.Request(r.id(), false, partnerName, Instant.ofEpochMilli(r.createdAt()), null, null,
                        choices));
            }
        }
        List<UUID> answeredUnseen = requests.stream()
                .filter(r -> r.requester().equals(person) && r.answer() != null && r.answerSeenAt() == null).map(r -> r.id()).toList();
        List<UUID> askedOpen = requests.stream()
                .filter(r -> r.requester().equals(person) && r.answer() == null && r.createdAt() >= openSince).map(r -> r.id()).limit(1)
                .toList();
        int linesWaiting = (int) lines.stream()
                .filter(l -> l.partner().equals(person) && l.status() == ReassuranceRepository.Status.PROPOSED).count();

        // Repairs with both parts in one statement.
        record PartState(boolean exists, boolean shared, boolean seen) {
        }
        Map<UUID, PersonId> starters = new java.util.LinkedHashMap<>();
        Map<UUID, Map<PersonId, PartState>> parts = new HashMap<>();
        jdbc.sql("""
                SELECT r.id, r.starter_id, p.person_id, p.shared_at, p.seen_at FROM repair r
                LEFT JOIN repair_part p ON p.repair_id = r.id
                WHERE r.couple_id = ? ORDER BY r.created_at DESC, r.id""")
                .param(space.get().id().value().toString())
                .query(rs -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    starters.putIfAbsent(id, new PersonId(UUID.fromString(rs.getString(2))));
                    String p = rs.getString(3);
                    if (p != null) {
                        rs.getLong(4);
                        boolean shared = !rs.wasNull();
                        rs.getLong(5);
                        boolean seen = !rs.wasNull();
                        parts.computeIfAbsent(id, k -> new HashMap<>()).put(new PersonId(UUID.fromString(p)),
                                new PartState(true, shared, seen));
                    }
                });
        List<Repairs.News> repairNews = new ArrayList<>();
        List<Repairs.News> repairWaiting = new ArrayList<>();
        PartState none = new PartState(false, false, false);
        for (var e : starters.entrySet()) {
            Map<PersonId, PartState> of = parts.getOrDefault(e.getKey(), Map.of());
            PartState mine = of.getOrDefault(person, none);
            PartState theirs = of.getOrDefault(partner, none);
            if (!mine.exists() && e.getValue().equals(partner)) {
                repairNews.add(new Repairs.News(e.getKey(), partnerName, theirs.shared() ? "shared" : "started"));
            } else if (mine.exists() && !mine.shared() && theirs.shared()) {
                repairNews.add(new Repairs.News(e.getKey(), partnerName, "shared"));
            } else if (mine.shared() && theirs.shared() && !mine.seen()) {
                repairNews.add(new Repairs.News(e.getKey(), partnerName, "both"));
            }
            if (mine.shared() && !theirs.shared()) {
                repairWaiting.add(new Repairs.News(e.getKey(), partnerName, "waiting"));
            }
        }
        return new View(partnerName, today, incoming, answeredUnseen, askedOpen, linesWaiting, asks, coming, repairNews, repairWaiting);
    }
}
