package app.kintsugi.transparency;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.program.DueItem;
import app.kintsugi.program.DueItemSource;
import app.kintsugi.program.InboxItem;
import app.kintsugi.program.InboxSource;
import app.kintsugi.program.WaitingItem;
import app.kintsugi.program.WaitingSource;

/**
 * Tells the dashboard about a new question from the partner, a response to one's own question,
 * something the partner shared and amends they completed, a time proposed to give a prepared
 * disclosure, one given, or added to (news), and an answer promised for a day
 * that has come (due).
 */
@Component
@RequiredArgsConstructor
class TransparencyDashboard implements InboxSource, DueItemSource, WaitingSource {

    private final Questions questions;
    private final Disclosures disclosures;
    private final Amends amends;
    private final PreparedDisclosures prepared;

    @Override
    public List<InboxItem> itemsFor(PersonId person) {
        List<InboxItem> items = new ArrayList<>();
        for (Questions.Notice q : questions.newForMe(person)) {
            items.add(new InboxItem("inbox.question.asked", q.otherName(), "/questions/" + q.threadId() + "#q-" + q.id()));
        }
        for (Questions.Notice q : questions.withNews(person)) {
            items.add(new InboxItem("inbox.question.responded", q.otherName(), "/questions/" + q.threadId() + "#q-" + q.id()));
        }
        for (DisclosureView d : disclosures.awaitingMyAcknowledgement(person)) {
            items.add(new InboxItem("inbox.disclosure", d.authorName(), "/sharing#d-" + d.id()));
        }
        for (AmendView a : amends.awaitingMyAcknowledgement(person)) {
            items.add(new InboxItem("inbox.amend.done", a.authorName(), "/amends#a-" + a.id()));
        }
        for (PreparedDisclosures.News n : prepared.news(person)) {
            String key = switch (n.kind()) {
                case TIME_PROPOSED -> "inbox.preparedDisclosure.time";
                case GIVEN -> "inbox.preparedDisclosure.given";
                case ADDITION -> "inbox.preparedDisclosure.addition";
            };
            items.add(new InboxItem(key, n.otherName(), "/disclosure/" + n.id()));
        }
        return items;
    }

    @Override
    public List<DueItem> dueFor(PersonId person) {
        return questions.promisedForToday(person).stream()
                .map(q -> new DueItem("due.question.promised", "/questions/" + q.threadId() + "#q-" + q.id()))
                .toList();
    }

    @Override
    public List<WaitingItem> waitingFor(PersonId person) {
        return questions.askedAndWaiting(person).stream()
                .map(q -> new WaitingItem("waiting.question." + q.status().name(), q.otherName(), q.answerBy(),
                        "/questions/" + q.threadId() + "#q-" + q.id()))
                .toList();
    }
}
