package app.kintsugi.program.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.platform.BrowserLocales;
import app.kintsugi.platform.api.Paged;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.ExpectationsContent;
import app.kintsugi.program.Program;
import app.kintsugi.program.Timeline;
import app.kintsugi.program.TimelineEntry;
import app.kintsugi.program.TimelineKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Expectations", description = "Step 3: what to expect of rebuilding trust (slow, uneven, setbacks are part of it), "
        + "and our timeline of milestones and setbacks: each one's own, private or shared with the partner.")
@RequiredArgsConstructor
class ExpectationsApi {

    static final String TIMELINE = "/api/v1/timeline";
    private final Program program;
    private final Timeline timeline;

    record ExpectationsSection(String heading, String text) {
    }

    /** The realistic-expectations text in the language of Accept-Language. */
    record Expectations(String title, String lead, List<ExpectationsSection> sections) {

        static Expectations of(ExpectationsContent c) {
            return new Expectations(c.title(), c.lead(), c.sections().stream().map(s -> new ExpectationsSection(s.heading(), s.text()))
                    .toList());
        }
    }

    /** {@code kind} MILESTONE or SETBACK; {@code on} YYYY-MM-DD, not in the future; {@code visibility} PRIVATE or PARTNER. */
    record TimelineBody(String kind, String on, String title, String note, String visibility) {
    }

    /** PRIVATE or PARTNER. */
    record TimelineVisibilityBody(Visibility visibility) {
    }

    /** An entry of our timeline: mine (with its address), or one my partner shared (without one). */
    record TimelineLine(UUID id, boolean mine, String authorName, TimelineKind kind, LocalDate on, String title, String note,
            Visibility visibility, String href) {

        static TimelineLine of(TimelineEntry e) {
            return new TimelineLine(e.id(), e.mine(), e.authorName(), e.kind(), e.on(), e.title(), e.note(), e.visibility(),
                    e.mine() ? TIMELINE + "/" + e.id() : null);
        }
    }

    @GetMapping("/api/v1/expectations")
    @Operation(summary = "What to expect of rebuilding trust")
    Expectations expectations(HttpServletRequest request) {
        return Expectations.of(program.expectations(BrowserLocales.spoken(request)));
    }

    @GetMapping(TIMELINE)
    @Operation(summary = "Our timeline: my own entries and what my partner shared, newest first")
    Paged<TimelineLine> entries(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return Paged.of(timeline.entries(me.id()).stream().map(TimelineLine::of).toList(), page, size, TIMELINE);
    }

    @PostMapping(TIMELINE)
    @Operation(summary = "Mark a milestone or a setback on our timeline")
    ResponseEntity<TimelineLine> add(@AuthenticationPrincipal PersonPrincipal me, @RequestBody TimelineBody body) {
        UUID id = timeline.add(me.id(), body.kind(), body.on(), body.title(), body.note(), body.visibility());
        return ResponseEntity.created(URI.create(TIMELINE + "/" + id)).body(TimelineLine.of(timeline.readOwn(me.id(), id)));
    }

    @GetMapping(TIMELINE + "/{id}")
    @Operation(summary = "One of my own timeline entries")
    TimelineLine read(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return TimelineLine.of(timeline.readOwn(me.id(), id));
    }

    @PutMapping(TIMELINE + "/{id}/visibility")
    @Operation(summary = "Share my entry with my partner, or make it private again")
    TimelineLine visibility(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestBody TimelineVisibilityBody body) {
        timeline.setVisibility(me.id(), id, body.visibility());
        return TimelineLine.of(timeline.readOwn(me.id(), id));
    }

    @DeleteMapping(TIMELINE + "/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete my entry")
    void delete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        timeline.delete(me.id(), id);
    }
}
