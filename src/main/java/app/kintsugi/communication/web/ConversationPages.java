package app.kintsugi.communication.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.Person;
import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.communication.ConversationCalendar;
import app.kintsugi.communication.ConversationView;
import app.kintsugi.communication.Conversations;
import app.kintsugi.communication.LiveSessions;
import app.kintsugi.couple.Couples;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;

@Controller
@RequestMapping("/conversations")
@RequiredArgsConstructor
class ConversationPages {

    static final List<Integer> LENGTHS = List.of(20, 30, 45, 60, 90);

    private final Conversations conversations;
    private final LiveSessions live;
    private final ConversationCalendar calendar;
    private final Couples couples;
    private final Accounts accounts;

    @ModelAttribute("lengths")
    List<Integer> lengths() {
        return LENGTHS;
    }

    @GetMapping
    String list(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        List<ConversationView> all = conversations.inMySpace(me.id());
        model.addAttribute("open", all.stream().filter(c -> c.status().open() || c.status().name().equals("LIVE"))
                .sorted(java.util.Comparator.comparing(ConversationView::startsAt)).toList());
        model.addAttribute("past", all.stream().filter(c -> !c.status().open() && !c.status().name().equals("LIVE")).toList());
        model.addAttribute("ended", conversations.fromEndedSpaces(me.id()));
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        return "communication/conversations";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") PlanForm form, Model model) {
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        return "communication/plan";
    }

    @PostMapping
    String propose(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") PlanForm form, BindingResult result,
            Model model) {
        try {
            UUID id = conversations.propose(me.id(), form.draft());
            return "redirect:/conversations/" + id + "?proposed";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("space", couples.current(me.id()).orElse(null));
            return "communication/plan";
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Locale locale, Model model) {
        ConversationView conversation = conversations.read(me.id(), id);
        if (!model.containsAttribute("timeForm")) {
            model.addAttribute("timeForm", timeForm(me, conversation));
        }
        return show(me, conversation, locale, model);
    }

    private String show(PersonPrincipal me, ConversationView conversation, Locale locale, Model model) {
        model.addAttribute("conversation", conversation);
        model.addAttribute("defaultRules", conversations.defaultRules(locale));
        model.addAttribute("ownRules", conversations.ownRules(me.id()));
        model.addAttribute("breakMinutes", live.breakLength().toMinutes());
        return "communication/conversation";
    }

    @PostMapping("/{id}/accept")
    String accept(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam long version) {
        return answer(id, "accepted", () -> conversations.accept(me.id(), id, version));
    }

    @PostMapping("/{id}/decline")
    String decline(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam long version) {
        return answer(id, "declined", () -> conversations.decline(me.id(), id, version));
    }

    @PostMapping("/{id}/time")
    String proposeTime(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @ModelAttribute("timeForm") PlanForm form, BindingResult result, Locale locale, Model model) {
        try {
            conversations.proposeTime(me.id(), id, form.getVersion(), form.draft());
            return "redirect:/conversations/" + id + "?newTime";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("timeOpen", true);
            return show(me, conversations.read(me.id(), id), locale, model);
        } catch (StaleEditException e) {
            return "redirect:/conversations/" + id + "?changed";
        }
    }

    @PostMapping("/{id}/agree")
    String agree(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return answer(id, "agreed", () -> conversations.agree(me.id(), id));
    }

    @PostMapping("/{id}/start")
    String start(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestParam(defaultValue = "me") String first) {
        try {
            live.start(me.id(), id, !"partner".equals(first));
            return "redirect:/conversations/" + id + "/live";
        } catch (InvalidInputException e) {
            return "redirect:/conversations/" + id + "?notStarted=" + e.errors().get("start").code();
        }
    }

    /** The calendar file holds the time, the length and the place, never the topic. */
    @GetMapping(value = "/{id}/calendar.ics")
    ResponseEntity<byte[]> ics(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Locale locale) {
        Person person = accounts.find(me.id()).orElseThrow();
        byte[] body = calendar.ics(me.id(), id, locale, person.discreetMode());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"conversation.ics\"")
                .body(body);
    }

    private String answer(UUID id, String done, Runnable action) {
        try {
            action.run();
            return "redirect:/conversations/" + id + "?" + done;
        } catch (InvalidInputException e) {
            return "redirect:/conversations/" + id + "?closed";
        } catch (StaleEditException e) {
            return "redirect:/conversations/" + id + "?changed";
        }
    }

    private PlanForm timeForm(PersonPrincipal me, ConversationView conversation) {
        ZoneId zone = accounts.zoneOf(me.id());
        LocalDateTime at = LocalDateTime.ofInstant(conversation.startsAt(), zone);
        PlanForm form = new PlanForm();
        form.setDate(at.toLocalDate().toString());
        form.setTime(at.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")));
        form.setMinutes(Integer.toString(conversation.minutes()));
        form.setVersion(conversation.version());
        return form;
    }
}
