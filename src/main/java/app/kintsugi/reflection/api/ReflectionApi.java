package app.kintsugi.reflection.api;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.platform.api.EntityTags;
import app.kintsugi.platform.api.Paged;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.reflection.BetrayalKind;
import app.kintsugi.reflection.Emotion;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.ReflectionId;
import app.kintsugi.reflection.ReflectionSummary;
import app.kintsugi.reflection.ReflectionView;
import app.kintsugi.reflection.Reflections;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/reflections")
@Tag(name = "Reflections", description = "Step 0: understanding what happened. Private until the author shares one.")
@RequiredArgsConstructor
class ReflectionApi {

    static final String PATH = "/api/v1/reflections";
    private final Reflections reflections;

    /** What a reflection holds; only {@code whatHappened} is required. */
    record ReflectionBody(String title, String whatHappened, String violations, BetrayalKind kind, Map<Emotion, Integer> emotions,
            String impact) {

        ReflectionDraft draft() {
            return new ReflectionDraft(title, whatHappened, violations, kind, emotions, impact);
        }
    }

    record ReflectionLine(UUID id, String title, BetrayalKind kind, Visibility visibility, Instant updatedAt, String href) {

        static ReflectionLine of(ReflectionSummary s) {
            return new ReflectionLine(s.id().value(), s.title(), s.kind(), s.visibility(), s.updatedAt(), PATH + "/" + s.id());
        }
    }

    record Reflection(UUID id, boolean mine, String title, String whatHappened, String violations, BetrayalKind kind,
            Map<Emotion, Integer> emotions, String impact, Visibility visibility, Instant createdAt, Instant updatedAt, long version,
            String href) {

        static Reflection of(ReflectionView v) {
            ReflectionDraft c = v.content();
            return new Reflection(v.id().value(), v.mine(), c.title(), c.whatHappened(), c.violations(), c.kind(), c.emotions(),
                    c.impact(), v.visibility(), v.createdAt(), v.updatedAt(), v.version(), PATH + "/" + v.id());
        }
    }

    @GetMapping
    @Operation(summary = "My reflections, newest first")
    Paged<ReflectionLine> mine(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return Paged.of(reflections.mine(me.id()).stream().map(ReflectionLine::of).toList(), page, size, PATH);
    }

    @GetMapping("/shared-with-me")
    @Operation(summary = "The reflections my partner shared with me")
    Paged<ReflectionLine> sharedWithMe(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return Paged.of(reflections.sharedWithMe(me.id()).stream().map(ReflectionLine::of).toList(), page, size,
                PATH + "/shared-with-me");
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a reflection (private)")
    ResponseEntity<Reflection> create(@AuthenticationPrincipal PersonPrincipal me, @RequestBody ReflectionBody body) {
        ReflectionId id = reflections.create(me.id(), body.draft());
        return answer(reflections.readOwn(me.id(), id), HttpStatus.CREATED);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One reflection: my own, or one my partner shared with me")
    ResponseEntity<Reflection> read(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return answer(reflections.read(me.id(), new ReflectionId(id)), HttpStatus.OK);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change my reflection", description = "Send the ETag read as If-Match.")
    ResponseEntity<Reflection> update(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody ReflectionBody body) {
        ReflectionId reflection = new ReflectionId(id);
        long expected = EntityTags.expected(ifMatch);
        reflections.update(me.id(), reflection, expected, body.draft());
        return answer(reflections.readOwn(me.id(), reflection), HttpStatus.OK);
    }

    @PostMapping("/{id}/share")
    @Operation(summary = "Share my reflection with my partner")
    ResponseEntity<Reflection> share(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        reflections.shareWithPartner(me.id(), new ReflectionId(id));
        return answer(reflections.readOwn(me.id(), new ReflectionId(id)), HttpStatus.OK);
    }

    @PostMapping("/{id}/private")
    @Operation(summary = "Make my reflection private again")
    ResponseEntity<Reflection> makePrivate(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        reflections.makePrivate(me.id(), new ReflectionId(id));
        return answer(reflections.readOwn(me.id(), new ReflectionId(id)), HttpStatus.OK);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete my reflection")
    void delete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        reflections.delete(me.id(), new ReflectionId(id));
    }

    private static ResponseEntity<Reflection> answer(ReflectionView view, HttpStatus status) {
        var builder = ResponseEntity.status(status).eTag(EntityTags.of(view.version()));
        if (status == HttpStatus.CREATED) {
            builder = builder.location(URI.create(PATH + "/" + view.id()));
        }
        return builder.body(Reflection.of(view));
    }

}
