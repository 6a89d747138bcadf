package app.kintsugi.movingon;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.Couples;
import app.kintsugi.program.InboxItem;
import app.kintsugi.program.InboxSource;

/**
 * Tells Today that the partner shared a summary of why, or a letter, that this person has not opened
 * yet. Only that something is new: once opened it is never mentioned again, and nothing asks for an
 * answer. Shared forgiveness positions are not announced: they wait on the page of shared things,
 * so that nobody's sense of forgiveness ever arrives as a notice.
 */
@Component
@RequiredArgsConstructor
class MovingOnInbox implements InboxSource {

    private final WhyReflections why;
    private final UnsentLetters letters;
    private final Couples couples;

    @Override
    public List<InboxItem> itemsFor(PersonId person) {
        List<UUID> summaries = why.unseen(person);
        List<UUID> shared = letters.unseen(person);
        if (summaries.isEmpty() && shared.isEmpty()) {
            return List.of();
        }
        String partner = couples.partnerName(person).orElse("");
        List<InboxItem> items = new ArrayList<>();
        summaries.forEach(id -> items.add(new InboxItem("inbox.movingon.summary", partner, "/moving-on/shared/why/" + id)));
        shared.forEach(id -> items.add(new InboxItem("inbox.movingon.letter", partner, "/moving-on/letters/" + id)));
        return items;
    }
}
