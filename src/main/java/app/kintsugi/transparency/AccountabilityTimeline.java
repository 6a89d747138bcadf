package app.kintsugi.transparency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import app.kintsugi.account.PersonId;
import app.kintsugi.trust.Commitments;

/**
 * What each partner has done to be accountable, on one page, newest first: questions answered,
 * things shared before being asked, amends done and days a shared commitment was kept. Both
 * partners see the same timeline of their space.
 */
@Service
@RequiredArgsConstructor
public class AccountabilityTimeline {

    public static final int PAGE_SIZE = 20;
    /** The furthest page back; two thousand entries is further than anyone scrolls. */
    public static final int MAX_PAGE = 100;

    private final Questions questions;
    private final Disclosures disclosures;
    private final Amends amends;
    private final Commitments commitments;

    /** Page {@code page} (from 1; out-of-range pages are brought into range) of the viewer's timeline. */
    public AccountabilityPage page(PersonId viewer, int page) {
        int p = Math.max(1, Math.min(MAX_PAGE, page));
        int needed = p * PAGE_SIZE + 1;
        List<AccountabilityItem> all = new ArrayList<>();
        for (var a : questions.answeredInMySpace(viewer, needed)) {
            all.add(new AccountabilityItem(AccountabilityItem.Kind.ANSWER, a.answeredAt(), a.byMe(), a.answererName(),
                    a.askerName(), a.question(), "/questions/" + a.threadId() + "#q-" + a.id(), null, false, a.threadId()));
        }
        for (var d : disclosures.inMySpace(viewer, needed)) {
            all.add(new AccountabilityItem(AccountabilityItem.Kind.DISCLOSURE, d.sharedAt(), d.mine(), d.authorName(),
                    d.partnerName(), d.text(), "/sharing#d-" + d.id(), null, d.acknowledged(), d.id()));
        }
        for (var a : amends.doneInMySpace(viewer, needed)) {
            all.add(new AccountabilityItem(AccountabilityItem.Kind.AMEND, a.doneAt(), a.mine(), a.authorName(), a.partnerName(),
                    a.text(), "/amends#a-" + a.id(), null, a.acknowledgedAt() != null, a.id()));
        }
        for (var k : commitments.keptInMySpace(viewer, needed)) {
            all.add(new AccountabilityItem(AccountabilityItem.Kind.COMMITMENT, k.reportedAt(), k.mine(), k.authorName(), null,
                    k.text(), "/commitments/" + k.commitmentId(), k.day(), k.confirmed(), k.commitmentId()));
        }
        all.sort(Comparator.comparing(AccountabilityItem::at).reversed().thenComparing(AccountabilityItem::path));
        int from = Math.min(all.size(), (p - 1) * PAGE_SIZE);
        int to = Math.min(all.size(), p * PAGE_SIZE);
        return new AccountabilityPage(List.copyOf(all.subList(from, to)), p, p > 1, all.size() > p * PAGE_SIZE && p < MAX_PAGE);
    }
}
