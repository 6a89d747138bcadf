package app.kintsugi.trust.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
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

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.couple.Couples;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.trust.CommitmentView;
import app.kintsugi.trust.Commitments;
import app.kintsugi.trust.Confirmation;
import app.kintsugi.trust.Outcome;
import app.kintsugi.trust.Schedule;

@Controller
@RequestMapping("/commitments")
@RequiredArgsConstructor
class CommitmentPages {

    /** Weeks in the heat map: half a year, readable on a phone. */
    static final int HEAT_MAP_WEEKS = 26;

    private final Commitments commitments;
    private final Couples couples;
    private final MessageSource messages;

    @ModelAttribute("weekDayNames")
    List<DayOfWeek> weekDays() {
        return List.of(DayOfWeek.values());
    }

    @ModelAttribute("weekDayLabels")
    java.util.Map<DayOfWeek, String> weekDayLabels(Locale locale) {
        java.util.Map<DayOfWeek, String> labels = new java.util.EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            labels.put(d, d.getDisplayName(TextStyle.FULL, locale));
        }
        return labels;
    }

    @ModelAttribute("lateDays")
    int lateDays() {
        return Commitments.LATE_DAYS;
    }

    @ModelAttribute("outcomes")
    Outcome[] outcomes() {
        return Outcome.values();
    }

    @GetMapping
    String list(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        List<CommitmentView> mine = commitments.mine(me.id());
        List<CommitmentView> partners = commitments.partners(me.id());
        model.addAttribute("mine", mine);
        model.addAttribute("partners", partners);
        model.addAttribute("myOverall", mine.isEmpty() ? null : commitments.overall(mine));
        model.addAttribute("partnersOverall", partners.isEmpty() ? null : commitments.overall(partners));
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        return "trust/commitments";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") CommitmentForm form, Model model) {
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        return "trust/commitment-form";
    }

    @PostMapping
    String create(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") CommitmentForm form, BindingResult result,
            Model model) {
        try {
            UUID id = commitments.create(me.id(), form.draft());
            return "redirect:/commitments/" + id + "?created";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("space", couples.current(me.id()).orElse(null));
            return "trust/commitment-form";
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Locale locale, Model model) {
        CommitmentView c = commitments.read(me.id(), id);
        model.addAttribute("c", c);
        model.addAttribute("scheduleText", describe(c.schedule(), locale));
        var record = commitments.record(me.id(), id);
        HeatMap heatMap = HeatMap.of(record.days(), record.schedule(), record.today(), HEAT_MAP_WEEKS, record.consistency());
        model.addAttribute("record", record);
        model.addAttribute("heatMap", heatMap);
        if (record.chartsReady()) {
            model.addAttribute("daysSvg", heatMap.daysSvg(messages, locale));
            model.addAttribute("trendSvg", heatMap.trendSvg(messages, locale));
        }
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        return "trust/commitment";
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        CommitmentView c = commitments.read(me.id(), id);
        if (!c.mine()) {
            throw new app.kintsugi.shared.NotFoundException();
        }
        CommitmentForm form = new CommitmentForm();
        form.setText(c.text());
        form.setKind(c.schedule().kind().name());
        form.setWeekDays(c.schedule().days().stream().map(Enum::name).collect(Collectors.toList()));
        form.setStart(c.schedule().start().toString());
        form.setEnd(c.schedule().end() == null ? "" : c.schedule().end().toString());
        form.setVisibility(c.visibility().name());
        form.setVersion(c.version());
        model.addAttribute("form", form);
        model.addAttribute("c", c);
        return "trust/commitment-form";
    }

    @PostMapping("/{id}")
    String change(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @ModelAttribute("form") CommitmentForm form,
            BindingResult result, Model model) {
        try {
            boolean applied = commitments.change(me.id(), id, form.getVersion(), form.draft());
            return "redirect:/commitments/" + id + (applied ? "?changed" : "?proposed");
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("c", commitments.read(me.id(), id));
            return "trust/commitment-form";
        } catch (StaleEditException e) {
            model.addAttribute("c", commitments.read(me.id(), id));
            model.addAttribute("stale", true);
            form.setVersion(commitments.read(me.id(), id).version());
            return "trust/commitment-form";
        }
    }

    @PostMapping("/{id}/check-in")
    String checkIn(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(required = false) String day,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String note,
            @RequestParam(required = false) String from, Locale locale, Model model) {
        try {
            commitments.report(me.id(), id, day, parse(Outcome.class, outcome), note);
            if ("today".equals(from)) {
                return "redirect:/?checkedIn#today";
            }
            return "redirect:/commitments/" + id + "?reported#check-in";
        } catch (InvalidInputException e) {
            model.addAttribute("checkInErrors", e.errors());
            model.addAttribute("checkInNote", note);
            model.addAttribute("checkInDay", day);
            return show(me, id, locale, model);
        } catch (StaleEditException e) {
            return "redirect:/commitments/" + id + "?stale#check-in";
        }
    }

    @PostMapping("/{id}/confirm")
    String confirm(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(required = false) String day,
            @RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) String confirmation,
            @RequestParam(required = false) String note, @RequestParam(required = false) String from, Locale locale,
            Model model) {
        Confirmation answer = parse(Confirmation.class, confirmation);
        try {
            commitments.confirm(me.id(), id, day, version, answer, note);
            if ("today".equals(from) && answer == Confirmation.CONFIRMED) {
                return "redirect:/?confirmed#today";
            }
            return "redirect:/commitments/" + id + (answer == Confirmation.DISPUTED ? "?disputed" : "?confirmed") + "#check-ins";
        } catch (InvalidInputException e) {
            model.addAttribute("confirmErrors", e.errors());
            model.addAttribute("confirmNote", note);
            return show(me, id, locale, model);
        } catch (StaleEditException e) {
            return "redirect:/commitments/" + id + "?stale#check-ins";
        }
    }

    @PostMapping("/{id}/share")
    String share(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        try {
            commitments.setShared(me.id(), id, true);
            return "redirect:/commitments/" + id + "?shared";
        } catch (InvalidInputException e) {
            return "redirect:/commitments/" + id + "?noPartner";
        }
    }

    @PostMapping("/{id}/private")
    String makePrivate(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        commitments.setShared(me.id(), id, false);
        return "redirect:/commitments/" + id + "?private";
    }

    @PostMapping("/{id}/changes/{revision}/accept")
    String accept(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @PathVariable UUID revision) {
        try {
            commitments.acceptChange(me.id(), id, revision);
            return "redirect:/commitments/" + id + "?accepted";
        } catch (InvalidInputException | StaleEditException e) {
            return "redirect:/commitments/" + id + "?stale";
        }
    }

    @PostMapping("/{id}/changes/{revision}/decline")
    String decline(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @PathVariable UUID revision) {
        try {
            commitments.declineChange(me.id(), id, revision);
            return "redirect:/commitments/" + id + "?declined";
        } catch (InvalidInputException e) {
            return "redirect:/commitments/" + id + "?stale";
        }
    }

    /** "Every day", "Mondays and Thursdays", "Once, by 3 March 2027", with start and end. */
    String describe(Schedule s, Locale locale) {
        String days = s.days().stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).collect(Collectors.joining(", "));
        return switch (s.kind()) {
            case DAILY -> messages.getMessage("commitment.schedule.daily", null, locale);
            case WEEKLY -> messages.getMessage("commitment.schedule.weekly", new Object[] {days}, locale);
            case ONCE -> messages.getMessage("commitment.schedule.once", null, locale);
        };
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
