package app.kintsugi.meeting.web;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.meeting.WeeklyMeetings;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;

/**
 * State of Us: the meeting time, this week's agenda with one's own preparation, the meeting itself
 * once started, and the weeks before. Everything is of the viewer's current space; there are no ids.
 */
@Controller
@RequestMapping("/meeting")
@RequiredArgsConstructor
class MeetingPages {

    private final WeeklyMeetings meetings;

    @ModelAttribute("weekdays")
    DayOfWeek[] weekdays() {
        return DayOfWeek.values();
    }

    @GetMapping
    String week(@AuthenticationPrincipal PersonPrincipal me, Locale locale, Model model) {
        var week = meetings.thisWeek(me.id()).orElse(null);
        model.addAttribute("week", week);
        if (week != null) {
            model.addAttribute("agenda", meetings.agenda(me.id(), week, locale));
            if (!model.containsAttribute("form")) {
                PrepForm form = new PrepForm();
                if (week.mine() != null) {
                    form.setWentWell(orEmpty(week.mine().wentWell()));
                    form.setTalkAbout(orEmpty(week.mine().talkAbout()));
                    form.setNeed(orEmpty(week.mine().need()));
                    form.setVersion(week.mine().version());
                }
                model.addAttribute("form", form);
            }
        }
        return "meeting/week";
    }

    @PostMapping("/time")
    String proposeTime(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) String weekday,
            @RequestParam(required = false) String time, @RequestParam(defaultValue = "-1") long version, Locale locale, Model model) {
        try {
            meetings.proposeTime(me.id(), weekday, time, version);
            return "redirect:/meeting?timeSaved#time";
        } catch (StaleEditException e) {
            return "redirect:/meeting?timeChanged#time";
        } catch (InvalidInputException e) {
            model.addAttribute("timeErrors", e.errors());
            model.addAttribute("typedWeekday", weekday);
            model.addAttribute("typedTime", time);
            return week(me, locale, model);
        }
    }

    @PostMapping("/time/accept")
    String acceptTime(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(defaultValue = "-1") long version, Locale locale,
            Model model) {
        try {
            meetings.acceptTime(me.id(), version);
            return "redirect:/meeting?timeAgreed#time";
        } catch (StaleEditException e) {
            return "redirect:/meeting?timeChanged#time";
        } catch (InvalidInputException e) {
            model.addAttribute("timeErrors", e.errors());
            return week(me, locale, model);
        }
    }

    @PostMapping("/prepare")
    String prepare(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") PrepForm form, BindingResult result,
            Locale locale, Model model) {
        try {
            meetings.prepare(me.id(), form.getWentWell(), form.getTalkAbout(), form.getNeed(), form.getVersion());
            return "redirect:/meeting?prepared#prepare";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            form.setVersion(meetings.thisWeek(me.id()).map(WeeklyMeetings.Week::mine).map(WeeklyMeetings.Preparation::version)
                    .orElse(-1L));
        }
        return week(me, locale, model);
    }

    @PostMapping("/start")
    String start(@AuthenticationPrincipal PersonPrincipal me) {
        try {
            meetings.start(me.id());
            return "redirect:/meeting/now";
        } catch (InvalidInputException e) {
            return "redirect:/meeting?notNow";
        }
    }

    /** The meeting itself, once started: appreciations, the topics, what each needs. */
    @GetMapping("/now")
    String now(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        var week = meetings.thisWeek(me.id()).filter(WeeklyMeetings.Week::started).orElse(null);
        if (week == null) {
            return "redirect:/meeting";
        }
        model.addAttribute("week", week);
        return "meeting/now";
    }

    @PostMapping("/talk")
    String talk(@AuthenticationPrincipal PersonPrincipal me) {
        try {
            UUID id = meetings.planTalk(me.id());
            return "redirect:/conversations/" + id;
        } catch (InvalidInputException e) {
            return "redirect:/meeting?notNow";
        }
    }

    @PostMapping("/need")
    String need(@AuthenticationPrincipal PersonPrincipal me) {
        try {
            meetings.needToCommitment(me.id());
            return "redirect:/meeting/now?committed#need";
        } catch (InvalidInputException | StaleEditException e) {
            return "redirect:/meeting?notNow";
        }
    }

    @PostMapping("/held")
    String held(@AuthenticationPrincipal PersonPrincipal me) {
        try {
            meetings.markHeld(me.id());
            return "redirect:/meeting/history?held";
        } catch (InvalidInputException e) {
            return "redirect:/meeting?notNow";
        }
    }

    @GetMapping("/history")
    String history(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        model.addAttribute("canMeet", meetings.canMeet(me.id()));
        model.addAttribute("weeks", meetings.history(me.id()));
        return "meeting/history";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
