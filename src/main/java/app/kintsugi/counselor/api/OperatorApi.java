package app.kintsugi.counselor.api;

import java.time.Instant;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonId;
import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.counselor.Counselor;
import app.kintsugi.counselor.CounselorStatus;
import app.kintsugi.counselor.Counselors;
import app.kintsugi.platform.api.EntityTags;
import app.kintsugi.platform.api.Paged;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The operator's page through the JSON API: the counselor accounts of this instance, making one, and
 * approving, declining or withdrawing. Only an operator account's token reaches it; nothing here is any
 * couple's.
 */
@RestController
@RequestMapping(OperatorApi.PATH)
@Tag(name = "Operator", description = "For the operator of this instance, with a token made by the operator's own account: "
        + "counselor accounts, approving them and making new ones. No couple's content is ever here. Backups, restoring, "
        + "checking and the master key stay on the command line, beside the server.")
@RequiredArgsConstructor
class OperatorApi {

    static final String PATH = "/api/v1/operator/counselors";
    private final Counselors counselors;

    /**
     * A counselor account. {@code status}: PENDING (registered, waiting), APPROVED, DECLINED or WITHDRAWN; {@code practice}:
     * what they wrote about their practice when registering; {@code requestedAt}: when the account was made.
     */
    record CounselorAccount(UUID id, String name, String email, CounselorStatus status, String practice, Instant requestedAt,
            long version, String href) {

        static CounselorAccount of(Counselor c) {
            return new CounselorAccount(c.id().value(), c.name(), c.email(), c.status(), c.practice(), c.requestedAt(), c.version(),
                    PATH + "/" + c.id().value());
        }
    }

    /** A new counselor account: {@code language} en or es; {@code practice} optional. */
    record NewCounselorBody(String email, String displayName, String practice, String language) {
    }

    /** A counselor account just made, approved at once, with the first password to pass on, shown this once. */
    record CreatedCounselorAccount(CounselorAccount counselor, String firstPassword) {
    }

    /**
     * The decision: APPROVED (anyone not approved), DECLINED (a waiting registration only) or WITHDRAWN (an approval only;
     * every couple's access to that counselor ends with it).
     */
    record CounselorDecisionBody(CounselorStatus decision) {
    }

    @GetMapping
    @Operation(summary = "Every counselor account, oldest request first")
    Paged<CounselorAccount> counselors(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return Paged.of(counselors.all(me.id()).stream().map(CounselorAccount::of).toList(), page, size, PATH);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One counselor account; the ETag is its version")
    ResponseEntity<CounselorAccount> counselor(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        Counselor c = counselors.all(me.id()).stream().filter(x -> x.id().value().equals(id)).findFirst()
                .orElseThrow(NotFoundException::new);
        return ResponseEntity.ok().eTag(EntityTags.of(c.version())).body(CounselorAccount.of(c));
    }

    @PostMapping
    @Operation(summary = "Make a counselor account, approved at once",
            description = "Answers a first password, this once (never cached, never stored in clear): pass it on; the counselor "
                    + "chooses their own at the first sign-in.")
    ResponseEntity<CreatedCounselorAccount> create(@AuthenticationPrincipal PersonPrincipal me, @RequestBody NewCounselorBody body) {
        Counselors.CreatedCounselor created = counselors.create(me.id(), body.email(), body.displayName(), body.practice(),
                body.language());
        CounselorAccount account = CounselorAccount.of(created.counselor());
        return ResponseEntity.status(HttpStatus.CREATED).location(java.net.URI.create(account.href()))
                .cacheControl(CacheControl.noStore()).eTag(EntityTags.of(account.version()))
                .body(new CreatedCounselorAccount(account, created.firstPassword()));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Approve, decline or withdraw a counselor", description = "Send the ETag read as If-Match.")
    ResponseEntity<CounselorAccount> decide(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody CounselorDecisionBody body) {
        long expected = EntityTags.expected(ifMatch);
        if (body.decision() == null) {
            throw InvalidInputException.of("decision", "operator.decision.invalid");
        }
        counselors.decide(me.id(), new PersonId(id), body.decision(), expected);
        return counselor(me, id);
    }
}
