package app.kintsugi.moments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
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
 * what the partner asked for a hard date of theirs, where a repair after a talk stands; and, for the
 * person alone too, that a date they marked as hard is coming.
 */
@Component
@RequiredArgsConstructor
class MomentsDashboard implements InboxSource, DueItemSource, WaitingSource {

    private final MomentsToday today;

    @Override
    public List<InboxItem> itemsFor(PersonId person) {
        MomentsToday.View v = today.of(person);
        List<InboxItem> items = new ArrayList<>();
        for (ReassuranceView.Request r : v.incoming()) {
            String path = "/moments/reassurance/requests/" + r.id();
            List<QuickAction.Choice> choices = r.choices().stream()
                    .map(c -> Reassurance.HERE.equals(c.value()) ? new QuickAction.Choice(c.value(), "moments.answer.here")
                            : QuickAction.Choice.written(c.value(), c.text()))
                    .toList();
            items.add(new InboxItem("inbox.reassurance.asked", r.partnerName(), path, null,
                    new QuickAction(path + "/answer", Map.of(), "choice", choices)));
        }
        for (var id : v.answeredUnseen()) {
            items.add(new InboxItem("inbox.reassurance.answered", v.partnerName(), "/moments/reassurance/requests/" + id));
        }
        if (v.linesWaiting() > 0) {
            items.add(new InboxItem("inbox.reassurance.lines", v.partnerName(), "/moments/reassurance#partner-lines"));
        }
        for (Repairs.News n : v.repairNews()) {
            items.add(new InboxItem("inbox.repair." + n.kind(), n.partnerName(), "/repairs/" + n.id()));
        }
        for (PartnerAsk ask : v.asks()) {
            items.add(new InboxItem("inbox.hardDate.ask", ask.partnerName(), "/moments/reassurance#ask-" + ask.id(), ask.ask(), null));
        }
        return items;
    }

    @Override
    public List<DueItem> dueFor(PersonId person) {
        MomentsToday.View v = today.of(person);
        return v.coming().stream()
                .map(d -> new DueItem(d.next().equals(v.today()) ? "due.hardDate.today" : "due.hardDate.soon",
                        "/moments/dates#date-" + d.id(), d.label(), null))
                .toList();
    }

    @Override
    public List<WaitingItem> waitingFor(PersonId person) {
        MomentsToday.View v = today.of(person);
        List<WaitingItem> items = new ArrayList<>();
        for (var id : v.askedOpen()) {
            items.add(new WaitingItem("waiting.reassurance", v.partnerName(), "/moments/reassurance/requests/" + id));
        }
        for (Repairs.News n : v.repairWaiting()) {
            items.add(new WaitingItem("waiting.repair", n.partnerName(), "/repairs/" + n.id()));
        }
        return items;
    }
}
