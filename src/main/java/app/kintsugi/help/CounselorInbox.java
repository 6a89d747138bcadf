package app.kintsugi.help;

import java.util.List;

import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.program.InboxItem;
import app.kintsugi.program.InboxSource;

/**
 * Tells the dashboard that the partner invited a counselor, while the invitation waits for this
 * person. News, not a task: saying "not now" is as welcome as agreeing.
 */
@Component
class CounselorInbox implements InboxSource {

    private final CounselorLinks links;
    private final Couples couples;

    CounselorInbox(CounselorLinks links, Couples couples) {
        this.links = links;
        this.couples = couples;
    }

    @Override
    public List<InboxItem> itemsFor(PersonId person) {
        return links.current(person).filter(link -> link.state() == LinkState.WAITING_FOR_ME)
                .flatMap(link -> couples.current(person).flatMap(CoupleSpace::partner))
                .map(partner -> List.of(new InboxItem("inbox.counselor", partner.displayName(), "/help/counselor")))
                .orElse(List.of());
    }
}
