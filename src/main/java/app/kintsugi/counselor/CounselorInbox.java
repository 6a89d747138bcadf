package app.kintsugi.counselor;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.Couples;
import app.kintsugi.program.InboxItem;
import app.kintsugi.program.InboxSource;
import app.kintsugi.program.WaitingItem;
import app.kintsugi.program.WaitingSource;
import app.kintsugi.shared.PerRequest;

/**
 * Tells Today that the partner invited a counselor, while the invitation waits for this person, and
 * that one's own invitation waits for the partner. News, not a task: saying "not now" is as welcome
 * as agreeing.
 */
@Component
@RequiredArgsConstructor
class CounselorInbox implements InboxSource, WaitingSource {

    private final CounselorLinks links;
    /** The person's counselor link, read once a request for Today's counselor lines. */
    static final String TODAY_LINK = "help.today.link";

    private final Couples couples;

    @Override
    public List<InboxItem> itemsFor(PersonId person) {
        // A counselor the partner linked while alone already reads what the partner shows: said so, plainly.
        String key = PerRequest.remember(TODAY_LINK, person, () -> links.current(person))
                .filter(CounselorLink::startedAlone).isPresent() ? "inbox.counselor.alone" : "inbox.counselor";
        return partnerWhen(person, LinkState.WAITING_FOR_ME)
                .map(partner -> List.of(new InboxItem(key, partner, "/help/counselor")))
                .orElse(List.of());
    }

    @Override
    public List<WaitingItem> waitingFor(PersonId person) {
        return partnerWhen(person, LinkState.WAITING_FOR_PARTNER)
                .map(partner -> List.of(new WaitingItem("waiting.counselor", partner, "/help/counselor")))
                .orElse(List.of());
    }

    private Optional<String> partnerWhen(PersonId person, LinkState state) {
        Optional<CounselorLink> link = PerRequest.remember(TODAY_LINK, person, () -> links.current(person));
        return link.filter(l -> l.state() == state)
                .flatMap(l -> couples.partnerName(person));
    }

}
