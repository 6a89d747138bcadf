package app.kintsugi.couple.api;

import java.time.Instant;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Member;
import app.kintsugi.couple.NewInvitation;
import app.kintsugi.couple.Role;
import app.kintsugi.platform.PublicAddress;
import app.kintsugi.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/space")
@Tag(name = "Space", description = "The space two partners share: start it, invite the partner with a code, join with one.")
@RequiredArgsConstructor
class SpaceApi {

    private final Couples couples;
    private final PublicAddress address;

    record SpaceRoleBody(Role role) {
    }

    record SpaceJoinBody(String code, Role role) {
    }

    record SpaceMember(UUID id, String name, Role role) {

        static SpaceMember of(Member m) {
            return new SpaceMember(m.person().value(), m.displayName(), m.role());
        }
    }

    record Space(UUID id, SpaceMember me, SpaceMember partner, boolean complete, Instant invitationExpiresAt, Instant since) {

        static Space of(CoupleSpace s) {
            return new Space(s.id().value(), SpaceMember.of(s.me()), s.partner().map(SpaceMember::of).orElse(null), s.complete(),
                    s.pendingInvitationExpires().orElse(null), s.since());
        }
    }

    /** The code to give the partner (shown once), and the link that carries it. */
    record Invitation(String code, String link, Instant expiresAt) {
    }

    @GetMapping
    @Operation(summary = "My space, if I have one (404 if not)")
    Space space(@AuthenticationPrincipal PersonPrincipal me) {
        return couples.current(me.id()).map(Space::of).orElseThrow(NotFoundException::new);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a space with my role in it, and get the first invitation for my partner")
    Invitation start(@AuthenticationPrincipal PersonPrincipal me, @RequestBody SpaceRoleBody body) {
        return invitation(couples.start(me.id(), body.role()));
    }

    @PostMapping("/invitation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A new invitation, replacing one that waits")
    Invitation invite(@AuthenticationPrincipal PersonPrincipal me) {
        return invitation(couples.newInvitation(me.id()));
    }

    @DeleteMapping("/invitation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw the invitation that waits")
    void withdraw(@AuthenticationPrincipal PersonPrincipal me) {
        couples.revokeInvitation(me.id());
    }

    @PostMapping("/join")
    @Operation(summary = "Join my partner's space with the code they gave me")
    Space join(@AuthenticationPrincipal PersonPrincipal me, @RequestBody SpaceJoinBody body) {
        return Space.of(couples.join(me.id(), body.code(), body.role()));
    }

    @PutMapping("/role")
    @Operation(summary = "Choose my role; without a space this starts a space of my own, with nobody invited")
    Space role(@AuthenticationPrincipal PersonPrincipal me, @RequestBody SpaceRoleBody body) {
        couples.chooseRole(me.id(), body.role());
        return space(me);
    }

    @PostMapping("/leave")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Leave the space, which ends it for both; each keeps their own writing")
    void leave(@AuthenticationPrincipal PersonPrincipal me) {
        couples.leave(me.id());
    }

    private Invitation invitation(NewInvitation invitation) {
        return new Invitation(invitation.code(), address.link("/join/" + org.springframework.web.util.UriUtils
                .encodePathSegment(invitation.code(), java.nio.charset.StandardCharsets.UTF_8)), invitation.expiresAt());
    }
}
