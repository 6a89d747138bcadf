package app.kintsugi.checkin.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.checkin.Change;
import app.kintsugi.checkin.CheckInForm;
import app.kintsugi.checkin.CheckIns;
import app.kintsugi.checkin.Item;
import app.kintsugi.checkin.SaveOutcome;
import app.kintsugi.checkin.Trajectory;
import app.kintsugi.platform.BrowserLocales;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/check-in")
@Tag(name = "Weekly check-in", description = "A few questions each week, scored over time. Answers are never shown to anyone; "
        + "scores only to the partner, and only when I choose to share them.")
@RequiredArgsConstructor
class CheckInApi {

    private final CheckIns checkIns;

    /**
     * Answers by item id, each a whole number on the item's scale; items left out keep the week unfinished.
     * A finished week is replaced only with {@code replace} true.
     */
    record CheckInAnswersBody(Map<String, Integer> answers, Boolean replace) {
    }

    /** Left out: not shared. */
    record CheckInSharingBody(Boolean shared) {
    }

    /** One question in the language of Accept-Language, and the words that name some points of its scale. */
    record CheckInItem(String id, String text, int min, int max, Map<Integer, String> anchors) {

        static CheckInItem of(Item item, Locale locale) {
            return new CheckInItem(item.id(), item.text(locale), item.scale().min(), item.scale().max(), item.scale().anchors(locale));
        }
    }

    /** This week's check-in: {@code week} is its Monday; {@code answers} what I answered so far; {@code complete} when finished. */
    record CheckInWeek(String questionnaire, String title, String intro, LocalDate week, List<CheckInItem> items,
            Map<String, Integer> answers, boolean complete) {

        static CheckInWeek of(CheckInForm f, Locale locale) {
            return new CheckInWeek(f.questionnaire().id(), f.questionnaire().title(locale), f.questionnaire().intro(locale), f.week(),
                    f.questionnaire().items().stream().map(i -> CheckInItem.of(i, locale)).toList(), new LinkedHashMap<>(f.answers()),
                    f.complete());
        }
    }

    /**
     * What happened to what was sent: {@code SAVED}; {@code UNFINISHED} with the items still {@code missing};
     * or {@code NEEDS_CONFIRMATION} when this week is finished already and {@code replace} was not set (nothing stored).
     */
    record CheckInSaved(SaveOutcome.Kind outcome, List<String> missing) {
    }

    record CheckInPoint(LocalDate week, double score, double average, Change sincePrevious, Change sinceFirst) {

        static CheckInPoint of(Trajectory.Point p) {
            return new CheckInPoint(p.week(), p.score(), p.average(), p.sincePrevious(), p.sinceFirst());
        }
    }

    /** One subscale: my scores, and my partner's only while they share them. */
    record CheckInSeries(String subscale, double min, double max, boolean higherIsBetter, List<CheckInPoint> mine,
            List<CheckInPoint> partner) {

        static CheckInSeries of(Trajectory.Series s) {
            return new CheckInSeries(s.subscale().name(), s.subscale().min(), s.subscale().max(), s.subscale().higherIsBetter(),
                    s.mine().stream().map(CheckInPoint::of).toList(), s.partner().stream().map(CheckInPoint::of).toList());
        }
    }

    record CheckInMarker(LocalDate on, boolean setback, String title) {
    }

    /** My scores over the last weeks, with my partner's while they share them, and the milestones both may see. */
    record CheckInTrajectory(List<CheckInSeries> series, String partnerName, boolean partnerShares, boolean iShare,
            List<CheckInMarker> markers) {

        static CheckInTrajectory of(Trajectory t) {
            return new CheckInTrajectory(t.series().stream().map(CheckInSeries::of).toList(), t.partnerName(), t.partnerShares(),
                    t.iShare(), t.markers().stream().map(m -> new CheckInMarker(m.on(), m.setback(), m.title())).toList());
        }
    }

    @GetMapping
    @Operation(summary = "This week's check-in: its questions and what I answered so far")
    CheckInWeek form(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        return CheckInWeek.of(checkIns.form(me.id()), BrowserLocales.spoken(request));
    }

    @PostMapping
    @Operation(summary = "Answer this week's check-in", description = "Answers outside an item's scale are refused as field "
            + "item-<id>. A finished week is replaced only with replace set.")
    CheckInSaved save(@AuthenticationPrincipal PersonPrincipal me, @RequestBody CheckInAnswersBody body) {
        Map<String, String> sent = new LinkedHashMap<>();
        if (body.answers() != null) {
            body.answers().forEach((item, value) -> sent.put(item, value == null ? null : String.valueOf(value)));
        }
        SaveOutcome outcome = checkIns.save(me.id(), sent, Boolean.TRUE.equals(body.replace()));
        return new CheckInSaved(outcome.kind(), outcome.missing());
    }

    @GetMapping("/trajectory")
    @Operation(summary = "My scores over the last weeks, with my partner's where they share them")
    CheckInTrajectory trajectory(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        return CheckInTrajectory.of(checkIns.trajectory(me.id(), BrowserLocales.spoken(request)));
    }

    @PutMapping("/sharing")
    @Operation(summary = "Show my scores to my partner, or stop", description = "Answers are never shown.")
    CheckInTrajectory sharing(@AuthenticationPrincipal PersonPrincipal me, @RequestBody CheckInSharingBody body,
            HttpServletRequest request) {
        checkIns.setSharing(me.id(), Boolean.TRUE.equals(body.shared()));
        return trajectory(me, request);
    }
}
