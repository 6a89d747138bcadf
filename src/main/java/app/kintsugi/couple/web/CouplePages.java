package app.kintsugi.couple.web;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.InvitationPreview;
import app.kintsugi.couple.NewInvitation;
import app.kintsugi.couple.Role;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.platform.PublicAddress;
import app.kintsugi.shared.InvalidInputException;

@Controller
@RequiredArgsConstructor
class CouplePages {

    private final org.springframework.security.web.savedrequest.HttpSessionRequestCache requestCache =
            new org.springframework.security.web.savedrequest.HttpSessionRequestCache();

    private final Couples couples;
    private final PublicAddress address;

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping("/space")
    String space(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        return show(me, model, null);
    }

    @PostMapping("/space/start")
    String start(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("roleForm") RoleForm form,
            BindingResult result, Model model) {
        try {
            return show(me, model, couples.start(me.id(), form.getRole()));
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return show(me, model, null);
        }
    }

    @PostMapping("/space/invitation")
    String newInvitation(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        try {
            return show(me, model, couples.newInvitation(me.id()));
        } catch (InvalidInputException e) {
            return "redirect:/space";
        }
    }

    @PostMapping("/space/invitation/revoke")
    String revoke(@AuthenticationPrincipal PersonPrincipal me) {
        couples.revokeInvitation(me.id());
        return "redirect:/space?revoked";
    }

    @PostMapping("/space/role")
    String role(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("roleForm") RoleForm form,
            BindingResult result, Model model) {
        try {
            couples.chooseRole(me.id(), form.getRole());
            return "redirect:/space?roleSaved";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return show(me, model, null);
        }
    }

    @GetMapping("/space/leave")
    String confirmLeave(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        Optional<CoupleSpace> space = couples.current(me.id());
        if (space.isEmpty()) {
            return "redirect:/space";
        }
        model.addAttribute("space", space.get());
        return "couple/leave";
    }

    @PostMapping("/space/leave")
    String leave(@AuthenticationPrincipal PersonPrincipal me) {
        couples.leave(me.id());
        return "redirect:/space?left";
    }

    @GetMapping("/join")
    String joinForm(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") JoinForm form, Model model) {
        model.addAttribute("current", couples.current(me.id()).orElse(null));
        return "couple/join";
    }

    /** The link form of an invitation: the code arrives in the path and fills the form. */
    @GetMapping("/join/{code}")
    String joinLink(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String code, Model model,
            jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        if (me == null) {
            // Someone who follows their partner's link and has no account yet: who invited them, and
            // registration first. After registering or signing in they come back here to join.
            requestCache.saveRequest(request, response);
            couples.preview(null, code).ifPresent(p -> model.addAttribute("preview", p));
            return "couple/invited";
        }
        JoinForm form = new JoinForm();
        form.setCode(code);
        model.addAttribute("form", form);
        model.addAttribute("current", couples.current(me.id()).orElse(null));
        Optional<InvitationPreview> preview = couples.preview(me.id(), code);
        preview.ifPresent(p -> model.addAttribute("preview", p));
        if (preview.isEmpty()) {
            model.addAttribute("linkUnusable", true);
        }
        return "couple/join";
    }

    @PostMapping("/join")
    String join(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") JoinForm form,
            BindingResult result, Model model) {
        try {
            couples.join(me.id(), form.getCode(), form.getRole());
            return "redirect:/welcome?joined=1";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("current", couples.current(me.id()).orElse(null));
            couples.preview(me.id(), form.getCode()).ifPresent(p -> model.addAttribute("preview", p));
            return "couple/join";
        }
    }

    private String show(PersonPrincipal me, Model model, NewInvitation invitation) {
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        if (invitation != null) {
            model.addAttribute("invitation", invitation);
            // On the configured address, never on the host this request claimed to be for.
            model.addAttribute("joinLink", address.link("/join/" + org.springframework.web.util.UriUtils
                    .encodePathSegment(invitation.displayCode(), java.nio.charset.StandardCharsets.UTF_8)));
        }
        if (!model.containsAttribute("roleForm")) {
            RoleForm form = new RoleForm();
            couples.current(me.id()).ifPresent(s -> form.setRole(s.me().role()));
            model.addAttribute("roleForm", form);
        }
        return "couple/space";
    }
}
