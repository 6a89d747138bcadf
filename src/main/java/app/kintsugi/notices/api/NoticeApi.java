package app.kintsugi.notices.api;

import java.time.DayOfWeek;
import java.time.LocalTime;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.notices.MailLook;
import app.kintsugi.notices.NoticeChoiceDraft;
import app.kintsugi.notices.NoticeChoices;
import app.kintsugi.notices.NoticeLinks;
import app.kintsugi.notices.NoticeStatus;
import app.kintsugi.notices.Notices;
import app.kintsugi.platform.api.EntityTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "Notices", description = "My own notices by mail and my reminders: what I chose, quiet hours, the look of the "
        + "mails, confirming my address, and a private calendar address. Everything is off until I choose it; a mail only "
        + "ever says that something is new.")
@RequiredArgsConstructor
class NoticeApi {

    static final String PATH = "/api/v1/notices";
    private final Notices notices;
    private final NoticeLinks links;

    /**
     * My choices as I send them: times as HH:MM in my time zone; {@code delivery} NOW (as things come) or DAILY (at most
     * once a day, at {@code dailyAt}); {@code weeklyDay} MONDAY to SUNDAY, or empty for any day the check-in is due;
     * {@code look} NAMED, NOTIFICATIONS, UPDATES or CALENDAR.
     */
    record NoticeSettingsBody(boolean partnerNews, boolean quietHours, String quietFrom, String quietUntil, String delivery,
            String dailyAt, boolean reminders, String remindAt, String weeklyDay, boolean conversationBefore, String look) {

        NoticeChoiceDraft draft() {
            return new NoticeChoiceDraft(partnerNews, quietHours, quietFrom, quietUntil, delivery, dailyAt, reminders, remindAt,
                    weeklyDay, conversationBefore, look);
        }
    }

    /**
     * My choices and where they stand. {@code address}: where mails go; {@code confirmed}: it was confirmed through a link;
     * {@code mailConfigured}: this instance can send mail at all; {@code bounced}: the address was refused, so nothing is sent
     * until it is confirmed again; {@code calendar}: I have a calendar address.
     */
    record NoticeSettings(boolean partnerNews, boolean quietHours, LocalTime quietFrom, LocalTime quietUntil, String delivery,
            LocalTime dailyAt, boolean reminders, LocalTime remindAt, DayOfWeek weeklyDay, boolean conversationBefore, MailLook look,
            String address, boolean confirmed, boolean linkRequested, boolean mailConfigured, boolean bounced, boolean calendar,
            long version) {

        static NoticeSettings of(NoticeStatus s) {
            NoticeChoices c = s.choices();
            return new NoticeSettings(c.partnerNews(), c.quietHours(), c.quietFrom(), c.quietUntil(), c.daily() ? "DAILY" : "NOW",
                    c.dailyAt(), c.reminders().dueThings(), c.reminders().at(), c.reminders().weeklyDay(),
                    c.reminders().conversationBefore(), c.look(), s.address(), s.confirmed(), s.linkRequested(), s.mailConfigured(),
                    s.bounced(), s.hasFeed(), s.version());
        }
    }

    /** A new calendar address, shown this once: only its hash is kept. The one before stops working. */
    record CalendarAddress(String address) {
    }

    @GetMapping
    @Operation(summary = "My notice choices and where they stand; the ETag is their version")
    ResponseEntity<NoticeSettings> settings(@AuthenticationPrincipal PersonPrincipal me) {
        return answer(notices.status(me.id()));
    }

    @PutMapping
    @Operation(summary = "Change my notice choices", description = "Send the ETag read as If-Match.")
    ResponseEntity<NoticeSettings> choose(@AuthenticationPrincipal PersonPrincipal me,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody NoticeSettingsBody body) {
        long expected = EntityTags.expected(ifMatch);
        notices.choose(me.id(), body.draft(), (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, expected)));
        return answer(notices.status(me.id()));
    }

    @PostMapping("/confirmation")
    @Operation(summary = "Ask for a link that confirms my address; it is sent with the next run of the notices")
    ResponseEntity<NoticeSettings> requestConfirmation(@AuthenticationPrincipal PersonPrincipal me) {
        notices.requestConfirmation(me.id());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(NoticeSettings.of(notices.status(me.id())));
    }

    @PostMapping("/calendar")
    @Operation(summary = "Make a new private calendar address for my meetings and reminders; shown this once")
    ResponseEntity<CalendarAddress> newCalendar(@AuthenticationPrincipal PersonPrincipal me) {
        String address = links.link("/calendar/" + notices.newCalendarAddress(me.id()) + ".ics");
        return ResponseEntity.ok(new CalendarAddress(address));
    }

    @DeleteMapping("/calendar")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop my calendar address: it answers nothing from now on")
    void stopCalendar(@AuthenticationPrincipal PersonPrincipal me) {
        notices.stopCalendar(me.id());
    }

    private static ResponseEntity<NoticeSettings> answer(NoticeStatus s) {
        return ResponseEntity.ok().eTag(EntityTags.of(s.version())).body(NoticeSettings.of(s));
    }
}
