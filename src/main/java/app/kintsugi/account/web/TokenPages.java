package app.kintsugi.account.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import app.kintsugi.account.ApiTokens;
import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;

/**
 * Personal tokens for apps and scripts: made with the password typed again, shown once, listed with
 * when each was last used, revoked with one button.
 */
@Controller
@RequiredArgsConstructor
class TokenPages {

    private final ApiTokens tokens;
    private final java.time.Clock clock;

    @ModelAttribute("now")
    java.time.Instant now() {
        return clock.instant();
    }

    @ModelAttribute("lifetimes")
    java.util.List<Integer> lifetimes() {
        return ApiTokens.LIFETIMES.stream().sorted().toList();
    }

    @GetMapping("/settings/tokens")
    String list(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") TokenForm form, Model model) {
        model.addAttribute("tokens", tokens.of(me.id()));
        return "account/tokens";
    }

    /** The new token is shown on this very answer, never stored in the session and never cached. */
    @PostMapping("/settings/tokens")
    String create(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") TokenForm form, BindingResult result,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            ApiTokens.Created created = tokens.create(me.id(), form.getCurrentPassword(), request, form.getName(), form.scopes(),
                    form.getDays());
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("created", created);
            model.addAttribute("form", new TokenForm());
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
        }
        form.forgetPassword();
        model.addAttribute("tokens", tokens.of(me.id()));
        return "account/tokens";
    }

    @PostMapping("/settings/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        tokens.revoke(me.id(), id);
        return "redirect:/settings/tokens?revoked";
    }
}
