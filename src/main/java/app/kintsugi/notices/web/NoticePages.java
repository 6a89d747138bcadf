package app.kintsugi.notices.web;

import java.time.DayOfWeek;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.notices.CalendarFeed;
import app.kintsugi.notices.MailLook;
import app.kintsugi.notices.NoticeStatus;
import app.kintsugi.notices.Notices;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;

/**
 * The notice settings, and the two pages a mail links to. Confirming and unsubscribing need no
 * sign-in: the token in the link is the permission, and a link that does not work is a page that
 * does not exist.
 */
@Controller
@RequiredArgsConstructor
class NoticePages {

    private final Notices notices;
    private final CalendarFeed feed;
    private final app.kintsugi.notices.NoticeLinks properties;

    @GetMapping("/settings/notices")
    String settings(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        NoticeStatus status = notices.status(me.id());
        model.addAttribute("status", status);
        model.addAttribute("form", NoticeForm.of(status));
        return "notices/settings";
    }

    @PostMapping("/settings/notices")
    String save(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") NoticeForm form, BindingResult result,
            Model model) {
        try {
            notices.choose(me.id(), form.draft(), form.getVersion());
            return "redirect:/settings/notices?saved";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("status", notices.status(me.id()));
            return "notices/settings";
        } catch (StaleEditException e) {
            NoticeStatus status = notices.status(me.id());
            form.setVersion(status.version());
            model.addAttribute("status", status);
            model.addAttribute("stale", true);
            return "notices/settings";
        }
    }

    @ModelAttribute("weekDays")
    List<DayOfWeek> weekDays() {
        return List.of(DayOfWeek.values());
    }

    @ModelAttribute("looks")
    List<MailLook> looks() {
        return List.of(MailLook.values());
    }

    /** A new calendar address, shown this once: only its hash is kept. */
    @PostMapping("/settings/notices/calendar")
    String newCalendar(@AuthenticationPrincipal PersonPrincipal me, RedirectAttributes redirect) {
        redirect.addFlashAttribute("calendarAddress", properties.link("/calendar/" + notices.newCalendarAddress(me.id()) + ".ics"));
        return "redirect:/settings/notices#calendar";
    }

    @PostMapping("/settings/notices/calendar/stop")
    String stopCalendar(@AuthenticationPrincipal PersonPrincipal me) {
        notices.stopCalendar(me.id());
        return "redirect:/settings/notices?calendarStopped#calendar";
    }

    /** The feed a calendar app subscribes to: the secret address is the permission, and it is never cached. */
    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String token) {
        byte[] body = feed.feed(token).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    @PostMapping("/settings/notices/confirm")
    String requestLink(@AuthenticationPrincipal PersonPrincipal me) {
        notices.requestConfirmation(me.id());
        return "redirect:/settings/notices?linkRequested";
    }

    @GetMapping("/notices/confirm/{token}")
    String confirmPage(@PathVariable String token, Model model) {
        if (!notices.confirmationLinkWorks(token)) {
            throw new NotFoundException();
        }
        model.addAttribute("token", token);
        return "notices/confirm";
    }

    @PostMapping("/notices/confirm/{token}")
    String confirm(@PathVariable String token, Model model) {
        if (!notices.confirm(token)) {
            throw new NotFoundException();
        }
        model.addAttribute("confirmed", true);
        return "notices/confirm";
    }

    @GetMapping("/notices/unsubscribe/{token}")
    String unsubscribePage(@PathVariable String token, Model model) {
        if (!notices.unsubscribeLinkWorks(token)) {
            throw new NotFoundException();
        }
        model.addAttribute("token", token);
        return "notices/unsubscribe";
    }

    /** Also the RFC 8058 one-click post a mail program sends, without cookies or a form token. */
    @PostMapping("/notices/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        if (!notices.unsubscribe(token)) {
            throw new NotFoundException();
        }
        model.addAttribute("done", true);
        return "notices/unsubscribe";
    }
}
