package app.kintsugi.checkin;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.program.DueItem;
import app.kintsugi.program.DueItemSource;

/** Shows the week's check-in on the dashboard until it is done, once a first one was. One line, never a reminder elsewhere. */
@Component
@RequiredArgsConstructor
class CheckInDashboard implements DueItemSource {

    private final CheckIns checkIns;

    @Override
    public List<DueItem> dueFor(PersonId person) {
        return checkIns.remindThisWeek(person) ? List.of(new DueItem("due.weeklyCheckIn", "/check-in")) : List.of();
    }
}
