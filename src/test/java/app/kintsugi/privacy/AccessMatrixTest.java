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
    TestAccounts people;

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
                "/help/counselor", "/counselor", "/counselor/couples/" + java.util.UUID.randomUUID(), "/operator", "/settings/notices")) {
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
                "/settings/notices", "/settings/notices/confirm")) {
            MockHttpServletResponse r = mvc.perform(post(path).with(csrf())).andReturn().getResponse();
            assertThat(r.getStatus()).as(path).isEqualTo(302);
        }
        // An invitation link shows a visitor who invited them (or that it no longer works), and nothing else.
        for (String path : List.of("/sign-in", "/register", "/counselor/register", "/safety/resources", "/actuator/health",
                "/manifest.webmanifest", "/css/site.css", "/js/site.js", "/join/ABCD-EFGH-JKMN")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
        }
    }

    /** Where counselor access stands while the matrix is walked. */
    enum CounselorState { WITHOUT_CONSENT, WITH_CONSENT, AFTER_REVOCATION }

    @Autowired
    app.kintsugi.help.Counselors counselors;

    @Autowired
    app.kintsugi.help.CounselorLinks links;

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
        return page.replaceAll("nonce=\"[^\"]*\"", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }
}
