package app.kintsugi.checkin;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.program.DueItem;
import app.kintsugi.program.DueItemSource;

/**
 * A measure falls due on Today by the schedule the person chose; the line names no measure, only
 * where to go. Several due at once are one line leading to the list, not several identical lines.
 */
@Component
@RequiredArgsConstructor
class MeasuresDue implements DueItemSource {

    private final Measures measures;

    @Override
    public List<DueItem> dueFor(PersonId person) {
        var due = measures.due(person);
        if (due.size() > 1) {
            return List.of(new DueItem("due.measures", "/measures"));
        }
        return due.stream().map(q -> new DueItem("due.measure", "/measures/" + q.id())).toList();
    }
}
