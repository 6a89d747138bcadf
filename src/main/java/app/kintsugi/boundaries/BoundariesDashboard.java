package app.kintsugi.boundaries;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.program.DueItem;
import app.kintsugi.program.DueItemSource;
import app.kintsugi.program.InboxItem;
import app.kintsugi.program.InboxSource;

/**
 * Tells the dashboard what the partner did on a boundary since the person last looked (a
 * proposal or change waiting for them, a wish to talk or to revisit, an agreement, a crossing), and
 * that a boundary's review date has come.
 */
@Component
class BoundariesDashboard implements InboxSource, DueItemSource {

    private final Boundaries boundaries;

    BoundariesDashboard(Boundaries boundaries) {
        this.boundaries = boundaries;
    }

    @Override
    public List<InboxItem> itemsFor(PersonId person) {
        List<InboxItem> items = new ArrayList<>();
        for (Boundaries.News n : boundaries.news(person)) {
            String key = "inbox.boundary." + Boundaries.lower(n.kind()) + (n.kind() == BoundaryEventKind.CROSSED && n.aboutMe() ? ".me" : "");
            items.add(new InboxItem(key, n.partnerName(), "/boundaries/" + n.boundaryId()));
        }
        return items;
    }

    @Override
    public List<DueItem> dueFor(PersonId person) {
        return boundaries.dueForReview(person).stream().map(b -> new DueItem("due.boundary.review", "/boundaries/" + b.id())).toList();
    }
}
