package app.kintsugi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
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
import app.kintsugi.couple.TestCouples.TestCouple;
import tools.jackson.databind.JsonNode;

/**
 * The rest of step 4 through the API, over a real socket with tokens only: the sharing log and its
 * acknowledgements, the amends plan, the accountability timeline and the prepared disclosure from its
 * first draft to the questions asked about its parts; with the same rules as the pages, input that breaks
 * a rule answered field by field in the caller's language, stale changes refused, and everything that is
 * not the caller's answering as if it did not exist.
 */
class TransparencyApiHttpTest extends IntegrationTest {

    private static final String WORDS = "I met <b>her</b> twice more — “nunca” 💬";

    @Autowired
    ApiTokens tokens;

    private String token(PersonId person) {
        return tokens.create(person, "Phone", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7).secret();
    }

    private record Pair(String ana, String ben, String other) {
    }

    private Pair pair() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestCouple others = testCouples.of("Cleo", "Dan");
        return new Pair(token(couple.first().id()), token(couple.second().id()), token(others.first().id()));
    }

    private static List<String> fields(Answer problem) {
        assertThat(problem.status()).as(problem.body()).isEqualTo(422);
        assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
        return problem.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private static String message(Answer problem, String field) {
        return problem.json().get("errors").valueStream().filter(e -> e.get("field").asString().equals(field)).findFirst()
                .orElseThrow().get("message").asString();
    }

    @Test
    void whatIsSharedIsAcknowledgedOnceAndShowsOnTheTimeline() {
        Pair p = pair();
        ApiClient api = new ApiClient(port);

        Answer empty = api.post("/api/v1/sharing", p.ana(), Map.of("text", "  "), "Accept-Language", "es");
        assertThat(fields(empty)).containsExactly("text");
        assertThat(message(empty, "text")).isEqualTo("Escribe lo que quieres que sepa tu pareja.");
        Answer shared = api.post("/api/v1/sharing", p.ana(), Map.of("text", WORDS));
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        String path = shared.json().get("href").asString();
        assertThat(shared.header("Location")).isEqualTo(path);

        JsonNode bens = api.get("/api/v1/sharing", p.ben()).json();
        assertThat(bens.get("total").asInt()).isEqualTo(1);
        assertThat(bens.get("items").get(0).get("text").asString()).as("as written").isEqualTo(WORDS);
        assertThat(bens.get("items").get(0).get("canAcknowledge").asBoolean()).isTrue();
        assertThat(fields(api.post(path + "/acknowledgement", p.ana(), Map.of()))).as("not hers to acknowledge").containsExactly("entry");
        Answer acknowledged = api.post(path + "/acknowledgement", p.ben(), Map.of("note", "Thank you for telling me"));
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(api.get(path, p.ana()).json().get("ackNote").asString()).isEqualTo("Thank you for telling me");
        assertThat(fields(api.post(path + "/acknowledgement", p.ben(), Map.of()))).as("once").containsExactly("entry");

        assertThat(api.get(path, p.other()).status()).isEqualTo(404);
        assertThat(api.post(path + "/acknowledgement", p.other(), Map.of()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/sharing", p.other()).body()).doesNotContain("twice more");
        assertThat(api.get("/api/v1/sharing/earlier", p.ana()).json().get("total").asInt()).isZero();

        JsonNode timeline = api.get("/api/v1/accountability", p.ben()).json();
        assertThat(timeline.get("items").get(0).get("kind").asString()).isEqualTo("DISCLOSURE");
        assertThat(timeline.get("items").get(0).get("href").asString()).isEqualTo(path);
        assertThat(timeline.get("items").get(0).get("acknowledged").asBoolean()).isTrue();
        assertThat(timeline.get("next").isNull()).isTrue();
        assertThat(api.get("/api/v1/accountability", p.other()).body()).doesNotContain("twice more");
    }

    @Test
    void anActionOfTheAmendsPlanIsMovedAlongByItsAuthorAndAcknowledgedByThePartner() {
        Pair p = pair();
        ApiClient api = new ApiClient(port);
        String later = LocalDate.now(clock).plusDays(10).toString();

        Answer bad = api.post("/api/v1/amends", p.ana(), Map.of("text", "", "due", "someday"), "Accept-Language", "es");
        assertThat(fields(bad)).containsExactly("due", "text");
        assertThat(message(bad, "due")).isEqualTo("Elige una fecha del calendario.");
        Answer planned = api.post("/api/v1/amends", p.ana(), Map.of("text", WORDS, "due", later));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String path = planned.json().get("href").asString();
        assertThat(planned.json().get("status").asString()).isEqualTo("PLANNED");
        assertThat(api.get("/api/v1/amends", p.ben()).json().get("partners").get(0).get("text").asString()).isEqualTo(WORDS);

        String etag = api.get(path, p.ana()).header("ETag");
        Answer changed = api.put(path, p.ana(), Map.of("text", "Tell you where I am each evening", "due", later), "If-Match", etag);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(api.put(path, p.ana(), Map.of("text", "late", "due", later), "If-Match", etag).status()).as("stale").isEqualTo(412);
        assertThat(api.post(path + "/status", p.ana(), Map.of("status", "DONE")).status()).as("no If-Match").isEqualTo(428);
        assertThat(api.post(path + "/status", p.ben(), Map.of("status", "DONE"), "If-Match", changed.header("ETag")).status())
                .as("only its author moves it").isEqualTo(404);
        assertThat(fields(api.post(path + "/acknowledgement", p.ben(), Map.of()))).as("not done yet").containsExactly("entry");
        Answer done = api.post(path + "/status", p.ana(), Map.of("status", "DONE"), "If-Match", changed.header("ETag"));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("canChange").asBoolean()).isFalse();
        assertThat(fields(api.put(path, p.ana(), Map.of("text", "more", "due", later), "If-Match", done.header("ETag"))))
                .containsExactly("entry");

        Answer acknowledged = api.post(path + "/acknowledgement", p.ben(), Map.of("note", "I noticed"));
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.json().get("ackNote").asString()).isEqualTo("I noticed");
        JsonNode timeline = api.get("/api/v1/accountability", p.ana()).json().get("items");
        assertThat(timeline.get(0).get("kind").asString()).isEqualTo("AMEND");
        assertThat(timeline.get(0).get("href").asString()).isEqualTo(path);

        assertThat(api.get(path, p.other()).status()).isEqualTo(404);
        assertThat(api.put(path, p.other(), Map.of("text", "x", "due", later), "If-Match", done.header("ETag")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/amends", p.other()).body()).doesNotContain("each evening");
    }

    @Test
    void aPreparedDisclosureIsWrittenAloneGivenAtAnAgreedTimeReadAndAskedAbout() {
        Pair p = pair();
        ApiClient api = new ApiClient(port);

        Answer started = api.post("/api/v1/disclosures", p.ana(), null);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String path = started.json().get("href").asString();
        assertThat(api.post("/api/v1/disclosures", p.ana(), null).json().get("href").asString()).as("one each").isEqualTo(path);
        Map<String, String> parts = Map.of("timeline", WORDS, "hidden", "The messages", "who-knows", "My brother",
                "contact-now", "None since March");
        Answer saved = api.put(path, p.ana(), Map.of("parts", parts), "If-Match", started.header("ETag"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("parts").get("timeline").asString()).isEqualTo(WORDS);
        assertThat(api.put(path, p.ana(), Map.of("parts", parts), "If-Match", started.header("ETag")).status()).as("stale").isEqualTo(412);

        // A draft does not exist for the partner, nor for anyone else.
        assertThat(api.get(path, p.ben()).status()).isEqualTo(404);
        assertThat(api.get(path + "/questions", p.ben()).status()).isEqualTo(404);
        assertThat(api.post(path + "/break", p.ben(), null).status()).isEqualTo(404);
        assertThat(api.post(path + "/break", p.ana(), null).json().get("mine").asBoolean()).as("hers while writing").isTrue();
        assertThat(api.delete(path + "/break", p.ana()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/disclosures", p.ben()).json().get("forMe").size()).isZero();
        assertThat(api.get(path, p.other()).status()).isEqualTo(404);
        assertThat(api.get(path + "/questions", p.other()).status()).isEqualTo(404);

        String day = LocalDate.now(clock).plusDays(3).toString();
        Answer noDay = api.post(path + "/time", p.ana(), Map.of("time", "20:00"), "If-Match", saved.header("ETag"), "Accept-Language", "es");
        assertThat(fields(noDay)).containsExactly("day");
        assertThat(message(noDay, "day")).isEqualTo("Elige un día.");
        Answer proposed = api.post(path + "/time", p.ana(), Map.of("day", day, "time", "20:00"), "If-Match", saved.header("ETag"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        assertThat(proposed.json().get("status").asString()).isEqualTo("PROPOSED");

        Answer bens = api.get(path, p.ben());
        assertThat(bens.status()).isEqualTo(200);
        assertThat(bens.json().get("parts").size()).as("only the meeting before it is given").isZero();
        assertThat(bens.body()).doesNotContain("twice more").doesNotContain("My brother");
        assertThat(bens.json().get("canAccept").asBoolean()).isTrue();
        assertThat(fields(api.post(path + "/time/accept", p.ben(), Map.of(), "If-Match", bens.header("ETag")))).containsExactly("way");
        Answer accepted = api.post(path + "/time/accept", p.ben(), Map.of("way", "TOGETHER"), "If-Match", bens.header("ETag"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("PLANNED");
        assertThat(api.post(path + "/give", p.ben(), null, "If-Match", accepted.header("ETag")).status()).as("only its author gives it")
                .isEqualTo(404);
        assertThat(api.post(path + "/give", p.ana(), null, "If-Match", bens.header("ETag")).status()).as("stale").isEqualTo(412);
        Answer given = api.post(path + "/give", p.ana(), null, "If-Match", accepted.header("ETag"));
        assertThat(given.status()).as(given.body()).isEqualTo(200);
        assertThat(given.json().get("status").asString()).isEqualTo("GIVEN");
        assertThat(api.put(path, p.ana(), Map.of("parts", parts), "If-Match", given.header("ETag")).status()).as("it does not change")
                .isEqualTo(422);

        Answer pause = api.post(path + "/break", p.ben(), null);
        assertThat(pause.status()).as(pause.body()).isEqualTo(200);
        assertThat(pause.json().get("mine").asBoolean()).isTrue();
        JsonNode seen = api.get(path + "/break", p.ana()).json();
        assertThat(seen.get("onBreak").asBoolean()).isTrue();
        assertThat(seen.get("mine").asBoolean()).isFalse();
        assertThat(seen.get("name").asString()).isEqualTo("Ben");
        assertThat(api.get(path + "/break", p.other()).status()).isEqualTo(404);
        assertThat(api.post(path + "/break", p.other(), null).status()).isEqualTo(404);
        assertThat(api.delete(path + "/break", p.ben()).json().get("onBreak").asBoolean()).isFalse();
        Answer read = api.post(path + "/read", p.ben(), null);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("parts").get("who-knows").asString()).isEqualTo("My brother");
        assertThat(fields(api.post(path + "/marks", p.ben(), Map.of("part", "nowhere", "mark", "ANSWERED")))).containsExactly("part");
        Answer marked = api.post(path + "/marks", p.ben(), Map.of("part", "hidden", "mark", "MORE_QUESTIONS"));
        assertThat(marked.json().get("marks").get("hidden").asString()).isEqualTo("MORE_QUESTIONS");

        assertThat(fields(api.post(path + "/questions", p.ben(), Map.of("part", "hidden", "text", " ")))).containsExactly("text");
        Answer asked = api.post(path + "/questions", p.ben(), Map.of("part", "hidden", "text", "Which messages?"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.header("Location")).startsWith("/api/v1/questions/");
        assertThat(api.post(path + "/questions", p.ana(), Map.of("part", "hidden", "text", "Mine?")).status())
                .as("the author does not ask about her own").isEqualTo(404);
        JsonNode questions = api.get(path + "/questions", p.ana()).json();
        assertThat(questions.get("items").get(0).get("part").asString()).isEqualTo("hidden");
        assertThat(questions.get("items").get(0).get("text").asString()).isEqualTo("Which messages?");
        assertThat(api.get(asked.header("Location"), p.ana()).status()).isEqualTo(200);

        Answer added = api.post(path + "/additions", p.ana(), Map.of("text", "One more thing I remembered"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(api.post(path + "/additions", p.ben(), Map.of("text", "x")).status()).isEqualTo(404);
        assertThat(api.post(path + "/read", p.ben(), null).json().get("newAdditions").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/disclosures", p.ben()).json().get("forMe").get(0).get("href").asString()).isEqualTo(path);
        assertThat(api.get(path, p.other()).status()).isEqualTo(404);
        assertThat(api.post(path + "/read", p.other(), null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/disclosures", p.other()).body()).doesNotContain("My brother");
    }
}
