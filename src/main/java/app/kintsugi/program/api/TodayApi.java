package app.kintsugi.program.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.platform.BrowserLocales;
import app.kintsugi.platform.api.Paged;
import app.kintsugi.program.Today;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/today")
@Tag(name = "Today", description = "What is due for me, what my partner did that waits for me, and what I wait for.")
@RequiredArgsConstructor
class TodayApi {

    private final Today today;
    private final MessageSource messages;

    /**
     * One line of Today: {@code kind} is stable (a message key), {@code text} the sentence the page shows
     * in the language of Accept-Language, {@code page} where it is done in the browser.
     */
    record TodayLine(String kind, String text, String name, String detail, LocalDate date, Instant at, String page) {
    }

    record TodayLists(List<TodayLine> due, List<TodayLine> waitsForMe, List<TodayLine> iWaitFor) {
    }

    @GetMapping
    @Operation(summary = "Today: due, waiting for me, and what I wait for")
    TodayLists today(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        Locale locale = BrowserLocales.spoken(request);
        Today.View view = today.of(me.id());
        return new TodayLists(
                view.due().stream().map(d -> new TodayLine(d.messageKey(), text(d.messageKey(), locale), null, d.detail(), null, d.at(),
                        d.path())).toList(),
                view.waitsForMe().stream().map(n -> new TodayLine(n.item().messageKey(), text(n.item().messageKey(), locale, n.item().name()),
                        n.item().name(), n.item().detail(), null, n.since(), n.item().path())).toList(),
                view.iWaitFor().stream().map(w -> new TodayLine(w.messageKey(), w.date() == null ? text(w.messageKey(), locale, w.name())
                        : text(w.messageKey(), locale, w.name(), w.date().toString()), w.name(), null, w.date(), null, w.path())).toList());
    }

    /**
     * One line of what my partner did that I was told about: {@code kind} a stable message key, {@code text} the sentence in
     * the language of Accept-Language, {@code count} how many alike came one after another (the newest is {@code at}),
     * {@code unopened} while it still waits for me.
     */
    record TodayHistoryLine(String kind, String text, String name, Instant at, int count, boolean unopened, String page) {
    }

    @GetMapping("/history")
    @Operation(summary = "Everything my partner did that I was told about, newest first; a line stays new until I open what it "
            + "points to")
    Paged<TodayHistoryLine> history(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, HttpServletRequest request) {
        Locale locale = BrowserLocales.spoken(request);
        return Paged.of(today.history(me.id()).stream().map(l -> new TodayHistoryLine(l.messageKey(), text(l.messageKey(), locale,
                l.name()), l.name(), l.at(), l.count(), l.unopened(), l.path())).toList(), page, size, "/api/v1/today/history");
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
