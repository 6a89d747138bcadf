package app.kintsugi.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.ReflectionId;
import app.kintsugi.reflection.ReflectionView;
import app.kintsugi.reflection.Reflections;
import app.kintsugi.safety.SafetyAnswer;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.safety.SafetyQuestion;

/**
 * Every endpoint that touches a person's content, for every kind of viewer: the author, the
 * partner, a member of another couple and an anonymous visitor. Zero leaks: a refused request
 * answers exactly like a missing one and never contains the entry's text.
 */
class AccessMatrixTest extends IntegrationTest {

    enum Viewer { AUTHOR, PARTNER, OTHER_COUPLE, ANONYMOUS }

    private static final String PRIVATE_TEXT = "private-marker-Qx7 what happened";
    private static final String SHARED_TEXT = "shared-marker-Zr4 what happened";

    @Autowired
    Couples couples;

    @Autowired
    Reflections reflections;

    @Autowired
    SafetyChecks safety;

    private Map<Viewer, TestPerson> viewers;
    private ReflectionId privateOne;
    private ReflectionId sharedOne;

    @BeforeEach
    void twoCouples() {
        TestPerson author = people.create("Author");
        TestPerson partner = people.create("Partner");
        TestPerson other = people.create("Other");
        TestPerson othersPartner = people.create("OthersPartner");
        couples.join(partner.id(), couples.start(author.id(), Role.BROKE_TRUST).code(), Role.HURT_PARTNER);
        couples.join(othersPartner.id(), couples.start(other.id(), Role.BOTH).code(), Role.BOTH);
        privateOne = reflections.create(author.id(), new ReflectionDraft("Private title", PRIVATE_TEXT, null, null, Map.of(), null));
        sharedOne = reflections.create(author.id(), new ReflectionDraft("Shared title", SHARED_TEXT, null, null, Map.of(), null));
        reflections.shareWithPartner(author.id(), sharedOne);
        // The author's safety check is concerning; nobody else may notice.
        safety.record(author.id(), Map.of(SafetyQuestion.AFRAID, SafetyAnswer.OFTEN, SafetyQuestion.HURT, SafetyAnswer.NEVER,
                SafetyQuestion.THREATENED, SafetyAnswer.NEVER, SafetyQuestion.INSULTED, SafetyAnswer.NEVER,
                SafetyQuestion.CONTROLLED, SafetyAnswer.NEVER));
        viewers = new java.util.EnumMap<>(Viewer.class);
        viewers.put(Viewer.AUTHOR, author);
        viewers.put(Viewer.PARTNER, partner);
        viewers.put(Viewer.OTHER_COUPLE, other);
    }

    record Endpoint(String method, String path, Map<String, String> params) {
    }

    private List<Endpoint> endpointsFor(ReflectionId id, long version) {
        return List.of(
                new Endpoint("GET", "/reflections/" + id, Map.of()),
                new Endpoint("GET", "/reflections/" + id + "/edit", Map.of()),
                new Endpoint("GET", "/reflections/" + id + "/delete", Map.of()),
                new Endpoint("POST", "/reflections/" + id, Map.of("whatHappened", "overwritten", "version", String.valueOf(version))),
                new Endpoint("POST", "/reflections/" + id + "/share", Map.of()),
                new Endpoint("POST", "/reflections/" + id + "/private", Map.of()),
                new Endpoint("POST", "/reflections/" + id + "/delete", Map.of()));
    }

    /** What each viewer gets: 200 (or a redirect after a change), 404, or the sign-in redirect. */
    private static int expected(Viewer viewer, boolean shared, Endpoint e) {
        return switch (viewer) {
            case AUTHOR -> e.method().equals("GET") ? 200 : 302;
            case PARTNER -> shared && e.method().equals("GET") && e.path().matches("/reflections/[0-9a-f-]+") ? 200 : 404;
            case OTHER_COUPLE -> 404;
            case ANONYMOUS -> e.method().equals("GET") ? 302 : 302;
        };
    }

    @Test
    void everyEndpointAnswersEveryViewerExactlyAsThePolicySays() throws Exception {
        List<String> problems = new ArrayList<>();
        for (boolean shared : List.of(false, true)) {
            ReflectionId id = shared ? sharedOne : privateOne;
            long version = reflections.read(viewers.get(Viewer.AUTHOR).id(), id).version();
            // Non-authors first: nothing they do may change the entry.
            for (Viewer viewer : List.of(Viewer.ANONYMOUS, Viewer.OTHER_COUPLE, Viewer.PARTNER)) {
                for (Endpoint e : endpointsFor(id, version)) {
                    MockHttpServletResponse r = perform(viewer, e);
                    int want = expected(viewer, shared, e);
                    if (r.getStatus() != want) {
                        problems.add(viewer + " " + e.method() + " " + e.path() + " (shared=" + shared + "): " + r.getStatus() + " != " + want);
                    }
                    if (viewer == Viewer.ANONYMOUS && !String.valueOf(r.getRedirectedUrl()).endsWith("/sign-in")
                            && e.method().equals("GET")) {
                        problems.add("anonymous not sent to sign-in for " + e.path());
                    }
                    String body = r.getContentAsString();
                    boolean mayRead = want == 200 && viewer == Viewer.PARTNER;
                    if (!mayRead && (body.contains(PRIVATE_TEXT) || body.contains(SHARED_TEXT))) {
                        problems.add(viewer + " saw content at " + e.path());
                    }
                    if (want == 404 && !body.contains("We couldn’t find that")) {
                        problems.add(viewer + " " + e.path() + " did not get the not-found page");
                    }
                }
            }
            ReflectionView after = reflections.read(viewers.get(Viewer.AUTHOR).id(), id);
            assertThat(after.version()).as("unchanged by others").isEqualTo(version);
            assertThat(after.content().whatHappened()).isEqualTo(shared ? SHARED_TEXT : PRIVATE_TEXT);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void refusalsLookExactlyLikeMissingEntries() throws Exception {
        TestPerson other = viewers.get(Viewer.OTHER_COUPLE);
        String refused = mvc.perform(get("/reflections/" + privateOne).with(user(other.principal())))
                .andReturn().getResponse().getContentAsString();
        String missing = mvc.perform(get("/reflections/" + java.util.UUID.randomUUID()).with(user(other.principal())))
                .andReturn().getResponse().getContentAsString();
        assertThat(normalize(refused)).isEqualTo(normalize(missing));
    }

    @Test
    void listsShowEachViewerOnlyWhatTheyMaySee() throws Exception {
        String authorList = page(Viewer.AUTHOR, "/reflections");
        assertThat(authorList).contains("Private title").contains("Shared title");
        String partnerList = page(Viewer.PARTNER, "/reflections");
        assertThat(partnerList).contains("Shared title").doesNotContain("Private title");
        String otherList = page(Viewer.OTHER_COUPLE, "/reflections");
        assertThat(otherList).doesNotContain("Private title").doesNotContain("Shared title");
    }

    @Test
    void aConcerningSafetyCheckIsVisibleToItsAuthorOnly() throws Exception {
        assertThat(page(Viewer.AUTHOR, "/")).contains("may not feel safe");
        assertThat(page(Viewer.AUTHOR, "/help")).contains("Your latest safety check raised a concern.");
        for (Viewer viewer : List.of(Viewer.PARTNER, Viewer.OTHER_COUPLE)) {
            for (String path : List.of("/", "/space", "/safety", "/reflections", "/help", "/help/overwhelmed")) {
                assertThat(page(viewer, path)).as(viewer + " " + path)
                        .doesNotContain("may not feel safe").doesNotContain("not feel safe")
                        .doesNotContain("safety check raised a concern").doesNotContain("Because of your safety check");
            }
        }
    }

    @Test
    void signedOutVisitorsReachNoPersonalPage() throws Exception {
        for (String path : List.of("/", "/reflections", "/reflections/new", "/space", "/space/leave", "/join",
                "/inbox", "/together", "/welcome", "/exercises/trust.small-promise", "/exercises/nothing", "/safety", "/settings", "/steps/trust", "/steps/nothing", "/expectations", "/keepalive",
                "/own-role", "/own-role/new", "/apologies", "/apologies/new", "/apologies/" + java.util.UUID.randomUUID(),
                "/apologies/" + java.util.UUID.randomUUID() + "/send",
                "/conversations", "/conversations/new", "/conversations/rules", "/conversations/" + java.util.UUID.randomUUID(),
                "/conversations/" + java.util.UUID.randomUUID() + "/live", "/conversations/" + java.util.UUID.randomUUID() + "/calendar.ics",
                "/dialogue", "/dialogue/new", "/dialogue/" + java.util.UUID.randomUUID(), "/tone-coach",
                "/commitments", "/commitments/new", "/commitments/" + java.util.UUID.randomUUID(),
                "/commitments/" + java.util.UUID.randomUUID() + "/edit", "/questions", "/questions/" + java.util.UUID.randomUUID(),
                "/sharing", "/amends", "/amends/" + java.util.UUID.randomUUID() + "/edit", "/accountability", "/boundaries", "/boundaries/new",
                "/boundaries/" + java.util.UUID.randomUUID(), "/boundaries/" + java.util.UUID.randomUUID() + "/change",
                "/appreciations", "/kind-acts", "/respect/ratio", "/check-in", "/check-in/trajectory", "/help", "/help/overwhelmed",
                "/help/counselor", "/counselor", "/counselor/couples/" + java.util.UUID.randomUUID(), "/operator", "/settings/notices", "/settings/data",
                "/settings/delete", "/settings/security", "/sign-in/attempts", "/sign-in/code", "/disclosure",
                "/disclosure/" + java.util.UUID.randomUUID())) {
            MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(r.getStatus()).as(path).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).as(path).endsWith("/sign-in");
        }
        for (String path : List.of("/space/start", "/space/leave", "/space/role", "/space/invitation", "/join",
                "/safety", "/settings", "/reflections", "/reflections/draft", "/reflections/draft/discard", "/timeline",
                "/timeline/" + java.util.UUID.randomUUID() + "/delete",
                "/progress/sharing", "/progress/trust.small-promise/start", "/exercises/trust.small-promise/note",
                "/own-role", "/apologies",
                "/apologies/" + java.util.UUID.randomUUID() + "/answer", "/conversations", "/conversations/rules",
                "/conversations/" + java.util.UUID.randomUUID() + "/accept", "/conversations/" + java.util.UUID.randomUUID() + "/live",
                "/dialogue", "/dialogue/" + java.util.UUID.randomUUID(), "/tone-coach", "/commitments",
                "/commitments/" + java.util.UUID.randomUUID() + "/check-in", "/commitments/" + java.util.UUID.randomUUID() + "/confirm",
                "/questions", "/questions/" + java.util.UUID.randomUUID() + "/respond", "/questions/" + java.util.UUID.randomUUID() + "/answer",
                "/questions/" + java.util.UUID.randomUUID() + "/feedback", "/questions/" + java.util.UUID.randomUUID() + "/follow-up",
                "/sharing", "/sharing/" + java.util.UUID.randomUUID() + "/acknowledge", "/amends",
                "/amends/" + java.util.UUID.randomUUID(), "/amends/" + java.util.UUID.randomUUID() + "/status",
                "/amends/" + java.util.UUID.randomUUID() + "/acknowledge", "/boundaries", "/boundaries/" + java.util.UUID.randomUUID() + "/agree",
                "/boundaries/" + java.util.UUID.randomUUID() + "/crossed", "/boundaries/" + java.util.UUID.randomUUID() + "/change",
                "/appreciations", "/kind-acts",
                "/kind-acts/" + java.util.UUID.randomUUID() + "/share", "/kind-acts/" + java.util.UUID.randomUUID() + "/private",
                "/respect/ratio/sharing", "/check-in", "/check-in/sharing", "/help/region", "/help/counselor/invite", "/help/counselor/show",
                "/help/counselor/" + java.util.UUID.randomUUID() + "/consent", "/help/counselor/" + java.util.UUID.randomUUID() + "/end",
                "/counselor/couples/" + java.util.UUID.randomUUID() + "/notes", "/counselor/couples/" + java.util.UUID.randomUUID() + "/end",
                "/operator/counselors", "/operator/counselors/" + java.util.UUID.randomUUID() + "/decision",
                "/settings/notices", "/settings/notices/confirm", "/settings/data", "/settings/data/retention", "/settings/delete",
                "/settings/delete/keep", "/settings/security/start", "/settings/security/confirm", "/settings/security/remove",
                "/settings/security/recovery-codes", "/settings/security/passkeys/start", "/settings/security/passkeys/options",
                "/settings/security/passkeys", "/settings/security/passkeys/remove", "/sign-in/code", "/disclosure",
                "/disclosure/" + java.util.UUID.randomUUID(), "/disclosure/" + java.util.UUID.randomUUID() + "/give", "/help/counselor/show-kind",
                "/help/counselor/show-measure")) {
            MockHttpServletResponse r = mvc.perform(post(path).with(csrf())).andReturn().getResponse();
            assertThat(r.getStatus()).as(path).isEqualTo(302);
        }
        // An invitation link shows a visitor who invited them (or that it no longer works), and nothing else.
        for (String path : List.of("/sign-in", "/register", "/counselor/register", "/safety/resources", "/actuator/health",
                "/manifest.webmanifest", "/css/site.css", "/js/site.js", "/join/ABCD-EFGH-JKMN", "/sign-in/mail")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
        }
        // A sign-in link that does not work is something that does not exist.
        String noLink = "/sign-in/link/" + "A".repeat(43);
        assertThat(mvc.perform(get(noLink)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post(noLink).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aSecondStepIsEachPersonsOwnAndNobodyElseCanFinishOrRemoveIt() throws Exception {
        TestPerson author = viewers.get(Viewer.AUTHOR);
        String started = text(postAs(author, "/settings/security/start", Map.of("currentPassword", TestAccounts.PASSWORD)));
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)</code>").matcher(started);
        assertThat(secret.find()).isTrue();
        String key = secret.group(1);
        for (Viewer viewer : List.of(Viewer.PARTNER, Viewer.OTHER_COUPLE)) {
            TestPerson someone = viewers.get(viewer);
            assertThat(text(page(someone, "/settings/security"))).as(viewer.name()).doesNotContain(key).contains("Turn it on");
            // Their own confirm finds nothing of theirs to confirm; the author's key stays unconfirmed.
            assertThat(text(postAs(someone, "/settings/security/confirm", Map.of("code", "123456"))))
                    .as(viewer.name()).contains("id=\"code-error\"").doesNotContain(key);
            assertThat(text(postAs(someone, "/settings/security/remove", Map.of("currentPassword", TestAccounts.PASSWORD))))
                    .as(viewer.name()).contains("The second step is not on.");
        }
        assertThat(factors.active(author.id())).isFalse();
        assertThat(text(page(author, "/settings/security"))).contains(key);
    }

    @Autowired
    app.kintsugi.account.SecondFactors factors;

    /** Where counselor access stands while the matrix is walked. */
    enum CounselorState { WITHOUT_CONSENT, WITH_CONSENT, AFTER_REVOCATION }

    @Autowired
    app.kintsugi.counselor.Counselors counselors;

    @Autowired
    app.kintsugi.counselor.CounselorLinks links;

    @Autowired
    app.kintsugi.account.Accounts accounts;

    @Test
    void aCounselorReadsOnlyWhatTheAuthorShowedThemAndOnlyWhileBothPartnersConsent() throws Exception {
        var operatorPerson = accounts.register(new app.kintsugi.account.NewAccount(TestAccounts.uniqueEmail(), "Operator",
                TestAccounts.PASSWORD, "en", "UTC"), app.kintsugi.account.AccountRole.OPERATOR);
        var invited = counselors.create(operatorPerson.id(), TestAccounts.uniqueEmail(), "Invited", "", "en").counselor();
        var uninvited = counselors.create(operatorPerson.id(), TestAccounts.uniqueEmail(), "Uninvited", "", "en").counselor();
        var counselor = TestAccounts.principal(invited.id(), app.kintsugi.account.AccountRole.COUNSELOR);
        var stranger = TestAccounts.principal(uninvited.id(), app.kintsugi.account.AccountRole.COUNSELOR);
        TestPerson author = viewers.get(Viewer.AUTHOR);
        TestPerson partner = viewers.get(Viewer.PARTNER);
        java.util.UUID link = links.invite(author.id(), invited.code(), true).id();
        // The author shows the entry that is private from the partner; the one shared with the partner is not shown.
        links.show(author.id(), "reflection", privateOne.value(), true);
        String room = "/counselor/couples/" + link;
        List<String> problems = new ArrayList<>();
        for (CounselorState state : CounselorState.values()) {
            if (state == CounselorState.WITH_CONSENT) {
                links.consent(partner.id(), link);
            } else if (state == CounselorState.AFTER_REVOCATION) {
                links.end(author.id(), link);
            }
            List<Endpoint> endpoints = new ArrayList<>(endpointsFor(privateOne, 0));
            endpoints.addAll(endpointsFor(sharedOne, 0));
            endpoints.add(new Endpoint("GET", room, Map.of()));
            endpoints.add(new Endpoint("POST", room + "/notes", Map.of("note", "a note")));
            endpoints.add(new Endpoint("GET", "/help/counselor", Map.of()));
            for (var who : List.of(counselor, stranger)) {
                for (Endpoint e : endpoints) {
                    MockHttpServletRequestBuilder request = e.method().equals("GET") ? get(e.path()) : post(e.path()).with(csrf());
                    e.params().forEach(request::param);
                    MockHttpServletResponse r = mvc.perform(request.with(user(who))).andReturn().getResponse();
                    boolean open = who == counselor && state == CounselorState.WITH_CONSENT && e.path().startsWith(room);
                    int want = open ? (e.method().equals("GET") ? 200 : 302) : 404;
                    if (r.getStatus() != want) {
                        problems.add(state + " " + who + " " + e.method() + " " + e.path() + ": " + r.getStatus() + " != " + want);
                    }
                    String body = r.getContentAsString();
                    if (body.contains(SHARED_TEXT) || (!(open && e.method().equals("GET")) && body.contains(PRIVATE_TEXT))) {
                        problems.add(state + " " + who + " saw content at " + e.path());
                    }
                    if (open && e.method().equals("GET") && !body.contains(PRIVATE_TEXT)) {
                        problems.add(state + " the counselor did not see what was shown at " + e.path());
                    }
                }
            }
            for (Viewer viewer : List.of(Viewer.AUTHOR, Viewer.PARTNER, Viewer.OTHER_COUPLE)) {
                MockHttpServletResponse r = perform(viewer, new Endpoint("GET", room, Map.of()));
                if (r.getStatus() != 404 || r.getContentAsString().contains(PRIVATE_TEXT)) {
                    problems.add(state + " " + viewer + " reached the counselor's page: " + r.getStatus());
                }
            }
            String partnersView = page(Viewer.PARTNER, "/help/counselor");
            if (partnersView.contains(PRIVATE_TEXT) || partnersView.contains("Private title")) {
                problems.add(state + " the partner learned what the author showed the counselor");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Autowired
    app.kintsugi.transparency.Questions questions;

    @Autowired
    app.kintsugi.transparency.Disclosures disclosures;

    @Autowired
    app.kintsugi.transparency.Amends amends;

    @Autowired
    app.kintsugi.communication.Dialogues dialogues;

    @Autowired
    app.kintsugi.communication.Conversations conversations;

    @Autowired
    app.kintsugi.boundaries.Boundaries boundaries;

    @Autowired
    app.kintsugi.respect.Appreciations appreciations;

    @Autowired
    app.kintsugi.respect.KindActs kindActs;

    /** One row of the former-partner matrix: who asks, what, what they must get, and words they must or must not see. */
    record FormerRow(TestPerson who, String method, String path, int status, List<String> sees, List<String> neverSees) {
    }

    /**
     * After one partner leaves, each of the two (the one who stayed and the one who left) opens every
     * entry of that space they wrote in, and sees only their own words; the other's entries are not
     * found; nothing more can be written; a member of another couple finds nothing (decision 0028).
     */
    @Test
    void afterTheSpaceEndsEachFormerPartnerReadsTheirOwnWordsAndNothingElse() throws Exception {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        TestPerson other = viewers.get(Viewer.OTHER_COUPLE);
        couples.join(ben.id(), couples.start(ana.id(), Role.HURT_PARTNER).code(), Role.BROKE_TRUST);
        for (TestPerson p : List.of(ana, ben)) {
            safety.record(p.id(), app.kintsugi.safety.SafetyAnswers.allClear());
        }
        ReflectionId anaPrivate = reflections.create(ana.id(), new ReflectionDraft("Ana private", "ana-private-reflection-K1", null, null, Map.of(), null));
        ReflectionId anaShared = reflections.create(ana.id(), new ReflectionDraft("Ana shared", "ana-shared-reflection-K2", null, null, Map.of(), null));
        reflections.shareWithPartner(ana.id(), anaShared);
        java.util.UUID anaAsks = questions.ask(ana.id(), "ana-question-K3 did you see her again?");
        questions.respond(ben.id(), anaAsks, 0, "ANSWER", "ben-answer-K4 no, never again", null);
        java.util.UUID benAsks = questions.ask(ben.id(), "ben-question-K5 what would help you?");
        java.time.LocalDate inAWeek = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Madrid"))).plusDays(7);
        java.util.UUID anaThread = dialogues.start(ana.id(), "ana-topic-K6", "ana-message-K7");
        dialogues.post(ben.id(), anaThread, "ben-message-K8");
        java.util.UUID benThread = dialogues.start(ben.id(), "ben-topic-K9", "ben-message-K10");
        java.util.UUID anaBoundary = boundaries.propose(ana.id(), new app.kintsugi.boundaries.BoundaryDraft("ana-boundary-K11", "ana-why-K12", "CONTACT", inAWeek.plusDays(60).toString()));
        java.util.UUID benBoundary = boundaries.propose(ben.id(), new app.kintsugi.boundaries.BoundaryDraft("ben-boundary-K13", "ben-why-K14", "TIME", inAWeek.plusDays(60).toString()));
        java.util.UUID benShares = disclosures.share(ben.id(), "ben-disclosure-K15");
        disclosures.acknowledge(ana.id(), benShares, "ana-ack-K16");
        java.util.UUID benAmend = amends.plan(ben.id(), "ben-amend-K17", inAWeek.toString());
        appreciations.send(ana.id(), "ana-appreciation-K18");
        appreciations.send(ben.id(), "ben-appreciation-K19");
        java.util.UUID anaKind = kindActs.log(ana.id(), "ana-private-kind-act-K20", "");
        java.util.UUID benKind = kindActs.log(ben.id(), "ben-shared-kind-act-K21", "");
        kindActs.setShared(ben.id(), benKind, true);
        java.util.UUID anaRule = conversations.addRule(ana.id(), "ana-rule-K22");
        conversations.addRule(ben.id(), "ben-rule-K23");

        couples.leave(ben.id());

        List<String> ana_ = List.of("ana-private-reflection-K1", "ana-shared-reflection-K2", "ana-question-K3", "ana-topic-K6",
                "ana-message-K7", "ana-boundary-K11", "ana-why-K12", "ana-ack-K16", "ana-appreciation-K18",
                "ana-private-kind-act-K20", "ana-rule-K22");
        List<String> ben_ = List.of("ben-answer-K4", "ben-question-K5", "ben-message-K8", "ben-topic-K9", "ben-message-K10",
                "ben-boundary-K13", "ben-why-K14", "ben-disclosure-K15", "ben-amend-K17", "ben-appreciation-K19",
                "ben-shared-kind-act-K21", "ben-rule-K23");
        List<FormerRow> rows = new ArrayList<>();
        // The one who stayed: their own entries, and the entries the other started in which they wrote.
        rows.add(new FormerRow(ana, "GET", "/reflections/" + anaPrivate, 200, List.of("ana-private-reflection-K1"), ben_));
        rows.add(new FormerRow(ana, "GET", "/reflections/" + anaShared, 200, List.of("ana-shared-reflection-K2"), ben_));
        rows.add(new FormerRow(ana, "GET", "/questions/" + anaAsks, 200, List.of("ana-question-K3"), ben_));
        rows.add(new FormerRow(ana, "GET", "/questions/" + benAsks, 404, List.of(), ben_));
        rows.add(new FormerRow(ana, "GET", "/questions", 200, List.of("ana-question-K3"), ben_));
        rows.add(new FormerRow(ana, "GET", "/dialogue/" + anaThread, 200, List.of("ana-topic-K6", "ana-message-K7"), ben_));
        rows.add(new FormerRow(ana, "GET", "/dialogue/" + benThread, 404, List.of(), ben_));
        rows.add(new FormerRow(ana, "GET", "/dialogue", 200, List.of("ana-topic-K6"), ben_));
        rows.add(new FormerRow(ana, "GET", "/boundaries/" + anaBoundary, 200, List.of("ana-boundary-K11", "ana-why-K12"), ben_));
        rows.add(new FormerRow(ana, "GET", "/boundaries/" + benBoundary, 404, List.of(), ben_));
        rows.add(new FormerRow(ana, "GET", "/boundaries", 200, List.of("ana-boundary-K11"), ben_));
        rows.add(new FormerRow(ana, "GET", "/sharing", 200, List.of("ana-ack-K16"), ben_));
        rows.add(new FormerRow(ana, "GET", "/amends", 200, List.of(), ben_));
        rows.add(new FormerRow(ana, "GET", "/appreciations", 200, List.of("ana-appreciation-K18"), ben_));
        rows.add(new FormerRow(ana, "GET", "/kind-acts", 200, List.of("ana-private-kind-act-K20"), ben_));
        rows.add(new FormerRow(ana, "GET", "/conversations/rules", 200, List.of("ana-rule-K22"), ben_));
        // The one who left: the same, from the other side.
        rows.add(new FormerRow(ben, "GET", "/reflections/" + anaShared, 404, List.of(), ana_));
        rows.add(new FormerRow(ben, "GET", "/questions/" + anaAsks, 200, List.of("ben-answer-K4"), ana_));
        rows.add(new FormerRow(ben, "GET", "/questions/" + benAsks, 200, List.of("ben-question-K5"), ana_));
        rows.add(new FormerRow(ben, "GET", "/questions", 200, List.of("ben-question-K5"), ana_));
        rows.add(new FormerRow(ben, "GET", "/dialogue/" + anaThread, 200, List.of("ben-message-K8"), ana_));
        rows.add(new FormerRow(ben, "GET", "/dialogue/" + benThread, 200, List.of("ben-topic-K9", "ben-message-K10"), ana_));
        rows.add(new FormerRow(ben, "GET", "/dialogue", 200, List.of("ben-topic-K9"), ana_));
        rows.add(new FormerRow(ben, "GET", "/boundaries/" + benBoundary, 200, List.of("ben-boundary-K13", "ben-why-K14"), ana_));
        rows.add(new FormerRow(ben, "GET", "/boundaries/" + anaBoundary, 404, List.of(), ana_));
        rows.add(new FormerRow(ben, "GET", "/boundaries", 200, List.of("ben-boundary-K13"), ana_));
        rows.add(new FormerRow(ben, "GET", "/sharing", 200, List.of("ben-disclosure-K15"), ana_));
        rows.add(new FormerRow(ben, "GET", "/amends", 200, List.of("ben-amend-K17"), ana_));
        rows.add(new FormerRow(ben, "GET", "/appreciations", 200, List.of("ben-appreciation-K19"), ana_));
        rows.add(new FormerRow(ben, "GET", "/kind-acts", 200, List.of("ben-shared-kind-act-K21"), ana_));
        rows.add(new FormerRow(ben, "GET", "/conversations/rules", 200, List.of("ben-rule-K23"), ana_));
        // Writing into the ended space is refused, as if the entry did not exist.
        rows.add(new FormerRow(ana, "POST", "/questions/" + anaAsks + "/follow-up", 404, List.of(), ben_));
        rows.add(new FormerRow(ana, "POST", "/questions/" + anaAsks + "/feedback", 404, List.of(), ben_));
        rows.add(new FormerRow(ben, "POST", "/questions/" + anaAsks + "/answer", 404, List.of(), ana_));
        rows.add(new FormerRow(ana, "POST", "/dialogue/" + anaThread, 404, List.of(), ben_));
        rows.add(new FormerRow(ben, "POST", "/dialogue/" + anaThread, 404, List.of(), ana_));
        rows.add(new FormerRow(ana, "POST", "/boundaries/" + anaBoundary + "/withdraw", 404, List.of(), ben_));
        rows.add(new FormerRow(ben, "POST", "/boundaries/" + anaBoundary + "/agree", 404, List.of(), ana_));
        rows.add(new FormerRow(ana, "POST", "/sharing/" + benShares + "/acknowledge", 404, List.of(), ben_));
        rows.add(new FormerRow(ben, "POST", "/amends/" + benAmend + "/status", 404, List.of(), ana_));
        rows.add(new FormerRow(ana, "POST", "/kind-acts/" + anaKind + "/share", 404, List.of(), ben_));
        rows.add(new FormerRow(ana, "POST", "/conversations/rules/" + anaRule + "/delete", 404, List.of(), ben_));
        // Someone else finds nothing.
        for (String path : List.of("/reflections/" + anaShared, "/questions/" + anaAsks, "/dialogue/" + anaThread,
                "/boundaries/" + anaBoundary)) {
            rows.add(new FormerRow(other, "GET", path, 404, List.of(), List.of()));
        }
        List<String> problems = new ArrayList<>();
        for (FormerRow row : rows) {
            MockHttpServletRequestBuilder request = row.method().equals("GET") ? get(row.path()) : post(row.path()).with(csrf());
            if (row.method().equals("POST")) {
                request.param("text", "more words").param("note", "more words").param("version", "0").param("feedback", "HELPED")
                        .param("status", "DONE").param("number", "1");
            }
            MockHttpServletResponse r = mvc.perform(request.with(user(row.who().principal()))).andReturn().getResponse();
            String body = org.springframework.web.util.HtmlUtils.htmlUnescape(r.getContentAsString());
            String who = row.who().name() + " " + row.method() + " " + row.path();
            if (r.getStatus() != row.status()) {
                problems.add(who + ": " + r.getStatus() + " != " + row.status());
            }
            for (String words : row.sees()) {
                if (!body.contains(words)) {
                    problems.add(who + " does not show " + words);
                }
            }
            for (String words : row.neverSees()) {
                if (body.contains(words)) {
                    problems.add(who + " shows " + words);
                }
            }
            if (row.status() == 404 && !body.contains("We couldn’t find that")) {
                problems.add(who + " did not get the not-found page");
            }
            if (row.status() == 200 && row.method().equals("GET") && row.path().matches("/(questions|dialogue|boundaries)/.+")
                    && !body.contains("This space has ended.")) {
                problems.add(who + " does not say calmly that the space has ended");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(dialogues.endedThreads(ana.id())).hasSize(1);

        // What the one who stayed sees does not depend on what the one who left writes privately.
        List<String> pages = List.of("/questions", "/dialogue", "/boundaries", "/sharing", "/amends", "/appreciations", "/kind-acts",
                "/conversations/rules", "/reflections", "/questions/" + anaAsks, "/dialogue/" + anaThread, "/boundaries/" + anaBoundary);
        Map<String, String> before = new java.util.HashMap<>();
        for (String path : pages) {
            before.put(path, normalize(mvc.perform(get(path).with(user(ana.principal()))).andReturn().getResponse().getContentAsString()));
        }
        for (int i = 0; i < 5; i++) {
            reflections.create(ben.id(), new ReflectionDraft("Ben private " + i, "ben-private-after-" + i, null, null, Map.of(), null));
        }
        for (String path : pages) {
            String after = normalize(mvc.perform(get(path).with(user(ana.principal()))).andReturn().getResponse().getContentAsString());
            assertThat(after).as(path).isEqualTo(before.get(path));
        }
    }

    @Autowired
    app.kintsugi.transparency.PreparedDisclosures preparedDisclosures;

    /**
     * A prepared disclosure while it is a draft exists for its author alone: on every one of its routes
     * the partner, a member of another couple and a counselor without both partners' consent get
     * exactly what an id that does not exist gets, a signed-out visitor is sent to sign in, and the
     * partner's pages are the same, byte for byte, as before it was started. The counselor reads it
     * only once the author showed it to them and both partners consent (the existing counselor path).
     */
    @Test
    void aDraftDisclosureExistsForItsAuthorAlone() throws Exception {
        TestPerson author = viewers.get(Viewer.AUTHOR);
        TestPerson partner = viewers.get(Viewer.PARTNER);
        List<String> partnersPages = List.of("/", "/disclosure", "/questions", "/sharing", "/steps/transparency", "/inbox",
                "/help/counselor", "/accountability", "/exercises/transparency.prepared-disclosure");
        Map<String, String> before = new java.util.HashMap<>();
        for (String path : partnersPages) {
            before.put(path, normalize(page(Viewer.PARTNER, path)));
        }
        String draftText = "draft-marker-Pq8 what happened, with dates";
        java.util.UUID id = preparedDisclosures.start(author.id());
        preparedDisclosures.save(author.id(), id, 0, Map.of(app.kintsugi.transparency.DisclosurePart.TIMELINE, draftText));
        for (String path : partnersPages) {
            assertThat(normalize(page(Viewer.PARTNER, path))).as(path).isEqualTo(before.get(path));
        }

        var operatorPerson = accounts.register(new app.kintsugi.account.NewAccount(TestAccounts.uniqueEmail(), "Operator",
                TestAccounts.PASSWORD, "en", "UTC"), app.kintsugi.account.AccountRole.OPERATOR);
        var invited = counselors.create(operatorPerson.id(), TestAccounts.uniqueEmail(), "Invited", "", "en").counselor();
        var counselor = TestAccounts.principal(invited.id(), app.kintsugi.account.AccountRole.COUNSELOR);
        java.util.UUID link = links.invite(author.id(), invited.code(), true).id();
        // The author asks the counselor to read it before the partner has agreed to the counselor.
        links.show(author.id(), "prepared-disclosure", id, true);

        List<String> problems = new ArrayList<>();
        java.util.UUID missing = java.util.UUID.randomUUID();
        for (String suffix : List.of("", "/propose", "/accept", "/give", "/mark", "/ask", "/addition", "/break", "/break/end")) {
            for (String method : suffix.isEmpty() ? List.of("GET", "POST") : List.of("POST")) {
                Map<String, String> params = Map.of("version", "1", "day", "2030-01-01", "time", "19:00", "way", "ALONE",
                        "part", "TIMELINE", "mark", "ANSWERED", "text", "words", "timeline", "overwritten");
                for (Object who : List.of(Viewer.PARTNER, Viewer.OTHER_COUPLE, counselor, Viewer.ANONYMOUS)) {
                    MockHttpServletResponse real = as(who, method, "/disclosure/" + id + suffix, params);
                    MockHttpServletResponse none = as(who, method, "/disclosure/" + missing + suffix, params);
                    String where = who + " " + method + " /disclosure/{draft}" + suffix;
                    int want = who == Viewer.ANONYMOUS ? 302 : 404;
                    if (real.getStatus() != want || none.getStatus() != want) {
                        problems.add(where + ": " + real.getStatus() + " / missing " + none.getStatus() + " != " + want);
                    }
                    if (who == Viewer.ANONYMOUS && !String.valueOf(real.getRedirectedUrl()).endsWith("/sign-in")) {
                        problems.add(where + ": not sent to sign in");
                    }
                    if (want == 404 && !normalize(real.getContentAsString()).equals(normalize(none.getContentAsString()))) {
                        problems.add(where + ": the refusal does not look like a missing disclosure");
                    }
                    if (real.getContentAsString().contains(draftText)) {
                        problems.add(where + ": shows the draft");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(preparedDisclosures.read(author.id(), id).part(app.kintsugi.transparency.DisclosurePart.TIMELINE))
                .as("unchanged by others").isEqualTo(draftText);
        assertThat(preparedDisclosures.read(author.id(), id).status()).isEqualTo(app.kintsugi.transparency.PreparedDisclosureStatus.DRAFT);
        assertThat(normalize(page(Viewer.PARTNER, "/disclosure"))).isEqualTo(before.get("/disclosure"));
        String room = "/counselor/couples/" + link;
        assertThat(mvc.perform(get(room).with(user(counselor))).andReturn().getResponse().getStatus()).isEqualTo(404);
        String noteBack = "review-note-Kw2 say less about her, more about what you did";
        assertThat(as(counselor, "POST", room + "/disclosure/" + id + "/note", Map.of("note", noteBack)).getStatus())
                .as("no note back without both partners' consent").isEqualTo(404);

        // Once the partner agrees to the counselor, the counselor reads the draft the author showed, read-only.
        links.consent(partner.id(), link);
        String counselorsView = org.springframework.web.util.HtmlUtils.htmlUnescape(
                mvc.perform(get(room).with(user(counselor))).andReturn().getResponse().getContentAsString());
        assertThat(counselorsView).contains(draftText).contains("Prepared disclosure");
        assertThat(normalize(page(Viewer.PARTNER, "/disclosure"))).as("the partner still learns nothing")
                .isEqualTo(before.get("/disclosure"));
        // The counselor leaves one note back: the author reads it next to the draft; the partner never does.
        assertThat(as(counselor, "POST", room + "/disclosure/" + id + "/note", Map.of("note", noteBack)).getRedirectedUrl())
                .contains("?reviewed");
        assertThat(as(Viewer.OTHER_COUPLE, "POST", room + "/disclosure/" + id + "/note", Map.of("note", "x")).getStatus())
                .isEqualTo(404);
        assertThat(page(Viewer.AUTHOR, "/disclosure/" + id)).contains(noteBack);
        String tomorrow = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Madrid"))).plusDays(1).toString();
        Map<app.kintsugi.transparency.DisclosurePart, String> whole = new java.util.EnumMap<>(app.kintsugi.transparency.DisclosurePart.class);
        for (var part : app.kintsugi.transparency.DisclosurePart.values()) {
            whole.put(part, draftText);
        }
        preparedDisclosures.save(author.id(), id, 1, whole);
        preparedDisclosures.propose(author.id(), id, 2, tomorrow, "19:00", null);
        assertThat(page(Viewer.PARTNER, "/disclosure/" + id)).doesNotContain(noteBack).doesNotContain(draftText);
        preparedDisclosures.accept(partner.id(), id, 3, "WITH_COUNSELOR");
        preparedDisclosures.give(author.id(), id, 4);
        assertThat(page(Viewer.PARTNER, "/disclosure/" + id)).contains(draftText).doesNotContain(noteBack);
        assertThat(page(Viewer.AUTHOR, "/disclosure/" + id)).as("written for the author, it stays theirs to read").contains(noteBack);
        assertThat(as(counselor, "GET", "/disclosure/" + id, Map.of()).getStatus()).as("only through the counselor's own page")
                .isEqualTo(404);
    }

    private MockHttpServletResponse as(Object who, String method, String path, Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder request = method.equals("GET") ? get(path) : post(path).with(csrf());
        if (method.equals("POST")) {
            params.forEach(request::param);
        }
        if (who instanceof Viewer v && v != Viewer.ANONYMOUS) {
            request.with(user(viewers.get(v).principal()));
        } else if (who instanceof app.kintsugi.account.PersonPrincipal p) {
            request.with(user(p));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String page(Viewer viewer, String path) throws Exception {
        return mvc.perform(get(path).with(user(viewers.get(viewer).principal()))).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletResponse perform(Viewer viewer, Endpoint e) throws Exception {
        MockHttpServletRequestBuilder request = e.method().equals("GET") ? get(e.path()) : post(e.path()).with(csrf());
        e.params().forEach(request::param);
        if (viewer != Viewer.ANONYMOUS) {
            request.with(user(viewers.get(viewer).principal()));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String normalize(String page) {
        return page.replaceAll("nonce=\"[^\"]*\"", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                .replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "");
    }
}
