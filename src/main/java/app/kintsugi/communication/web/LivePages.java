package app.kintsugi.communication.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.communication.Conversations;
import app.kintsugi.communication.LiveAction;
import app.kintsugi.communication.LiveSessions;
import app.kintsugi.shared.InvalidInputException;

/**
 * The live session screen. Opening it makes this device the person's screen for the session. The
 * page asks {@code /live/version} about once a second whether anything changed and reloads its
 * panel when it did; every action is a plain form, so it works without scripts too.
 */
@Controller
@RequestMapping("/conversations/{id}/live")
@RequiredArgsConstructor
class LivePages {

    private final LiveSessions live;
    private final Conversations conversations;

    /** The ground rules stay at hand during the conversation, so either can point back to them. */
    private void rules(PersonPrincipal me, Locale locale, Model model) {
        model.addAttribute("defaultRules", conversations.defaultRules(locale));
        model.addAttribute("ownRules", conversations.ownRules(me.id()));
    }

    /**
     * Opening the page makes this device the person's screen, unless it already is: the page comes
     * back after each action with its own device token, which keeps it.
     */
    @GetMapping
    String page(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestParam(required = false) String device, Locale locale, Model model) {
        if (!live.started(me.id(), id)) {
            return "redirect:/conversations/" + id;
        }
        rules(me, locale, model);
        if (device == null || !live.holds(me.id(), id, device)) {
            device = live.claimDevice(me.id(), id);
        }
        model.addAttribute("device", device);
        model.addAttribute("live", live.view(me.id(), id, device));
        model.addAttribute("breakMinutes", live.breakLength().toMinutes());
        return "communication/live";
    }

    /** The panel alone, for the page's script to swap in. */
    @GetMapping("/panel")
    String panel(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam String device, Model model) {
        model.addAttribute("device", device);
        model.addAttribute("live", live.view(me.id(), id, device));
        model.addAttribute("breakMinutes", live.breakLength().toMinutes());
        return "communication/live :: panel";
    }

    /**
     * The session's version as plain text, or 409 when this device no longer holds the person's
     * screen. Cheap: one small read, asked about once a second by each of the two screens.
     */
    @GetMapping(value = "/version", produces = "text/plain")
    @org.springframework.web.bind.annotation.ResponseBody
    String version(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam String device,
            HttpServletResponse response) {
        Optional<Long> version = live.version(me.id(), id, device);
        if (version.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return "moved";
        }
        return Long.toString(version.get());
    }

    @PostMapping
    String act(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam String device,
            @RequestParam(required = false) String action, @RequestParam(defaultValue = "-1") long version,
            @RequestParam(required = false) String summary, Locale locale, Model model) {
        rules(me, locale, model);
        LiveAction parsed = parse(action);
        try {
            live.act(me.id(), id, device, parsed, version, summary);
            return "redirect:/conversations/" + id + "/live?device=" + device;
        } catch (InvalidInputException e) {
            var error = e.errors().values().iterator().next();
            model.addAttribute("refusal", error.code());
            model.addAttribute("refusalArgs", error.args());
            model.addAttribute("summaryText", summary);
            model.addAttribute("device", device);
            model.addAttribute("live", live.view(me.id(), id, device));
            model.addAttribute("breakMinutes", live.breakLength().toMinutes());
            return "communication/live";
        }
    }

    @PostMapping("/rating")
    String rate(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(required = false) String heard,
            @RequestParam(required = false) String safe, @RequestParam(required = false) String note, Locale locale,
            Model model) {
        rules(me, locale, model);
        try {
            live.rate(me.id(), id, number(heard), number(safe), note);
            return "redirect:/conversations/" + id + "/live?rated";
        } catch (InvalidInputException e) {
            if (!live.view(me.id(), id, null).ended()) {
                // Not over yet: back to the conversation, without taking this person's screen over.
                return "redirect:/conversations/" + id + "/live";
            }
            model.addAttribute("ratingErrors", e.errors());
            model.addAttribute("heardValue", heard);
            model.addAttribute("safeValue", safe);
            model.addAttribute("noteText", note);
            String device = live.claimDevice(me.id(), id);
            model.addAttribute("device", device);
            model.addAttribute("live", live.view(me.id(), id, device));
            model.addAttribute("breakMinutes", live.breakLength().toMinutes());
            return "communication/live";
        }
    }

    private static LiveAction parse(String action) {
        if (action == null) {
            return null;
        }
        try {
            return LiveAction.valueOf(action);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
