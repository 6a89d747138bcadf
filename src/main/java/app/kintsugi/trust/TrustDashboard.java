package app.kintsugi.trust;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.Couples;
import app.kintsugi.program.DueItem;
import app.kintsugi.program.DueItemSource;
import app.kintsugi.program.InboxItem;
import app.kintsugi.program.InboxSource;
import app.kintsugi.program.QuickAction;
import app.kintsugi.program.WaitingItem;
import app.kintsugi.program.WaitingSource;
import app.kintsugi.shared.PerRequest;

/**
 * Tells Today about today's check-ins (due for the person who committed, answerable right there),
 * the partner's check-ins that wait for an answer (confirmable right there), and one's own check-ins
 * the partner has not answered yet. Nothing ever nags: a day left unanswered simply stays unknown.
 */
@Component
@RequiredArgsConstructor
class TrustDashboard implements DueItemSource, InboxSource, WaitingSource {

    private final Commitments commitments;
    private final Couples couples;

    /** Due and waiting both look at the person's own commitments: read them once per request. */
    private List<CommitmentView> mine(PersonId person) {
        return PerRequest.remember("trust.today.mine", person, () -> commitments.mine(person));
    }

    @Override
    public List<DueItem> dueFor(PersonId person) {
        return mine(person).stream().filter(CommitmentView::dueToday)
                .map(c -> new DueItem("due.checkIn", "/commitments/" + c.id() + "#check-in", c.text(),
                        new QuickAction("/commitments/" + c.id() + "/check-in", Map.of("day", c.today().toString(), "from", "today"),
                                "outcome", List.of(new QuickAction.Choice(Outcome.KEPT.name(), "today.checkIn.KEPT"),
                                        new QuickAction.Choice(Outcome.PARTLY.name(), "today.checkIn.PARTLY"),
                                        new QuickAction.Choice(Outcome.NOT_KEPT.name(), "today.checkIn.NOT_KEPT")))))
                .toList();
    }

    @Override
    public List<InboxItem> itemsFor(PersonId person) {
        List<InboxItem> items = new ArrayList<>();
        for (CommitmentView c : commitments.awaitingMyAnswer(person)) {
            if (c.awaiting().size() > 1) {
                // Several days wait: one line, to the commitment, where each day can be answered.
                items.add(new InboxItem("inbox.checkIn.several", c.authorName(), "/commitments/" + c.id() + "#check-ins",
                        c.text(), null));
                continue;
            }
            CheckInView ci = c.awaiting().get(0);
            items.add(new InboxItem("inbox.checkIn." + ci.outcome().name(), c.authorName(),
                    "/commitments/" + c.id() + "?day=" + ci.day() + "#check-ins", c.text(),
                    new QuickAction("/commitments/" + c.id() + "/confirm",
                            Map.of("day", ci.day().toString(), "version", Long.toString(ci.version()), "from", "today"),
                            "confirmation", List.of(new QuickAction.Choice(Confirmation.CONFIRMED.name(), "checkIn.confirm.yes")))));
        }
        return items;
    }

    @Override
    public List<WaitingItem> waitingFor(PersonId person) {
        List<WaitingItem> items = new ArrayList<>();
        String partner = couples.partnerName(person).orElse(null);
        if (partner == null) {
            return items;
        }
        for (CommitmentView c : mine(person)) {
            if (!c.shared()) {
                continue;
            }
            boolean unanswered = c.recent().stream().anyMatch(ci -> ci.confirmation().isEmpty());
            if (unanswered) {
                items.add(new WaitingItem("waiting.checkIn", partner, "/commitments/" + c.id() + "#check-ins"));
            }
        }
        return items;
    }
}
