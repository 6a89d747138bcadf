package app.kintsugi.safety.api;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.platform.BrowserLocales;
import app.kintsugi.resources.HelpRegion;
import app.kintsugi.resources.HelpResource;
import app.kintsugi.resources.HelpResources;
import app.kintsugi.resources.ResourceKind;
import app.kintsugi.safety.SafetyAnswer;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.safety.SafetyQuestion;
import app.kintsugi.safety.SafetyStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/safety")
@Tag(name = "Safety", description = "The private safety check: my own answers and my own result, and where to find help. "
        + "Never shown to my partner, never changing what my partner sees, never notifying anyone; nothing here is about "
        + "anyone but the caller.")
@RequiredArgsConstructor
class SafetyApi {

    static final String PATH = "/api/v1/safety";
    private final SafetyChecks checks;
    private final HelpResources resources;
    private final MessageSource messages;

    /** One question, worded in the language of Accept-Language. */
    record SafetyQuestionText(SafetyQuestion id, String text) {
    }

    record SafetyAnswerChoice(SafetyAnswer value, String label) {
    }

    /** The check to answer, and when I last answered it (null if never). */
    record SafetyCheckForm(String lead, String privacy, String timeframe, List<SafetyQuestionText> questions,
            List<SafetyAnswerChoice> choices, Instant lastTakenAt, String result) {
    }

    /**
     * An answer for every question, by its id: NEVER, SOMETIMES, OFTEN or RATHER_NOT_SAY ("I'd rather not say" counts
     * as an answer). A question left out, or answered with anything else, is named in the problem as {@code answers[ID]}.
     */
    record SafetyCheckBody(Map<String, String> answers) {
    }

    /** Somewhere to turn to: {@code phone} and {@code url} may each be null, {@code hours} too when not known. */
    record SafetyResource(ResourceKind kind, String name, String description, String phone, String url, String hours) {

        static SafetyResource of(HelpResource r, Locale locale) {
            return new SafetyResource(r.kind(), r.name(locale), r.description(locale), r.phone(), r.url(), r.hours(locale));
        }
    }

    /**
     * Where to find help in a region: the one asked for, else the one I chose, else a guess from my languages.
     * {@code urgent}: for the moments that cannot wait; {@code ongoing}: finding a counselor or a therapist.
     */
    record SafetyResources(String region, String regionName, List<SafetyResource> urgent, List<SafetyResource> ongoing) {

        static SafetyResources of(HelpRegion region, Locale locale) {
            return new SafetyResources(region.code(), region.name(locale),
                    region.urgent().stream().map(r -> SafetyResource.of(r, locale)).toList(),
                    region.ongoing().stream().map(r -> SafetyResource.of(r, locale)).toList());
        }
    }

    /**
     * My latest result: NOT_TAKEN, CLEAR or CONCERNING, with what it means in the language of Accept-Language. When it is
     * concerning, {@code resources} is where to find help; otherwise it is null.
     */
    record SafetyResult(SafetyStatus.Outcome outcome, Instant takenAt, boolean readyForJointWork, List<String> text,
            SafetyResources resources) {
    }

    @GetMapping
    @Operation(summary = "The safety check to answer, and when I last answered it")
    SafetyCheckForm form(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        Locale locale = BrowserLocales.spoken(request);
        SafetyStatus status = checks.status(me.id());
        return new SafetyCheckForm(text("safety.lead", locale), text("safety.private", locale), text("safety.timeframe", locale),
                Arrays.stream(SafetyQuestion.values()).map(q -> new SafetyQuestionText(q, text("safety.question." + q.name(), locale)))
                        .toList(),
                Arrays.stream(SafetyAnswer.values()).map(a -> new SafetyAnswerChoice(a, text("safety.answer." + a.name(), locale)))
                        .toList(),
                status.takenAt().orElse(null), PATH + "/result");
    }

    @PostMapping
    @Operation(summary = "Answer the safety check, privately; the answer is my result")
    ResponseEntity<SafetyResult> answer(@AuthenticationPrincipal PersonPrincipal me, @RequestBody SafetyCheckBody body,
            HttpServletRequest request) {
        Map<SafetyQuestion, SafetyAnswer> answers = new EnumMap<>(SafetyQuestion.class);
        Map<String, String> given = body.answers() == null ? Map.of() : body.answers();
        for (SafetyQuestion q : SafetyQuestion.values()) {
            String value = given.get(q.name());
            // An unknown value counts as unanswered and gets the same message, as on the page.
            Arrays.stream(SafetyAnswer.values()).filter(a -> a.name().equals(value)).findFirst().ifPresent(a -> answers.put(q, a));
        }
        SafetyStatus status = checks.record(me.id(), answers);
        return ResponseEntity.created(URI.create(PATH + "/result")).body(result(me, status, request));
    }

    @GetMapping("/result")
    @Operation(summary = "My latest result, and where to find help when it is concerning")
    SafetyResult result(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        return result(me, checks.status(me.id()), request);
    }

    @GetMapping("/resources")
    @Operation(summary = "Where to find help, at any time", description = "{@code region}: a region code of this instance's "
            + "resources file; left out, the one I chose, else a guess from Accept-Language.")
    SafetyResources resources(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) String region,
            HttpServletRequest request) {
        return SafetyResources.of(resources.regionFor(me.id(), region, BrowserLocales.of(request)), BrowserLocales.spoken(request));
    }

    private SafetyResult result(PersonPrincipal me, SafetyStatus status, HttpServletRequest request) {
        Locale locale = BrowserLocales.spoken(request);
        List<String> text = switch (status.outcome()) {
            case NOT_TAKEN -> List.of(text("safety.lead", locale));
            case CLEAR -> List.of(text("safety.result.clear.lead", locale), text("safety.result.clear.more", locale));
            case CONCERNING -> List.of(text("safety.result.concerning.lead", locale), text("safety.result.concerning.advice", locale));
        };
        SafetyResources help = status.concerning()
                ? SafetyResources.of(resources.regionFor(me.id(), null, BrowserLocales.of(request)), locale)
                : null;
        return new SafetyResult(status.outcome(), status.takenAt().orElse(null), status.readyForJointWork(), text, help);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
