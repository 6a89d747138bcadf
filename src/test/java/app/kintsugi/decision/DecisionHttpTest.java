package app.kintsugi.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.ApiClient;
import app.kintsugi.TwoCouplesTest;
import app.kintsugi.account.AccountRole;
import app.kintsugi.account.ApiScope;
import app.kintsugi.account.ApiTokens;
import app.kintsugi.account.NewAccount;
import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Couples;
import app.kintsugi.counselor.Counselors;

/** Together or apart through the pages and the API, on the real database: writing, leaning, the mutual reveal, parting. */
class DecisionHttpTest extends TwoCouplesTest {

    @Autowired
    Couples couples;

    @Autowired
    Decisions decisions;

    @Autowired
    Counselors counselors;

    @Autowired
    app.kintsugi.account.Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    app.kintsugi.counselor.CounselorLinks links;

    @Test
    void writingPrivatelyKeepsTheTextOnABadInputAndSaysWhatIsWrongNextToTheField() throws Exception {
        String page = text(page(ana, "/moving-on/decision"));
        assertThat(page).contains("Together or apart").contains("Three paths, not two").contains("href=\"/safety\"")
                .contains("If you are afraid of your partner").contains("What staying together would take")
                .contains("I am willing to show Ben where I lean").contains("href=\"/moving-on/parting\"");

        String empty = text(postAs(ana, "/moving-on/decision/writing", Map.of("staying", " ", "version", "-1")));
        assertThat(empty).contains("Write a few words in any of the boxes").contains("id=\"staying-error\"")
                .contains("aria-invalid=\"true\"");
        String tooLong = text(postAs(ana, "/moving-on/decision/writing",
                Map.of("staying", "ANA-keep this", "changed", "x".repeat(Decisions.MAX_TEXT + 1), "version", "-1")));
        assertThat(tooLong).contains("ANA-keep this").contains("id=\"changed-error\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_note WHERE person_id = ?").param(ana.id().value().toString())
                .query(Integer.class).single()).as("nothing stored half-way").isZero();

        assertThat(postAs(ana, "/moving-on/decision/writing", Map.of("staying", "ANA-staying takes time", "parting", "ANA-parting the flat",
                "toKnow", "", "changed", "ANA-changed he answers", "version", "-1")).getRedirectedUrl()).startsWith("/moving-on/decision?saved");
        page = text(page(ana, "/moving-on/decision"));
        assertThat(page).contains("ANA-staying takes time").contains("ANA-parting the flat").contains("ANA-changed he answers");

        // A second window with the old version: told, and the text typed is still there.
        String stale = text(postAs(ana, "/moving-on/decision/writing", Map.of("staying", "ANA-from the old window", "version", "-1")));
        assertThat(stale).contains("changed in another window").contains("ANA-from the old window");
        assertThat(text(page(ana, "/moving-on/decision"))).contains("ANA-staying takes time");

        // Where I lean: one of three, the history kept.
        assertThat(text(postAs(ana, "/moving-on/decision/lean", Map.of("lean", "MAYBE")))).contains("Please choose one of the three")
                .contains("id=\"lean-error\"");
        postAs(ana, "/moving-on/decision/lean", Map.of("lean", "NOT_SURE"));
        clock.advance(java.time.Duration.ofDays(3));
        postAs(ana, "/moving-on/decision/lean", Map.of("lean", "TOGETHER"));
        page = text(page(ana, "/moving-on/decision"));
        assertThat(page).contains("Where you lean now: Together").contains("What you noted before").contains("Not sure yet, on");

        // None of it reaches anyone else.
        for (TestPerson other : List.of(ben, cleo)) {
            String theirs = text(page(other, "/moving-on/decision"));
            assertThat(theirs).doesNotContain("ANA-").doesNotContain("Where you lean now");
        }
        assertThat(progress(ana)).isEqualTo("COMPLETED");
        assertThat(progress(ben)).isNull();

        String spanish = text(mvc.perform(get("/moving-on/decision").param("lang", "es").with(user(ana.principal()))).andReturn().getResponse());
        assertThat(spanish).contains("Juntos o por separado").contains("Tres caminos, no dos").contains("Hacia dónde te inclinas ahora: Seguir juntos");
    }

    @Test
    void nothingIsShownUntilBothSayYesAndTakingItBackIsImmediate() throws Exception {
        decisions.noteLean(ana.id(), "APART");
        decisions.noteLean(ben.id(), "NOT_SURE");
        String bensBefore = normalize(text(page(ben, "/moving-on/decision")));

        // Ana says yes: Ben's page is exactly the same as before, and Ana sees nothing of Ben's yet.
        assertThat(postAs(ana, "/moving-on/decision/reveal", Map.of("willing", "true")).getRedirectedUrl()).contains("willing");
        assertThat(normalize(text(page(ben, "/moving-on/decision")))).isEqualTo(bensBefore);
        String anas = text(page(ana, "/moving-on/decision"));
        assertThat(anas).contains("Nothing is shown to either of you unless Ben says so too").doesNotContain("Ben leans");

        // Ben says yes: each sees the other's lean and its date, only that, with the pause at hand.
        postAs(ben, "/moving-on/decision/reveal", Map.of("willing", "true"));
        String bens = text(page(ben, "/moving-on/decision"));
        assertThat(bens).contains("Ana leans: Apart (noted on").contains("Ana sees where you lean: Not sure yet")
                .contains("href=\"/help/overwhelmed\"").contains("Stop showing mine");
        assertThat(text(page(ana, "/moving-on/decision"))).contains("Ben leans: Not sure yet (noted on");
        // A new lean shows at once; the other's writing never does.
        decisions.write(ana.id(), "ANA-private thoughts", null, null, null, -1);
        decisions.noteLean(ana.id(), "TOGETHER");
        assertThat(text(page(ben, "/moving-on/decision"))).contains("Ana leans: Together").doesNotContain("ANA-private");

        // Ben takes it back: neither sees the other's any more, at once.
        postAs(ben, "/moving-on/decision/reveal", Map.of("willing", "false"));
        assertThat(text(page(ana, "/moving-on/decision"))).doesNotContain("Ben leans").contains("unless Ben says so too");
        assertThat(text(page(ben, "/moving-on/decision"))).doesNotContain("Ana leans").contains("I am willing to show Ana where I lean");

        // The choices are in the audit log, under a subject that is not the shared space's id.
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE actor_id IN (?, ?) AND subject_kind = 'decision-reveal' ORDER BY occurred_at")
                .params(ana.id().value().toString(), ben.id().value().toString()).query(String.class).list())
                .containsExactlyInAnyOrder("DECISION_REVEAL_WILLING", "DECISION_REVEAL_WILLING", "DECISION_REVEAL_WITHDRAWN");
        // Another couple sees none of it.
        assertThat(text(page(cleo, "/moving-on/decision"))).doesNotContain("Ana").doesNotContain("Ben");
    }

    @Test
    void thePartnersPageIsTheSameWhetherTheOtherWroteNothingOrMuchOrSaidYes() throws Exception {
        String none = normalize(text(page(ben, "/moving-on/decision")));
        String noneParting = normalize(text(page(ben, "/moving-on/parting")));
        for (int i = 0; i < 12; i++) {
            decisions.noteLean(ana.id(), i % 2 == 0 ? "APART" : "NOT_SURE");
        }
        decisions.write(ana.id(), "ANA-a", "ANA-b", "ANA-c", "ANA-d", -1);
        assertThat(normalize(text(page(ben, "/moving-on/decision")))).isEqualTo(none);
        decisions.setWilling(ana.id(), true);
        assertThat(normalize(text(page(ben, "/moving-on/decision")))).isEqualTo(none);
        assertThat(normalize(text(page(ben, "/moving-on/parting")))).isEqualTo(noneParting);
        // The same through the API.
        String token = token(ben);
        String before = new ApiClient(port).get("/api/v1/decision", token).body();
        decisions.setWilling(ana.id(), false);
        assertThat(new ApiClient(port).get("/api/v1/decision", token).body()).isEqualTo(before);
    }

    @Test
    void whoMayOpenThePages() throws Exception {
        for (String path : List.of("/moving-on/decision", "/moving-on/parting", "/moving-on/after")) {
            MockHttpServletResponse signedOut = mvc.perform(get(path).with(freshAddress())).andReturn().getResponse();
            assertThat(signedOut.getRedirectedUrl()).as(path).endsWith("/sign-in");
            var operator = accounts.register(new NewAccount(TestAccounts.uniqueEmail(), "Operator", TestAccounts.PASSWORD, "en", "UTC"),
                    AccountRole.OPERATOR);
            var counselor = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "Counselor", "Practice", "en").counselor();
            PersonPrincipal asCounselor = TestAccounts.principal(counselor.id(), AccountRole.COUNSELOR);
            assertThat(mvc.perform(get(path).with(user(asCounselor))).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
            assertThat(mvc.perform(post(path.equals("/moving-on/decision") ? "/moving-on/decision/reveal" : path).param("willing", "true")
                    .param("confirm", "true").with(csrf()).with(user(asCounselor))).andReturn().getResponse().getStatus()).isEqualTo(404);
        }
        assertThat(couples.current(ana.id())).as("a counselor ended nothing").isPresent();
    }

    @Test
    void partingAloneEndsTheSpaceForBothAndEachLandsWell() throws Exception {
        decisions.write(ana.id(), "ANA-what parting takes", null, null, null, -1);
        decisions.write(ben.id(), "BEN-what staying takes", null, null, null, -1);
        decisions.setWilling(ana.id(), true);
        decisions.setWilling(ben.id(), true);
        // A counselor both agreed to.
        var operator = accounts.register(new NewAccount(TestAccounts.uniqueEmail(), "Operator", TestAccounts.PASSWORD, "en", "UTC"),
                AccountRole.OPERATOR);
        var counselor = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "Counselor", "Practice", "en").counselor();
        java.util.UUID link = links.invite(ana.id(), counselor.code(), true).id();
        links.consent(ben.id(), link);
        PersonPrincipal asCounselor = TestAccounts.principal(counselor.id(), AccountRole.COUNSELOR);
        assertThat(mvc.perform(get("/counselor/couples/" + link).with(user(asCounselor))).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        String parting = text(page(ana, "/moving-on/parting"));
        assertThat(parting).contains("If you part").contains("ends for both of you").contains("Ben is not asked")
                .contains("href=\"/settings/data\"").contains("Family mediation").contains("Parenting from two homes")
                .contains("Support through a separation").contains("href=\"/safety\"").contains("I understand that this ends our shared space");

        // Not confirmed: said next to the box, nothing ends.
        String unconfirmed = text(postAs(ana, "/moving-on/parting", Map.of()));
        assertThat(unconfirmed).contains("Please tick the box to confirm").contains("id=\"confirm-error\"");
        assertThat(couples.current(ana.id())).isPresent();

        assertThat(postAs(ana, "/moving-on/parting", Map.of("confirm", "true")).getRedirectedUrl()).isEqualTo("/moving-on/after");
        assertThat(couples.current(ana.id())).isEmpty();
        assertThat(couples.current(ben.id())).isEmpty();
        assertThat(mvc.perform(get("/counselor/couples/" + link).with(user(asCounselor))).andReturn().getResponse().getStatus())
                .as("the counselor's access ends").isEqualTo(404);
        String after = text(page(ana, "/moving-on/after"));
        assertThat(after).contains("What now").contains("Your shared space has ended").contains("still here, and still only yours")
                .contains("href=\"/settings/data\"").contains("Family mediation");

        // Ben sees what anyone sees after an ending: that it ended, when someone left; never a reason.
        // Dan's space ends through the space page's own leaving: Ben's notice reads exactly like Dan's.
        TestPerson dan = couples.current(cleo.id()).orElseThrow().partner().map(m -> new TestPerson(m.person(), "", "Dan",
                TestAccounts.principal(m.person(), AccountRole.PERSON))).orElseThrow();
        postAs(cleo, "/space/leave", Map.of());
        String bensToday = text(page(ben, "/"));
        assertThat(bensToday).contains("when the other person left it").doesNotContain("/moving-on/after")
                .doesNotContainIgnoringCase("decided to part");
        assertThat(endedNotice(bensToday)).isEqualTo(endedNotice(text(page(dan, "/"))));
        // Each keeps their own writing, and nothing of the other's; the reveal is over.
        String bens = text(page(ben, "/moving-on/decision"));
        assertThat(bens).contains("BEN-what staying takes").contains("Your shared space has ended").doesNotContain("ANA-")
                .doesNotContain("Ana leans").doesNotContain("I am willing to show");
        assertThat(text(page(ana, "/moving-on/decision"))).contains("ANA-what parting takes").doesNotContain("BEN-");
        assertThat(text(page(ana, "/moving-on/parting"))).contains("nothing to end here");
        assertThat(postAs(ana, "/moving-on/parting", Map.of("confirm", "true")).getStatus()).isEqualTo(200);
    }

    @Test
    void aPersonAloneUsesTheAidWithoutAnyOfTheTwoPersonParts() throws Exception {
        TestPerson eva = people.create("Eva");
        String page = text(page(eva, "/moving-on/decision"));
        assertThat(page).contains("Together or apart").doesNotContain("I am willing to show").doesNotContain("From what happened here");
        assertThat(postAs(eva, "/moving-on/decision/writing", Map.of("toKnow", "EVA-what I need to know", "version", "-1"))
                .getRedirectedUrl()).startsWith("/moving-on/decision?saved");
        assertThat(postAs(eva, "/moving-on/decision/reveal", Map.of("willing", "true")).getRedirectedUrl()).contains("noPartner");
        assertThat(text(page(eva, "/moving-on/decision"))).contains("EVA-what I need to know");
        assertThat(text(page(eva, "/moving-on/parting"))).contains("nothing to end here").contains("Family mediation");
    }

    @Test
    void theApiDoesWhatThePagesDo() {
        ApiClient api = new ApiClient(port);
        String anas = token(ana);
        String bens = token(ben);
        var first = api.get("/api/v1/decision", anas);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"-1\"");
        assertThat(first.json().get("reveal").asText()).isEqualTo("NOT_WILLING");

        assertThat(api.put("/api/v1/decision/writing", anas, Map.of("staying", "ANA-api")).status()).as("no If-Match").isEqualTo(428);
        var bad = api.put("/api/v1/decision/writing", anas, Map.of("staying", ""), "If-Match", "\"-1\"");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("staying");
        var saved = api.put("/api/v1/decision/writing", anas, Map.of("staying", "ANA-api"), "If-Match", "\"-1\"");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.header("ETag")).isEqualTo("\"0\"");
        assertThat(api.put("/api/v1/decision/writing", anas, Map.of("staying", "ANA-api again"), "If-Match", "\"-1\"").status())
                .as("stale").isEqualTo(412);
        assertThat(api.post("/api/v1/decision/leans", anas, Map.of("lean", "sideways")).status()).isEqualTo(422);
        assertThat(api.post("/api/v1/decision/leans", anas, Map.of("lean", "APART")).status()).isEqualTo(201);

        assertThat(api.put("/api/v1/decision/reveal", anas, Map.of("willing", true)).json().get("reveal").asText()).isEqualTo("WAITING");
        var bensView = api.get("/api/v1/decision", bens).json();
        assertThat(bensView.get("reveal").asText()).isEqualTo("NOT_WILLING");
        assertThat(bensView.get("partnerLean").isNull()).isTrue();
        var both = api.put("/api/v1/decision/reveal", bens, Map.of("willing", true)).json();
        assertThat(both.get("reveal").asText()).isEqualTo("BOTH_WILLING");
        assertThat(both.get("partnerLean").get("lean").asText()).isEqualTo("APART");
        assertThat(both.toString()).doesNotContain("ANA-api");

        var parting = api.get("/api/v1/decision/parting", anas).json();
        assertThat(parting.get("hasSpace").asBoolean()).isTrue();
        assertThat(parting.get("separationHelp").toString()).contains("family-mediation").contains("co-parenting");
        assertThat(api.post("/api/v1/decision/parting", anas, Map.of()).status()).isEqualTo(422);
        assertThat(api.post("/api/v1/decision/parting", bens, Map.of("confirm", true)).json().get("hasSpace").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/decision", anas).json().get("reveal").asText()).isEqualTo("NO_PARTNER");
        assertThat(api.get("/api/v1/decision", anas).json().get("writing").get("staying").asText()).isEqualTo("ANA-api");
    }

    @Test
    void discreetModeNamesNothingOnThesePages() throws Exception {
        app.kintsugi.HttpAgent browser = signedIn(ana, "Discreet");
        browser.get("/settings");
        browser.post("/settings", Map.of("displayName", "Ana", "language", "", "theme", "SYSTEM", "discreetMode", "true",
                "timeZone", "Europe/Madrid", "version", "0"));
        for (String path : List.of("/moving-on/decision", "/moving-on/parting", "/moving-on/after", "/moving-on/decision?lang=es")) {
            var page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body().toLowerCase(Locale.ROOT)).as(path).doesNotContain("kintsugi");
        }
    }

    private static String endedNotice(String page) {
        var m = java.util.regex.Pattern.compile("<p>(Your shared space ended on [^<]*)</p>").matcher(page);
        assertThat(m.find()).as("the ended notice").isTrue();
        return m.group(1);
    }

    private String progress(TestPerson p) {
        return jdbc.sql("SELECT status FROM exercise_progress WHERE person_id = ? AND exercise_id = 'movingon.decision'")
                .param(p.id().value().toString()).query(String.class).optional().orElse(null);
    }

    private String token(TestPerson p) {
        return tokens.create(p.id(), "test", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7).secret();
    }

    private static String normalize(String page) {
        return page.replaceAll("nonce=\"[^\"]*\"", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                .replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "");
    }
}
