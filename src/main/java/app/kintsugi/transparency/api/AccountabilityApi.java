package app.kintsugi.transparency.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.transparency.AccountabilityItem;
import app.kintsugi.transparency.AccountabilityPage;
import app.kintsugi.transparency.AccountabilityTimeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Accountability", description = "Step 4: what each partner has done to be accountable, newest first: questions "
        + "answered, things shared before being asked, amends done and days a shared commitment was kept. Both see the same.")
@RequiredArgsConstructor
class AccountabilityApi {

    static final String PATH = "/api/v1/accountability";
    private final AccountabilityTimeline timeline;

    /**
     * One entry. {@code day}: the day a commitment was kept, for commitments; {@code acknowledged}: the partner
     * acknowledged it (for a commitment: confirmed it); {@code href}: the entry it is about.
     */
    record AccountabilityEntry(AccountabilityItem.Kind kind, Instant at, boolean mine, String actorName, String otherName, String text,
            LocalDate day, boolean acknowledged, String href) {

        static AccountabilityEntry of(AccountabilityItem i) {
            String href = switch (i.kind()) {
                case ANSWER -> "/api/v1/questions/" + i.entryId();
                case DISCLOSURE -> SharingApi.PATH + "/" + i.entryId();
                case AMEND -> AmendApi.PATH + "/" + i.entryId();
                case COMMITMENT -> "/api/v1/commitments/" + i.entryId();
            };
            return new AccountabilityEntry(i.kind(), i.at(), i.mine(), i.actorName(), i.otherName(), i.text(), i.day(), i.acknowledged(),
                    href);
        }
    }

    /**
     * One page of the timeline ({@value AccountabilityTimeline#PAGE_SIZE} entries), pages counted from 0; {@code next} is
     * the address of older entries when there are any, {@code previous} of newer ones.
     */
    record AccountabilityTimelinePage(List<AccountabilityEntry> items, int page, String next, String previous) {
    }

    @GetMapping(PATH)
    @Operation(summary = "The accountability timeline of my space, newest first, a page at a time")
    AccountabilityTimelinePage page(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) Integer page) {
        int asked = page == null || page < 0 ? 0 : Math.min(page, AccountabilityTimeline.MAX_PAGE - 1);
        AccountabilityPage p = timeline.page(me.id(), asked + 1);
        int number = p.page() - 1;
        return new AccountabilityTimelinePage(p.items().stream().map(AccountabilityEntry::of).toList(), number,
                p.hasOlder() ? PATH + "?page=" + (number + 1) : null, p.hasNewer() ? PATH + "?page=" + (number - 1) : null);
    }
}
