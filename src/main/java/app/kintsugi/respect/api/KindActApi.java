package app.kintsugi.respect.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.respect.KindActView;
import app.kintsugi.respect.KindActs;
import app.kintsugi.respect.KindActsPage;
import app.kintsugi.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/kind-acts")
@Tag(name = "Kind acts", description = "Step 5: small kind things done for the other. Private until the one who did it shares it.")
@RequiredArgsConstructor
class KindActApi {

    static final String PATH = "/api/v1/kind-acts";
    private final KindActs kindActs;

    /** What was done, and the day (YYYY-MM-DD, one of {@code days}; left out: today). */
    record KindActBody(String text, String day) {
    }

    /**
     * {@code canShare}: mine, my partner is in my space, and I noted it after they joined (what I noted alone stays
     * mine).
     */
    record KindAct(UUID id, boolean mine, String authorName, String text, LocalDate day, Visibility visibility, Instant loggedAt,
            String href, boolean canShare) {

        static KindAct of(KindActView v) {
            return new KindAct(v.id(), v.mine(), v.authorName(), v.text(), v.day(), v.visibility(), v.loggedAt(), PATH + "/" + v.id(),
                    v.canShare());
        }
    }

    /** {@code days}: the days a kind act can be noted for, today first. */
    record KindActLists(List<KindAct> mine, List<KindAct> partners, List<LocalDate> days, List<KindAct> ended) {

        static KindActLists of(KindActsPage page) {
            return new KindActLists(all(page.mine()), all(page.partners()), page.days(), all(page.ended()));
        }

        private static List<KindAct> all(List<KindActView> views) {
            return views.stream().map(KindAct::of).toList();
        }
    }

    @GetMapping
    @Operation(summary = "My kind acts, the ones my partner shared with me, and mine from a space that ended")
    KindActLists all(@AuthenticationPrincipal PersonPrincipal me) {
        return KindActLists.of(kindActs.overview(me.id()));
    }

    @PostMapping
    @Operation(summary = "Note a kind act I did (private)")
    ResponseEntity<KindAct> log(@AuthenticationPrincipal PersonPrincipal me, @RequestBody KindActBody body) {
        UUID id = kindActs.log(me.id(), body.text(), body.day());
        return ResponseEntity.created(URI.create(PATH + "/" + id)).body(find(kindActs.overview(me.id()), id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One kind act: my own, or one my partner shared with me")
    KindAct read(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return find(kindActs.overview(me.id()), id);
    }

    @PostMapping("/{id}/share")
    @Operation(summary = "Share my kind act with my partner")
    KindAct share(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        kindActs.setShared(me.id(), id, true);
        return find(kindActs.overview(me.id()), id);
    }

    @PostMapping("/{id}/private")
    @Operation(summary = "Make my kind act private again")
    KindAct makePrivate(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        kindActs.setShared(me.id(), id, false);
        return find(kindActs.overview(me.id()), id);
    }

    private static KindAct find(KindActsPage page, UUID id) {
        return Stream.of(page.mine(), page.partners(), page.ended()).flatMap(List::stream).filter(k -> k.id().equals(id)).findFirst()
                .map(KindAct::of).orElseThrow(NotFoundException::new);
    }
}
