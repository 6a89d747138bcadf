package app.kintsugi.boundaries;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.program.DueItem;
import app.kintsugi.program.DueItemSource;
import app.kintsugi.program.InboxItem;
import app.kintsugi.program.InboxSource;
import app.kintsugi.program.WaitingItem;
import app.kintsugi.program.WaitingSource;
import app.kintsugi.shared.PerRequest;

/**
 * Tells Today what the partner did on a boundary since the person last looked (a proposal or change
 * waiting for them, a wish to talk or to revisit, an agreement, a crossing), a proposal that still
 * waits for their answer, a boundary whose review date has come, and a proposal of theirs that waits
 * for the partner.
 */
@Component
@RequiredArgsConstructor
class BoundariesDashboard implements InboxSource, DueItemSource, WaitingSource {

    private final Boundaries boundaries;

    private List<Boundaries.Standing> standings(PersonId person) {
        return PerRequest.remember("boundaries.today.standings", person, () -> boundaries.standings(person));
    }


    @Override
    public List<InboxItem> itemsFor(PersonId person) {
        List<InboxItem> items = new ArrayList<>();
        Set<UUID> mentioned = new HashSet<>();
        for (Boundaries.News n : boundaries.news(person)) {
            String key = "inbox.boundary." + Boundaries.lower(n.kind()) + (n.kind() == BoundaryEventKind.CROSSED && n.aboutMe() ? ".me" : "");
            items.add(new InboxItem(key, n.partnerName(), "/boundaries/" + n.boundaryId()));
            mentioned.add(n.boundaryId());
        }
        for (Boundaries.Standing b : standings(person)) {
            if (b.waitsForMe() && !mentioned.contains(b.id())) {
                items.add(new InboxItem("inbox.boundary.waiting", b.partnerName(), "/boundaries/" + b.id()));
            }
        }
        return items;
    }

    @Override
    public List<DueItem> dueFor(PersonId person) {
        return standings(person).stream().filter(Boundaries.Standing::reviewDue)
                .map(b -> new DueItem("due.boundary.review", "/boundaries/" + b.id())).toList();
    }

    @Override
    public List<WaitingItem> waitingFor(PersonId person) {
        return standings(person).stream()
                .filter(Boundaries.Standing::waitsForPartner)
                .map(b -> new WaitingItem("waiting.boundary", b.partnerName(), "/boundaries/" + b.id()))
                .toList();
    }
}
