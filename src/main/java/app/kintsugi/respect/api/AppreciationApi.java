package app.kintsugi.respect.api;

import java.net.URI;
import java.time.Instant;
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
import app.kintsugi.respect.AppreciationView;
import app.kintsugi.respect.Appreciations;
import app.kintsugi.respect.AppreciationsPage;
import app.kintsugi.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/appreciations")
@Tag(name = "Appreciations", description = "Step 5: saying what one values in the other. An appreciation goes to the partner "
        + "as it is sent and is not changed afterwards.")
@RequiredArgsConstructor
class AppreciationApi {

    static final String PATH = "/api/v1/appreciations";
    private final Appreciations appreciations;

    record AppreciationBody(String text) {
    }

    /** {@code fresh}: sent to me, and this is the first time I see it. */
    record Appreciation(UUID id, boolean mine, String authorName, String partnerName, String text, Instant sentAt, boolean fresh,
            String href) {

        static Appreciation of(AppreciationView v) {
            return new Appreciation(v.id(), v.mine(), v.authorName(), v.partnerName(), v.text(), v.sentAt(), v.fresh(),
                    PATH + "/" + v.id());
        }
    }

    record AppreciationLists(List<Appreciation> received, List<Appreciation> sent, List<Appreciation> ended) {

        static AppreciationLists of(AppreciationsPage page) {
            return new AppreciationLists(all(page.received()), all(page.sent()), all(page.ended()));
        }

        private static List<Appreciation> all(List<AppreciationView> views) {
            return views.stream().map(Appreciation::of).toList();
        }
    }

    @GetMapping
    @Operation(summary = "Appreciations I received and sent, newest first, and what I sent in a space that ended",
            description = "What was sent to me counts as seen from now on.")
    AppreciationLists all(@AuthenticationPrincipal PersonPrincipal me) {
        return AppreciationLists.of(appreciations.open(me.id()));
    }

    @PostMapping
    @Operation(summary = "Send an appreciation to my partner")
    ResponseEntity<Appreciation> send(@AuthenticationPrincipal PersonPrincipal me, @RequestBody AppreciationBody body) {
        UUID id = appreciations.send(me.id(), body.text());
        return ResponseEntity.created(URI.create(PATH + "/" + id)).body(find(appreciations.overview(me.id()), id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One appreciation I sent or received")
    Appreciation read(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return find(appreciations.overview(me.id()), id);
    }

    private static Appreciation find(AppreciationsPage page, UUID id) {
        return Stream.of(page.received(), page.sent(), page.ended()).flatMap(List::stream).filter(a -> a.id().equals(id)).findFirst()
                .map(Appreciation::of).orElseThrow(NotFoundException::new);
    }
}
