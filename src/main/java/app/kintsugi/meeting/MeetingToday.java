package app.kintsugi.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.meeting.internal.MeetingRepository;
import app.kintsugi.meeting.internal.MeetingRules;
import app.kintsugi.program.DueItem;
import app.kintsugi.program.DueItemSource;
import app.kintsugi.program.InboxItem;
import app.kintsugi.program.InboxSource;
import app.kintsugi.shared.PerRequest;

/**
 * Tells Today that the weekly meeting is today (until it is held), and that the partner proposed
 * a time waiting for this person's answer: read once per request, in two statements past the space.
 */
@Component
@RequiredArgsConstructor
class MeetingToday implements DueItemSource, InboxSource {

    private static final String KEY = MeetingToday.class.getName();

    private final Couples couples;
    private final MeetingRepository repository;
    private final java.time.Clock clock;

    private record View(String partnerName, boolean waitsForMe, boolean today, java.time.Instant at) {
    }

    private View of(PersonId person) {
        return PerRequest.remember(KEY, person, () -> read(person));
    }

    private View read(PersonId person) {
        Optional<CoupleSpace> space = couples.completeSpace(person);
        if (space.isEmpty()) {
            return new View(null, false, false, null);
        }
        var t = repository.time(space.get().id()).orElse(null);
        String name = space.get().partner().orElseThrow().displayName();
        if (t == null) {
            return new View(name, false, false, null);
        }
        if (t.agreedAt() == null) {
            return new View(name, !t.proposedBy().equals(person), false, null);
        }
        ZoneId zone = ZoneId.of(t.zone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (today.getDayOfWeek() != DayOfWeek.of(t.weekday())) {
            return new View(name, false, false, null);
        }
        boolean held = repository.meeting(space.get().id(), MeetingRules.weekOf(today)).map(m -> m.heldAt() != null).orElse(false);
        return new View(name, false, !held, today.atTime(LocalTime.parse(t.localTime())).atZone(zone).toInstant());
    }

    @Override
    public List<DueItem> dueFor(PersonId person) {
        View v = of(person);
        return v.today() ? List.of(new DueItem("due.meeting.today", "/meeting", null, null, v.at())) : List.of();
    }

    @Override
    public List<InboxItem> itemsFor(PersonId person) {
        View v = of(person);
        return v.waitsForMe() ? List.of(new InboxItem("inbox.meeting.time", v.partnerName(), "/meeting#time")) : List.of();
    }
}
