package app.kintsugi.trust;

import java.util.List;

import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.program.DueItem;
import app.kintsugi.program.DueItemSource;
import app.kintsugi.program.InboxItem;
import app.kintsugi.program.InboxSource;

/**
 * Tells the dashboard about today's check-ins (due for the person who committed) and about the
 * partner's check-ins that wait for an answer. Nothing ever nags: a day left unanswered simply
 * stays unknown.
 */
@Component
class TrustDashboard implements DueItemSource, InboxSource {

    private final Commitments commitments;

    TrustDashboard(Commitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public List<DueItem> dueFor(PersonId person) {
        return commitments.dueToday(person).stream()
                .map(c -> new DueItem("due.checkIn", "/commitments/" + c.id() + "#check-in"))
                .toList();
    }

    @Override
    public List<InboxItem> itemsFor(PersonId person) {
        return commitments.awaitingMyAnswer(person).stream()
                .map(c -> new InboxItem("inbox.checkIn", c.authorName(), "/commitments/" + c.id() + "#check-ins"))
                .toList();
    }
}
