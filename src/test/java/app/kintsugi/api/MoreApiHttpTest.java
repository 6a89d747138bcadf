package app.kintsugi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.ApiClient;
import app.kintsugi.ApiClient.Answer;
import app.kintsugi.IntegrationTest;
import app.kintsugi.account.ApiScope;
import app.kintsugi.account.ApiTokens;
import app.kintsugi.account.PersonId;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.couple.TestCouples.TestCouple;
import tools.jackson.databind.JsonNode;

/**
 * Boundaries, appreciations and kind acts, the weekly check-in, hard moments and reassurance through
 * the API, over a real socket with tokens only: two partners doing each together, input that breaks a
 * rule answered field by field, a change made against an old ETag refused, and what is one partner's
 * own answering the other as if it did not exist.
 */
class MoreApiHttpTest extends IntegrationTest {

    /** Words with markup and more than one script: they must come back exactly as written. */
    private static final String WORDS = "We say when <b>an ex</b> writes — “siempre” 💬";

    @Autowired
    ApiTokens tokens;
    @Autowired
    app.kintsugi.account.Accounts accounts;
    @Autowired
    app.kintsugi.counselor.Counselors counselors;
    @Autowired
    app.kintsugi.counselor.CounselorLinks links;

    private ApiClient api() {
        return new ApiClient(port);
    }

    private String token(PersonId person) {
        return tokens.create(person, "Phone", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7).secret();
    }

    private record Pair(String ana, String ben, String stranger) {
    }

    private Pair pair() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        return new Pair(token(couple.first().id()), token(couple.second().id()), token(people.create("Cleo").id()));
    }

    private static List<String> fields(Answer problem) {
        assertThat(problem.status()).as(problem.body()).isEqualTo(422);
        assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
        return problem.json().get("errors").valueStream().map(e -> {
            assertThat(e.get("message").asString()).isNotBlank().isNotEqualTo(e.get("code").asString());
            return e.get("field").asString();
        }).toList();
    }

    @Test
    void twoPartnersAgreeOnABoundaryChangeItAndSayItWasCrossed() {
        Pair p = pair();
        ApiClient api = api();
        String later = LocalDate.now(clock).plusDays(30).toString();

        assertThat(fields(api.post("/api/v1/boundaries", p.ana(), Map.of("what", " ", "category", "CONTACT", "reviewOn", later))))
                .contains("what");
        Answer proposed = api.post("/api/v1/boundaries", p.ana(), Map.of("what", WORDS, "why", "So neither of us wonders",
                "category", "CONTACT", "reviewOn", later));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String path = proposed.json().get("href").asString();
        assertThat(proposed.header("Location")).isEqualTo(path);
        assertThat(proposed.json().get("status").asString()).isEqualTo("PROPOSED");

        JsonNode bens = api.get("/api/v1/boundaries", p.ben()).json();
        assertThat(bens.get("waitingForMe").get(0).get("href").asString()).isEqualTo(path);
        assertThat(bens.get("waitingForMe").get(0).get("pending").get("what").asString()).as("as written").isEqualTo(WORDS);
        Answer read = api.get(path, p.ben());
        int number = read.json().get("pending").get("number").asInt();
        assertThat(api.post(path + "/agree", p.ben(), Map.of("number", number)).status()).as("no If-Match").isEqualTo(428);
        assertThat(api.post(path + "/agree", p.ben(), Map.of("number", number), "If-Match", "\"7\"").status()).isEqualTo(412);
        Answer agreed = api.post(path + "/agree", p.ben(), Map.of("number", number), "If-Match", read.header("ETag"));
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
        assertThat(agreed.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(agreed.json().get("agreed").get("what").asString()).isEqualTo(WORDS);

        // Ana proposes new words against the ETag she read; the old one is refused afterwards.
        String etag = api.get(path, p.ana()).header("ETag");
        Answer changed = api.put(path, p.ana(), Map.of("what", "We tell each other the same day", "why", "So neither of us wonders",
                "category", "CONTACT", "reviewOn", later), "If-Match", etag);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("pending").get("what").asString()).isEqualTo("We tell each other the same day");
        assertThat(changed.json().get("agreed").get("what").asString()).as("the agreed words hold meanwhile").isEqualTo(WORDS);
        assertThat(api.put(path, p.ana(), Map.of("what", "late", "why", "late", "category", "CONTACT",
                "reviewOn", later), "If-Match", etag)
                .status()).as("stale").isEqualTo(412);
        Answer withdrawn = api.post(path + "/withdraw", p.ana(), null, "If-Match", changed.header("ETag"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("pending").isNull()).isTrue();

        // A crossing, said by Ben about himself, with a note: one line of history both read.
        assertThat(fields(api.post(path + "/crossed", p.ben(), Map.of("about", "NOBODY")))).contains("about");
        Answer crossed = api.post(path + "/crossed", p.ben(), Map.of("about", "SELF", "note", "I answered her message"));
        assertThat(crossed.status()).as(crossed.body()).isEqualTo(200);
        JsonNode history = api.get(path, p.ana()).json().get("history");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("kind").asString()).isEqualTo("CROSSED");
        assertThat(last.get("aboutSelf").asBoolean()).isTrue();
        assertThat(last.get("note").asString()).isEqualTo("I answered her message");

        // Someone outside the couple finds nothing there, not even the actions.
        assertThat(api.get(path, p.stranger()).status()).isEqualTo(404);
        assertThat(api.post(path + "/crossed", p.stranger(), Map.of("about", "SELF")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/boundaries", p.stranger()).body()).doesNotContain("an ex");
    }

    @Test
    void appreciationsGoToThePartnerAndKindActsStayPrivateUntilShared() {
        Pair p = pair();
        ApiClient api = api();

        assertThat(fields(api.post("/api/v1/appreciations", p.ana(), Map.of("text", "  ")))).containsExactly("text");
        Answer sent = api.post("/api/v1/appreciations", p.ana(), Map.of("text", WORDS));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String appreciation = sent.json().get("href").asString();
        assertThat(sent.header("Location")).isEqualTo(appreciation);
        JsonNode received = api.get("/api/v1/appreciations", p.ben()).json().get("received");
        assertThat(received.get(0).get("text").asString()).isEqualTo(WORDS);
        assertThat(received.get(0).get("fresh").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/appreciations", p.ben()).json().get("received").get(0).get("fresh").asBoolean())
                .as("seen once listed").isFalse();
        assertThat(api.get(appreciation, p.ben()).json().get("authorName").asString()).isEqualTo("Ana");
        assertThat(api.get(appreciation, p.stranger()).status()).isEqualTo(404);

        // A kind act: private, then shared, then private again.
        Answer future = api.post("/api/v1/kind-acts", p.ben(), Map.of("text", "Made tea",
                "day", LocalDate.now(clock).plusDays(3).toString()));
        assertThat(fields(future)).containsExactly("day");
        Answer logged = api.post("/api/v1/kind-acts", p.ben(), Map.of("text", "Made tea <i>twice</i>"));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        assertThat(logged.json().get("visibility").asString()).isEqualTo("PRIVATE");
        String act = logged.json().get("href").asString();
        assertThat(api.get(act, p.ana()).status()).as("private: the partner gets 404").isEqualTo(404);
        assertThat(api.get("/api/v1/kind-acts", p.ana()).body()).doesNotContain("Made tea");
        assertThat(api.post(act + "/share", p.ana(), null).status()).as("only the one who did it shares it").isEqualTo(404);
        Answer shared = api.post(act + "/share", p.ben(), null);
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        assertThat(shared.json().get("visibility").asString()).isEqualTo("PARTNER");
        JsonNode partners = api.get("/api/v1/kind-acts", p.ana()).json().get("partners");
        assertThat(partners.get(0).get("text").asString()).isEqualTo("Made tea <i>twice</i>");
        assertThat(api.post(act + "/private", p.ben(), null).json().get("visibility").asString()).isEqualTo("PRIVATE");
        assertThat(api.get(act, p.ana()).status()).isEqualTo(404);

        // The ratio: each sees their own counts; shared only once both chose it.
        Answer mine = api.put("/api/v1/respect/ratio/sharing", p.ana(), Map.of("shared", true));
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.json().get("iShare").asBoolean()).isTrue();
        assertThat(mine.json().get("together").isNull()).as("Ben has not chosen it").isTrue();
        Answer both = api.put("/api/v1/respect/ratio/sharing", p.ben(), Map.of("shared", true));
        assertThat(both.json().get("together").get("weeks").get("positives").asInt()).isPositive();
        assertThat(api.get("/api/v1/respect/ratio", p.stranger()).json().get("hasPartner").asBoolean()).isFalse();
        assertThat(fields(api.put("/api/v1/respect/ratio/sharing", p.stranger(), Map.of("shared", true)))).containsExactly("entry");
    }

    @Test
    void theWeeklyCheckInIsAnsweredAndOnlyScoresAreSharedWhenChosen() {
        Pair p = pair();
        ApiClient api = api();

        Answer form = api.get("/api/v1/check-in", p.ana(), "Accept-Language", "es");
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        JsonNode items = form.json().get("items");
        assertThat(items.size()).isPositive();
        assertThat(form.json().get("complete").asBoolean()).isFalse();
        String first = items.get(0).get("id").asString();

        Answer outside = api.post("/api/v1/check-in", p.ana(), Map.of("answers", Map.of(first, 99)));
        assertThat(fields(outside)).containsExactly("item-" + first);
        assertThat(fields(api.post("/api/v1/check-in", p.ana(), Map.of("answers", Map.of())))).containsExactly("entry");

        Answer partly = api.post("/api/v1/check-in", p.ana(), Map.of("answers", Map.of(first, items.get(0).get("min").asInt())));
        assertThat(partly.json().get("outcome").asString()).isEqualTo("UNFINISHED");
        assertThat(partly.json().get("missing").size()).isEqualTo(items.size() - 1);

        Map<String, Integer> all = new LinkedHashMap<>();
        items.valueStream().forEach(i -> all.put(i.get("id").asString(), i.get("max").asInt()));
        Answer saved = api.post("/api/v1/check-in", p.ana(), Map.of("answers", all));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("outcome").asString()).isEqualTo("SAVED");
        assertThat(api.get("/api/v1/check-in", p.ana()).json().get("complete").asBoolean()).isTrue();
        assertThat(api.post("/api/v1/check-in", p.ana(), Map.of("answers", all)).json().get("outcome").asString())
                .as("a finished week is replaced only when asked").isEqualTo("NEEDS_CONFIRMATION");
        assertThat(api.post("/api/v1/check-in", p.ana(), Map.of("answers", all, "replace", true)).json().get("outcome").asString())
                .isEqualTo("SAVED");

        JsonNode mine = api.get("/api/v1/check-in/trajectory", p.ana()).json();
        assertThat(mine.get("series").get(0).get("mine").size()).isEqualTo(1);
        JsonNode bens = api.get("/api/v1/check-in/trajectory", p.ben()).json();
        assertThat(bens.get("partnerShares").asBoolean()).isFalse();
        assertThat(bens.get("series").get(0).get("partner").size()).as("not shared: nothing of Ana's").isZero();
        assertThat(api.get("/api/v1/check-in", p.ben()).json().get("answers").size()).as("answers are only ever her own").isZero();

        Answer sharing = api.put("/api/v1/check-in/sharing", p.ana(), Map.of("shared", true));
        assertThat(sharing.status()).as(sharing.body()).isEqualTo(200);
        assertThat(sharing.json().get("iShare").asBoolean()).isTrue();
        bens = api.get("/api/v1/check-in/trajectory", p.ben()).json();
        assertThat(bens.get("partnerShares").asBoolean()).isTrue();
        assertThat(bens.get("series").get(0).get("partner").size()).isEqualTo(1);
        assertThat(api.get("/api/v1/check-in/trajectory", p.ben()).body()).doesNotContain("\"answers\"");
    }

    @Test
    void aHardMomentIsLoggedChangedAndDeletedByItsWriterAloneAndReassuranceIsAskedAndAnswered() {
        Pair p = pair();
        ApiClient api = api();

        assertThat(fields(api.post("/api/v1/moments", p.ana(), Map.of("strength", 11, "what", "x")))).containsExactly("strength");
        Map<String, Object> moment = new LinkedHashMap<>();
        moment.put("strength", 7);
        moment.put("what", "A song in the shop <3");
        moment.put("tags", List.of("music"));
        moment.put("did", "Walked out and breathed");
        Answer logged = api.post("/api/v1/moments", p.ana(), moment);
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        String path = logged.json().get("href").asString();
        assertThat(logged.header("Location")).isEqualTo(path);
        assertThat(logged.json().get("what").asString()).isEqualTo("A song in the shop <3");
        assertThat(api.get("/api/v1/moments", p.ana()).json().get("items").get(0).get("href").asString()).isEqualTo(path);

        // Only ever hers: her partner gets 404 for reading, changing and deleting it.
        assertThat(api.get(path, p.ben()).status()).isEqualTo(404);
        assertThat(api.put(path, p.ben(), moment, "If-Match", logged.header("ETag")).status()).isEqualTo(404);
        assertThat(api.delete(path, p.ben()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/moments", p.ben()).json().get("total").asInt()).isZero();

        moment.put("strength", 5);
        moment.put("helped", "Calling my sister");
        Answer changed = api.put(path, p.ana(), moment, "If-Match", logged.header("ETag"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("strength").asInt()).isEqualTo(5);
        assertThat(api.put(path, p.ana(), moment, "If-Match", logged.header("ETag")).status()).as("stale").isEqualTo(412);
        assertThat(api.post("/api/v1/moments/quick", p.ana(), Map.of("strength", 3)).status()).isEqualTo(201);
        assertThat(api.delete(path, p.ana()).status()).isEqualTo(204);
        assertThat(api.get(path, p.ana()).status()).isEqualTo(404);

        // Her plan: a first one against "-1", then a change against its ETag.
        Answer empty = api.get("/api/v1/moments/plan", p.ana());
        assertThat(empty.header("ETag")).isEqualTo("\"-1\"");
        assertThat(fields(api.put("/api/v1/moments/plan", p.ana(), Map.of(), "If-Match", "\"-1\""))).containsExactly("helps");
        Answer plan = api.put("/api/v1/moments/plan", p.ana(), Map.of("helps", "Cold water, a walk"), "If-Match", "\"-1\"");
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat(api.put("/api/v1/moments/plan", p.ana(), Map.of("helps", "late"), "If-Match", "\"-1\"").status()).isEqualTo(412);
        assertThat(api.get("/api/v1/moments/plan", p.ben()).json().get("helps").isNull()).as("Ben's own, empty").isTrue();

        // A hard date: hers, its ask shown to Ben in the days before it, never its name.
        LocalDate soon = LocalDate.now(clock).plusDays(2);
        assertThat(fields(api.post("/api/v1/moments/dates", p.ana(), Map.of("day", "not a day", "label", "x")))).contains("day");
        Answer date = api.post("/api/v1/moments/dates", p.ana(), Map.of("day", soon.toString(), "yearly", true,
                "label", "The day I found out", "ask", "Be home early"));
        assertThat(date.status()).as(date.body()).isEqualTo(201);
        String datePath = date.json().get("href").asString();
        assertThat(api.get("/api/v1/moments/dates", p.ana()).json().get(0).get("href").asString()).isEqualTo(datePath);
        Answer asks = api.get("/api/v1/moments/partner-asks", p.ben());
        assertThat(asks.json().get(0).get("ask").asString()).isEqualTo("Be home early");
        assertThat(asks.body()).doesNotContain("found out");
        assertThat(api.delete(datePath, p.ben()).status()).isEqualTo(404);
        assertThat(api.delete(datePath, p.ana()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/moments/dates", p.ana()).json().size()).isZero();

        // Reassurance: Ana writes a line she would like; Ben accepts it; she asks; he answers with it.
        Answer line = api.post("/api/v1/reassurance/lines", p.ana(), Map.of("text", "I'm here and I'm not going anywhere"));
        assertThat(line.status()).as(line.body()).isEqualTo(201);
        String linePath = line.json().get("href").asString();
        String lineId = line.json().get("id").asString();
        assertThat(api.post(linePath + "/accept", p.ana(), null, "If-Match", line.header("ETag")).status())
                .as("not hers to accept").isEqualTo(404);
        JsonNode bensView = api.get("/api/v1/reassurance", p.ben()).json();
        assertThat(bensView.get("partners").get(0).get("href").asString()).isEqualTo(linePath);
        assertThat(api.post(linePath + "/accept", p.ben(), null, "If-Match", "\"5\"").status()).isEqualTo(412);
        Answer accepted = api.post(linePath + "/accept", p.ben(), null, "If-Match", api.get(linePath, p.ben()).header("ETag"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");

        Answer asked = api.post("/api/v1/reassurance/requests", p.ana(), null);
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String request = asked.json().get("href").asString();
        assertThat(api.get("/api/v1/reassurance", p.ana()).json().get("openRequest").get("href").asString()).isEqualTo(request);
        JsonNode forBen = api.get(request, p.ben()).json();
        assertThat(forBen.get("choices").valueStream().map(c -> c.get("value").asString()).toList()).contains(lineId, "here");
        assertThat(api.post(request + "/answer", p.ana(), Map.of("choice", "here")).status()).as("not hers to answer").isEqualTo(404);
        assertThat(fields(api.post(request + "/answer", p.ben(), Map.of("choice", "anything")))).containsExactly("choice");
        Answer answered = api.post(request + "/answer", p.ben(), Map.of("choice", lineId));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(api.post(request + "/answer", p.ben(), Map.of("choice", "here")).status()).as("once").isEqualTo(412);
        assertThat(api.get(request, p.ana()).json().get("answer").asString()).isEqualTo("I'm here and I'm not going anywhere");
        assertThat(api.get(request, p.stranger()).status()).isEqualTo(404);

        // Pausing: Ana pauses, Ben cannot ask meanwhile.
        assertThat(api.post("/api/v1/reassurance/pause", p.ana(), null).json().get("pausedByMe").asBoolean()).isTrue();
        assertThat(fields(api.post("/api/v1/reassurance/requests", p.ben(), null))).containsExactly("ask");
        assertThat(api.post("/api/v1/reassurance/resume", p.ana(), null).json().get("pausedByMe").asBoolean()).isFalse();
        assertThat(api.delete(linePath, p.ben()).status()).as("only its writer takes a line back").isEqualTo(404);
        assertThat(api.delete(linePath, p.ana()).status()).isEqualTo(204);
        assertThat(api.get(linePath, p.ben()).status()).isEqualTo(404);
    }

    @Test
    void aConversationIsPlannedAnsweredAndAgreedToAndAThreadIsWrittenInTurn() {
        Pair p = pair();
        ApiClient api = api();
        String day = LocalDate.now(clock).plusDays(2).toString();

        Answer wrong = api.post("/api/v1/conversations", p.ana(), Map.of("topic", "Money", "date", day, "time", "25:00",
                "minutes", 5));
        assertThat(fields(wrong)).contains("time", "minutes");
        Answer proposed = api.post("/api/v1/conversations", p.ana(), Map.of("topic", WORDS, "date", day, "time", "19:00",
                "minutes", 30, "place", "The kitchen"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String path = proposed.json().get("href").asString();
        assertThat(proposed.header("Location")).isEqualTo(path);

        JsonNode open = api.get("/api/v1/conversations", p.ben()).json().get("open");
        assertThat(open.get(0).get("href").asString()).isEqualTo(path);
        assertThat(open.get(0).get("topic").asString()).isEqualTo(WORDS);
        assertThat(open.get(0).get("awaitingMe").asBoolean()).isTrue();
        assertThat(api.post(path + "/accept", p.ben(), null, "If-Match", "\"9\"").status()).isEqualTo(412);
        Answer moved = api.post(path + "/time", p.ben(), Map.of("date", day, "time", "20:00", "minutes", 45), "If-Match",
                api.get(path, p.ben()).header("ETag"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("awaitingPartner").asBoolean()).isTrue();
        Answer accepted = api.post(path + "/accept", p.ana(), null, "If-Match", api.get(path, p.ana()).header("ETag"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("minutes").asInt()).isEqualTo(45);

        // Ground rules: Ana adds one of ours; both agree; only she may remove it.
        assertThat(fields(api.post("/api/v1/conversations/rules", p.ana(), Map.of("rule", " ")))).containsExactly("rule");
        Answer rule = api.post("/api/v1/conversations/rules", p.ana(), Map.of("rule", "No phones on the table"));
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);
        String rulePath = rule.json().get("href").asString();
        JsonNode rules = api.get("/api/v1/conversations/rules", p.ben(), "Accept-Language", "es").json();
        assertThat(rules.get("defaults").size()).isPositive();
        assertThat(rules.get("own").get(0).get("text").asString()).isEqualTo("No phones on the table");
        assertThat(api.post(path + "/agree", p.ana(), null).json().get("agreedByMe").asBoolean()).isTrue();
        Answer both = api.post(path + "/agree", p.ben(), null);
        assertThat(both.json().get("startable").asBoolean()).isTrue();
        assertThat(api.delete(rulePath, p.ben()).status()).isEqualTo(404);
        assertThat(api.delete(rulePath, p.ana()).status()).isEqualTo(204);
        assertThat(api.get(path, p.ana()).json().get("agreedByMe").asBoolean()).as("agree again to the rules as they now stand")
                .isFalse();
        Answer called = api.post(path + "/decline", p.ben(), null, "If-Match", api.get(path, p.ben()).header("ETag"));
        assertThat(called.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(api.get("/api/v1/conversations", p.ana()).json().get("past").get(0).get("href").asString()).isEqualTo(path);

        // A written thread, in turn.
        assertThat(fields(api.post("/api/v1/dialogue", p.ben(), Map.of("topic", "Sundays", "text", " ")))).containsExactly("text");
        Answer thread = api.post("/api/v1/dialogue", p.ben(), Map.of("topic", "Sundays", "text", "I felt alone <again> on Sunday"));
        assertThat(thread.status()).as(thread.body()).isEqualTo(201);
        String threadPath = thread.json().get("href").asString();
        assertThat(api.get("/api/v1/dialogue", p.ana()).json().get("threads").get(0).get("unread").asInt()).isEqualTo(1);
        assertThat(api.get(threadPath, p.ana()).json().get("messages").get(0).get("text").asString())
                .isEqualTo("I felt alone <again> on Sunday");
        assertThat(api.get("/api/v1/dialogue", p.ana()).json().get("threads").get(0).get("unread").asInt()).isZero();
        Answer replied = api.post(threadPath + "/messages", p.ana(), Map.of("text", "Thank you for telling me"));
        assertThat(replied.status()).as(replied.body()).isEqualTo(200);
        assertThat(replied.json().get("messages").size()).isEqualTo(2);

        // Nothing of theirs for anyone else.
        assertThat(api.get(path, p.stranger()).status()).isEqualTo(404);
        assertThat(api.get(threadPath, p.stranger()).status()).isEqualTo(404);
        assertThat(api.post(threadPath + "/messages", p.stranger(), Map.of("text", "hello")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/conversations", p.stranger()).body()).doesNotContain("an ex");
    }

    @Test
    void aCounselorReadsOnlyWhatEachPartnerShowsAndKeepsTheirOwnNotes() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        String ana = token(couple.first().id());
        var operator = accounts.register(new app.kintsugi.account.NewAccount(TestAccounts.uniqueEmail(), "Operator",
                TestAccounts.PASSWORD, "en", "UTC"), app.kintsugi.account.AccountRole.OPERATOR);
        var counselor = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "Dr. Ruiz", "A practice", "en").counselor();
        String theirs = token(counselor.id());
        ApiClient api = api();

        Answer shown = api.post("/api/v1/reflections", ana, Map.of("title", "For our sessions", "whatHappened", "What I want to say"));
        Answer hidden = api.post("/api/v1/reflections", ana, Map.of("title", "Only mine", "whatHappened", "Not for anyone"));
        assertThat(hidden.status()).isEqualTo(201);
        var link = links.invite(couple.first().id(), counselor.code(), true).id();

        JsonNode home = api.get("/api/v1/counselor", theirs).json();
        assertThat(home.get("name").asString()).isEqualTo("Dr. Ruiz");
        assertThat(home.get("couples").get(0).get("active").asBoolean()).isFalse();
        assertThat(home.get("couples").get(0).get("href").isNull()).as("no address until both agree").isTrue();
        assertThat(api.get("/api/v1/counselor/couples/" + link, theirs).status()).isEqualTo(404);

        links.consent(couple.second().id(), link);
        var choice = links.choices(couple.first().id()).stream().filter(c -> "For our sessions".equals(c.title())).findFirst()
                .orElseThrow();
        links.show(couple.first().id(), choice.kind(), choice.id(), true);
        String path = api.get("/api/v1/counselor", theirs).json().get("couples").get(0).get("href").asString();
        assertThat(path).isEqualTo("/api/v1/counselor/couples/" + link);
        Answer room = api.get(path, theirs, "Accept-Language", "es");
        assertThat(room.status()).as(room.body()).isEqualTo(200);
        assertThat(room.body()).contains("What I want to say").doesNotContain("Not for anyone");
        assertThat(shown.json().get("whatHappened").asString()).isEqualTo("What I want to say");

        assertThat(fields(api.post(path + "/notes", theirs, Map.of("note", " ")))).containsExactly("note");
        Answer noted = api.post(path + "/notes", theirs, Map.of("note", "Ask about <the> weekend"));
        assertThat(noted.status()).as(noted.body()).isEqualTo(201);
        String note = noted.json().get("notes").get(0).get("href").asString();
        assertThat(noted.json().get("notes").get(0).get("text").asString()).isEqualTo("Ask about <the> weekend");

        // The partners never reach the counselor's routes, nor their notes.
        assertThat(api.get(path, ana).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/counselor", ana).status()).isEqualTo(404);
        assertThat(api.delete(note, ana).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/export", ana).body()).doesNotContain("Ask about");

        assertThat(api.delete(note, theirs).status()).isEqualTo(204);
        assertThat(api.delete(note, theirs).status()).isEqualTo(404);
        assertThat(api.post(path + "/end", theirs, null).status()).isEqualTo(204);
        assertThat(api.get(path, theirs).status()).as("ended: nothing shown any more").isEqualTo(404);
    }

    @Test
    void partnersInviteAgreeChooseWhatToShowAndEndThroughTheApiAlone() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        String ana = token(couple.first().id());
        String ben = token(couple.second().id());
        String cleo = token(testCouples.of("Cleo", "Dan").first().id());
        var operator = accounts.register(new app.kintsugi.account.NewAccount(TestAccounts.uniqueEmail(), "Operator",
                TestAccounts.PASSWORD, "en", "UTC"), app.kintsugi.account.AccountRole.OPERATOR);
        var counselor = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "Dr. Ruiz", "A practice", "en").counselor();
        String theirs = token(counselor.id());
        ApiClient api = api();
        api.post("/api/v1/reflections", ana, Map.of("title", "For our sessions", "whatHappened", "What I want to say"));
        api.post("/api/v1/reflections", ana, Map.of("title", "Only mine", "whatHappened", "Not for anyone"));

        assertThat(api.get("/api/v1/help/counselor", ana).json().get("link").isNull()).isTrue();
        assertThat(fields(api.post("/api/v1/help/counselor/invite", ana, Map.of("counselor", counselor.code(), "consent", false))))
                .containsExactly("consent");
        Answer invited = api.post("/api/v1/help/counselor/invite", ana, Map.of("counselor", counselor.code(), "consent", true));
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        String link = invited.json().get("href").asString();
        assertThat(invited.json().get("state").asString()).isEqualTo("WAITING_FOR_PARTNER");
        assertThat(api.get(link, ben).json().get("state").asString()).isEqualTo("WAITING_FOR_ME");
        assertThat(api.get(link, cleo).status()).isEqualTo(404);
        assertThat(api.post(link + "/consent", cleo, Map.of("agree", true)).status()).isEqualTo(404);
        assertThat(fields(api.post(link + "/consent", ben, Map.of("agree", false)))).containsExactly("agree");
        assertThat(api.post(link + "/consent", ben, Map.of("agree", true)).status()).isEqualTo(204);
        assertThat(api.get(link, ana).json().get("state").asString()).isEqualTo("ACTIVE");

        JsonNode choices = api.get("/api/v1/help/counselor", ana).json().get("choices");
        JsonNode entry = null;
        for (JsonNode c : choices) {
            if ("For our sessions".equals(c.get("title").asString(null))) {
                entry = c;
            }
        }
        assertThat(entry).isNotNull();
        Map<String, Object> show = Map.of("kind", entry.get("kind").asString(), "entry", entry.get("entry").asString(), "show", true);
        assertThat(api.put("/api/v1/help/counselor/shown", ben, show).status()).as("not Ben's to show").isEqualTo(404);
        assertThat(api.put("/api/v1/help/counselor/shown", cleo, show).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/help/counselor/shown", ana, show).status()).isEqualTo(204);
        String room = api.get("/api/v1/counselor", theirs).json().get("couples").get(0).get("href").asString();
        assertThat(api.get(room, theirs).body()).contains("What I want to say").doesNotContain("Not for anyone");

        // A whole kind, then taken back: the next request shows nothing of it.
        assertThat(api.put("/api/v1/help/counselor/shown-kinds", ana, Map.of("kind", entry.get("kind").asString(), "show", true))
                .status()).isEqualTo(204);
        assertThat(api.get(room, theirs).body()).contains("Not for anyone");
        assertThat(api.put("/api/v1/help/counselor/shown-kinds", ana, Map.of("kind", entry.get("kind").asString(), "show", false))
                .status()).isEqualTo(204);
        assertThat(api.put("/api/v1/help/counselor/shown-kinds", ana, Map.of("kind", "no-such-kind", "show", true)).status())
                .isEqualTo(404);
        assertThat(api.get(room, theirs).body()).contains("What I want to say").doesNotContain("Not for anyone");
        assertThat(api.get("/api/v1/help/counselor", ana).json().get("reads").size()).isPositive();

        // Her summary in counts, when she shows it; nothing of the kind for Ben, who shows nothing.
        JsonNode partners = api.get(room, theirs).json().get("partners");
        assertThat(partners.get(0).get("summary").isNull()).isTrue();
        for (JsonNode c : api.get("/api/v1/help/counselor", ana).json().get("choices")) {
            if (c.get("kind").asString().equals("summary") || c.get("kind").asString().endsWith("summary")) {
                assertThat(api.put("/api/v1/help/counselor/shown", ana,
                        Map.of("kind", c.get("kind").asString(), "entry", c.get("entry").asString(), "show", true)).status()).isEqualTo(204);
            }
        }
        partners = api.get(room, theirs).json().get("partners");
        JsonNode hers = "Ana".equals(partners.get(0).get("name").asString()) ? partners.get(0) : partners.get(1);
        JsonNode his = hers == partners.get(0) ? partners.get(1) : partners.get(0);
        assertThat(hers.get("summary").get("questionsForThem").isInt()).as(hers.toString()).isTrue();
        assertThat(his.get("summary").isNull()).isTrue();
        assertThat(his.get("flags").isNull()).as("no scores shown, no flags").isTrue();

        assertThat(api.post(link + "/end", cleo, null).status()).isEqualTo(404);
        assertThat(api.post(link + "/end", ben, null).status()).isEqualTo(204);
        assertThat(api.get(room, theirs).status()).as("ended: nothing shown any more").isEqualTo(404);
        assertThat(api.get("/api/v1/help/counselor", theirs).status()).as("a counselor has no such side").isEqualTo(404);
    }

    @Test
    void helpGivesMyOwnAdviceAndKeepsTheRegionIChoose() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        String ana = token(couple.first().id());
        String ben = token(couple.second().id());
        ApiClient api = api();
        JsonNode help = api.get("/api/v1/help", ana, "Accept-Language", "es").json();
        assertThat(help.get("regionChosen").asBoolean()).isFalse();
        assertThat(help.get("regions").size()).isPositive();
        String code = help.get("regions").get(help.get("regions").size() - 1).get("code").asString();
        Answer bad = api.put("/api/v1/help/region", ana, Map.of("region", "<script>"), "Accept-Language", "es");
        assertThat(fields(bad)).containsExactly("region");
        assertThat(api.put("/api/v1/help/region", ana, Map.of("region", code)).status()).isEqualTo(204);
        JsonNode after = api.get("/api/v1/help", ana).json();
        assertThat(after.get("regionChosen").asBoolean()).isTrue();
        assertThat(after.get("region").get("code").asString()).isEqualTo(code);
        assertThat(api.get("/api/v1/help", ben).json().get("regionChosen").asBoolean()).as("each person's own").isFalse();
        assertThat(api.get("/api/v1/help", null).status()).isEqualTo(401);
    }

    @Test
    void aSessionReportIsMadeFromMyOwnEntriesOnly() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        String ana = token(couple.first().id());
        String ben = token(couple.second().id());
        ApiClient api = api();
        String mine = api.post("/api/v1/reflections", ana, Map.of("title", "For the session", "whatHappened", "What I want to say"))
                .json().get("id").asString();
        String his = api.post("/api/v1/reflections", ben, Map.of("title", "His", "whatHappened", "Only his"))
                .json().get("id").asString();
        JsonNode choices = api.get("/api/v1/help/prepare", ana).json();
        assertThat(choices.get("sections").toString()).contains("TREND").contains("QUESTIONS").contains("COMMITMENTS");
        assertThat(choices.get("reflections").toString()).contains(mine).doesNotContain(his);

        Answer pdf = api.post("/api/v1/help/prepare", ana, Map.of("include", List.of("QUESTIONS"), "reflections", List.of(mine),
                "talkAbout", "Trust, and the weekend"));
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
        assertThat(String.valueOf(pdf.header("Content-Type"))).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(api.post("/api/v1/help/prepare", ana, Map.of("reflections", List.of(his))).status()).as("not hers").isEqualTo(404);
        assertThat(fields(api.post("/api/v1/help/prepare", ana, Map.of("talkAbout", "x".repeat(20_001))))).containsExactly("talkAbout");
    }
}
