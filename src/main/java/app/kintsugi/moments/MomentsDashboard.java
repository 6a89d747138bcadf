package app.kintsugi.moments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.program.DueItem;
import app.kintsugi.program.DueItemSource;
import app.kintsugi.program.InboxItem;
import app.kintsugi.program.InboxSource;
import app.kintsugi.program.QuickAction;
import app.kintsugi.program.WaitingItem;
import app.kintsugi.program.WaitingSource;

/**
 * Tells Today that the partner is having a hard moment (with the agreed answers as one tap, never
 * why), that the partner answered one's own, that the partner wrote lines of reassurance to accept,
 * what the partner asked for a hard date of theirs; and, for the person alone, that a date they
 * marked as hard is coming.
 */
@Component
class MomentsDashboard implements InboxSource, DueItemSource, WaitingSource {

    private final Reassurance reassurance;
    private final HardMoments moments;
    private final Repairs repairs;

    MomentsDashboard(Reassurance reassurance, HardMoments moments, Repairs repairs) {
        this.reassurance = reassurance;
        this.moments = moments;
        this.repairs = repairs;
    }

    @Override
    public List<InboxItem> itemsFor(PersonId person) {
        List<InboxItem> items = new ArrayList<>();
        for (ReassuranceView.Request r : reassurance.waitingForMe(person)) {
            String path = "/moments/reassurance/requests/" + r.id();
            List<QuickAction.Choice> choices = r.choices().stream()
                    .map(c -> Reassurance.HERE.equals(c.value()) ? new QuickAction.Choice(c.value(), "moments.answer.here")
                            : QuickAction.Choice.written(c.value(), c.text()))
                    .toList();
            items.add(new InboxItem("inbox.reassurance.asked", r.partnerName(), path, null,
                    new QuickAction(path + "/answer", Map.of(), "choice", choices)));
        }
        for (var id : reassurance.answeredUnseen(person)) {
            items.add(new InboxItem("inbox.reassurance.answered", reassurance.view(person).partnerName(),
                    "/moments/reassurance/requests/" + id));
        }
        if (reassurance.linesWaitingForMe(person) > 0) {
            items.add(new InboxItem("inbox.reassurance.lines", reassurance.view(person).partnerName(), "/moments/reassurance#partner-lines"));
        }
        for (Repairs.News n : repairs.news(person)) {
            items.add(new InboxItem("inbox.repair." + n.kind(), n.partnerName(), "/repairs/" + n.id()));
        }
        for (PartnerAsk ask : moments.asksOf(person)) {
            items.add(new InboxItem("inbox.hardDate.ask", ask.partnerName(), "/moments/reassurance#ask-" + ask.id(), ask.ask(), null));
        }
        return items;
    }

    @Override
    public List<DueItem> dueFor(PersonId person) {
        var today = moments.today(person);
        return moments.coming(person).stream()
                .map(d -> new DueItem(d.next().equals(today) ? "due.hardDate.today" : "due.hardDate.soon", "/moments/dates#date-" + d.id(),
                        d.label(), null))
                .toList();
    }

    @Override
    public List<WaitingItem> waitingFor(PersonId person) {
        List<WaitingItem> items = new ArrayList<>();
        for (var id : reassurance.askedUnanswered(person)) {
            items.add(new WaitingItem("waiting.reassurance", reassurance.view(person).partnerName(),
                    "/moments/reassurance/requests/" + id));
        }
        for (Repairs.News n : repairs.waiting(person)) {
            items.add(new WaitingItem("waiting.repair", n.partnerName(), "/repairs/" + n.id()));
        }
        return items;
    }
}
