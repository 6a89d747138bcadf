package app.kintsugi.transparency.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.platform.api.EntityTags;
import app.kintsugi.transparency.DisclosurePart;
import app.kintsugi.transparency.PreparedDisclosureStatus;
import app.kintsugi.transparency.PreparedDisclosureView;
import app.kintsugi.transparency.PreparedDisclosures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A counselor's side of a prepared disclosure its author chose to show them: read it, and leave the one
 * note back that only its author reads (decision 0037). The same policy as the room: shown, with the
 * consent that link needs standing; anything else, and any other kind of account, answers 404.
 */
@RestController
@RequestMapping("/api/v1/counselor/disclosures")
@Tag(name = "Counselor", description = "For counselors only: the couples who invited me, what each partner chose to show me "
        + "while both agree, and my own notes. Any other account gets 404.")
@RequiredArgsConstructor
class CounselorDisclosureApi {

    static final String PATH = "/api/v1/counselor/disclosures";
    private final PreparedDisclosures disclosures;

    /** My note back to its author: replaces the one I left before. */
    record ReviewNoteBody(String note) {
    }

    /** The note I left, for its author only, never their partner. */
    record CounselorReviewNote(String text, Instant at) {
    }

    /**
     * A prepared disclosure shown to me, read-only: {@code parts} keyed by the part's name (timeline, hidden, who-knows,
     * contact-now), and my note back. {@code canNote}: it is not given yet, so a note can still help. The ETag is my
     * note's tag ("0" before I wrote one): send it as If-Match to write or replace the note.
     */
    record CounselorPreparedDisclosure(UUID id, String authorName, PreparedDisclosureStatus status, Map<String, String> parts,
            Instant updatedAt, CounselorReviewNote reviewNote, boolean canNote, String href) {

        static CounselorPreparedDisclosure of(PreparedDisclosureView d) {
            Map<String, String> parts = new LinkedHashMap<>();
            for (DisclosurePart p : DisclosurePart.values()) {
                if (d.part(p) != null) {
                    parts.put(p.key(), d.part(p));
                }
            }
            var note = d.reviewNote();
            return new CounselorPreparedDisclosure(d.id(), d.authorName(), d.status(), parts, d.updatedAt(),
                    note == null ? null : new CounselorReviewNote(note.text(), note.at()), !d.given(), PATH + "/" + d.id());
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "A prepared disclosure its author shows me, with my note back; the ETag is my note's tag")
    ResponseEntity<CounselorPreparedDisclosure> read(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return answer(me, id);
    }

    @PutMapping("/{id}/note")
    @Operation(summary = "Write, or replace, my one note back to its author, before it is given",
            description = "Send the ETag read as If-Match. Only its author reads the note; their partner never does.")
    ResponseEntity<CounselorPreparedDisclosure> note(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody ReviewNoteBody body) {
        long expected = EntityTags.expected(ifMatch);
        disclosures.noteFromCounselor(me.id(), id, body.note(), expected);
        return answer(me, id);
    }

    private ResponseEntity<CounselorPreparedDisclosure> answer(PersonPrincipal me, UUID id) {
        PreparedDisclosureView d = disclosures.forCounselor(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(disclosures.noteTag(me.id(), id))).body(CounselorPreparedDisclosure.of(d));
    }
}
