package app.kintsugi.communication.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.communication.Conversations;
import app.kintsugi.communication.GroundRuleView;
import app.kintsugi.platform.BrowserLocales;
import app.kintsugi.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/conversations/rules")
@Tag(name = "Ground rules", description = "Step 2: the rules every planned conversation keeps: the program's own, and the "
        + "couple's. Adding or removing one asks both to agree again to open conversations.")
@RequiredArgsConstructor
class GroundRuleApi {

    static final String PATH = "/api/v1/conversations/rules";
    private final Conversations conversations;

    /** The rule, in a sentence. */
    record GroundRuleBody(String rule) {
    }

    /** One of the program's own rules, in the language of Accept-Language. */
    record DefaultGroundRule(String id, String text) {
    }

    record GroundRule(UUID id, String text, String authorName, boolean mine, String href) {

        static GroundRule of(GroundRuleView r) {
            return new GroundRule(r.id(), r.text(), r.authorName(), r.mine(), PATH + "/" + r.id());
        }
    }

    /** {@code ended}: rules I added in a space that ended, mine to read, no longer to change. */
    record GroundRuleLists(List<DefaultGroundRule> defaults, List<GroundRule> own, List<GroundRule> ended) {
    }

    @GetMapping
    @Operation(summary = "The ground rules: the program's, ours, and mine from a space that ended")
    GroundRuleLists all(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        return new GroundRuleLists(conversations.defaultRules(BrowserLocales.spoken(request)).stream()
                .map(r -> new DefaultGroundRule(r.id(), r.text())).toList(),
                conversations.ownRules(me.id()).stream().map(GroundRule::of).toList(),
                conversations.rulesFromEndedSpaces(me.id()).stream()
                        .map(r -> new GroundRule(r.id(), r.text(), r.authorName(), r.mine(), null)).toList());
    }

    @PostMapping
    @Operation(summary = "Add a rule to ours", description = "Agreements to conversations that have not started are cleared.")
    ResponseEntity<GroundRule> add(@AuthenticationPrincipal PersonPrincipal me, @RequestBody GroundRuleBody body) {
        UUID id = conversations.addRule(me.id(), body.rule());
        return ResponseEntity.created(URI.create(PATH + "/" + id)).body(find(me, id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of our rules")
    GroundRule read(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return find(me, id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a rule I added", description = "Agreements to conversations that have not started are cleared.")
    void remove(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        conversations.removeRule(me.id(), id);
    }

    private GroundRule find(PersonPrincipal me, UUID id) {
        return conversations.ownRules(me.id()).stream().filter(r -> r.id().equals(id)).findFirst().map(GroundRule::of)
                .orElseThrow(NotFoundException::new);
    }
}
