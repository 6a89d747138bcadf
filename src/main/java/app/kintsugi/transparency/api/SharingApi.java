package app.kintsugi.transparency.api;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.platform.api.Paged;
import app.kintsugi.transparency.DisclosureView;
import app.kintsugi.transparency.Disclosures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/sharing")
@Tag(name = "Sharing log", description = "Step 4: what one partner tells the other before being asked, and the other's "
        + "acknowledgement. What was shared does not change afterwards.")
@RequiredArgsConstructor
class SharingApi {

    static final String PATH = "/api/v1/sharing";
    private final Disclosures disclosures;

    record SharingBody(String text) {
    }

    /** {@code note} may be left out. */
    record AcknowledgementBody(String note) {
    }

    /**
     * One entry of the sharing log. {@code ended}: the space it was shared in has ended; only my own words are in it
     * (the other's are null), nothing more can be done with it and it has no address.
     */
    record SharingEntry(UUID id, boolean mine, String authorName, String partnerName, String text, Instant sharedAt,
            Instant acknowledgedAt, String ackNote, boolean canAcknowledge, boolean ended, String href) {

        static SharingEntry of(DisclosureView d) {
            return new SharingEntry(d.id(), d.mine(), d.authorName(), d.partnerName(), d.text(), d.sharedAt(), d.acknowledgedAt(),
                    d.ackNote(), d.canAcknowledge(), d.ended(), d.ended() ? null : PATH + "/" + d.id());
        }
    }

    @GetMapping
    @Operation(summary = "The sharing log of my space, newest first")
    Paged<SharingEntry> log(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return Paged.of(disclosures.log(me.id()).stream().map(SharingEntry::of).toList(), page, size, PATH);
    }

    @GetMapping("/earlier")
    @Operation(summary = "From spaces that have ended: what I shared and the notes I wrote acknowledging, newest first")
    Paged<SharingEntry> earlier(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return Paged.of(disclosures.fromEndedSpaces(me.id()).stream().map(SharingEntry::of).toList(), page, size, PATH + "/earlier");
    }

    @PostMapping
    @Operation(summary = "Tell my partner something before being asked")
    ResponseEntity<SharingEntry> share(@AuthenticationPrincipal PersonPrincipal me, @RequestBody SharingBody body) {
        UUID id = disclosures.share(me.id(), body.text());
        return ResponseEntity.created(URI.create(PATH + "/" + id)).body(SharingEntry.of(disclosures.read(me.id(), id)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One entry of the sharing log")
    SharingEntry read(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return SharingEntry.of(disclosures.read(me.id(), id));
    }

    @PostMapping("/{id}/acknowledgement")
    @Operation(summary = "Acknowledge what my partner shared, once, with a note if I want")
    ResponseEntity<SharingEntry> acknowledge(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestBody(required = false) AcknowledgementBody body) {
        disclosures.acknowledge(me.id(), id, body == null ? null : body.note());
        return ResponseEntity.status(HttpStatus.OK).body(SharingEntry.of(disclosures.read(me.id(), id)));
    }
}
