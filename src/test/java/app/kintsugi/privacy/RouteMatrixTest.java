package app.kintsugi.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.pattern.PathPatternParser;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.AccountRole;
import app.kintsugi.account.NewAccount;
import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.export.CoupleInEveryModule;
import app.kintsugi.counselor.Counselors;

/**
 * The access matrix made from the application's own route table, so that no route can escape it:
 * every route the application answers is put in one class of the policy below (a new route in none
 * fails the test), and every one is tried by every kind of viewer: a signed-out visitor, a person of
 * another couple, a counselor without consent, a counselor with it, an operator, the partner and the
 * author. Routes with ids are tried with the real ids found on the couple's own pages (a couple that
 * has written in every module), so a refusal is tested where it matters.
 *
 * <p>What each must get: a signed-out visitor the sign-in page (or the public page, or "not found" for
 * a link that does not work); anyone on a page meant for another kind of account "not found"; a person of
 * another couple and a counselor without consent "not found" for every id of the couple's, and nowhere a
 * word the couple wrote; the partner "not found" on what only the author's pages lead to, and never a
 * word of the author's private writing; no viewer ever an error.
 */
class RouteMatrixTest extends IntegrationTest {

    /** Who may use a route, as the security configuration says; the matrix checks each route behaves so. */
    enum Access { PUBLIC, LINK_TOKEN, ACCOUNT, PERSON, COUNSELOR, OPERATOR, API }

    private static final PathPatternParser PARSER = new PathPatternParser();

    /** The policy: each route's pattern in exactly one class. Order matters only for readability. */
    private static final Map<String, Access> POLICY = new LinkedHashMap<>();

    static {
        for (String p : List.of("/sign-in", "/sign-in/failed", "/sign-in/code", "/sign-in/mail", "/sign-in/passkey",
                "/sign-in/passkey/options", "/register", "/counselor/register", "/password/forgot", "/safety/resources",
                "/error/too-large", "/test-neutral", "/manifest.webmanifest")) {
            POLICY.put(p, Access.PUBLIC);
        }
        for (String p : List.of("/join/{code}", "/register/confirm/{token}", "/password/reset/{token}", "/sign-in/link/{token}",
                "/notices/confirm/{token}", "/notices/unsubscribe/{token}", "/calendar/{token}")) {
            POLICY.put(p, Access.LINK_TOKEN);
        }
        for (String p : List.of("/", "/settings", "/settings/**", "/sign-in/attempts", "/keepalive")) {
            POLICY.put(p, Access.ACCOUNT);
        }
        POLICY.put("/counselor/**", Access.COUNSELOR);
        POLICY.put("/counselor", Access.COUNSELOR);
        POLICY.put("/operator/**", Access.OPERATOR);
        POLICY.put("/operator", Access.OPERATOR);
        // The API answers tokens, never a session: its own matrix (ApiRouteMatrixTest) tries every route of it.
        POLICY.put("/api/**", Access.API);
        // The API's description and its viewer, the same for everyone.
        for (String p : List.of("/v3/api-docs", "/v3/api-docs/**", "/api-docs", "/swagger-ui/**")) {
            POLICY.put(p, Access.PUBLIC);
        }
    }

    /**
     * Routes whose variable names the program's own content (a step, an exercise), the same for
     * everyone, not something a couple wrote: any person may open them.
     */
    private static final Set<String> CONTENT_KEYS = Set.of("/steps/{key}", "/exercises/{id}", "/exercises/{id}/note",
            "/progress/{exerciseId}/start", "/progress/{exerciseId}/complete", "/progress/{exerciseId}/reset",
            "/measures/{id}", "/measures/{id}/result", "/measures/{id}/schedule", "/measures/{id}/questionnaire.fhir.json");

    /** Link-token pages that answer a link that does not work with a page saying so, not "not found". */
    private static final Set<String> SAYS_IT_NO_LONGER_WORKS = Set.of("/join/{code}");

    record Route(String method, String pattern, Access access) implements Routes.Answering {
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    CoupleInEveryModule fixture;
    @Autowired
    Couples couples;
    @Autowired
    Counselors counselors;
    @Autowired
    app.kintsugi.account.Accounts accounts;

    private List<Route> routes() {
        List<Route> out = new ArrayList<>();
        List<String> unclassified = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                Access access = classify(pattern);
                if (access == null) {
                    unclassified.add(pattern);
                    continue;
                }
                if (access == Access.API) {
                    continue;
                }
                if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                    out.add(new Route("GET", pattern, access));
                }
                if (methods.contains(RequestMethod.POST)) {
                    out.add(new Route("POST", pattern, access));
                }
            }
        }
        assertThat(unclassified).as("routes the policy does not place").isEmpty();
        return out;
    }

    /** The class of the most specific policy entry that matches; everything else is for people in the program. */
    static Access classify(String pattern) {
        if (POLICY.containsKey(pattern)) {
            return POLICY.get(pattern);
        }
        String concrete = pattern.replaceAll("\\{[^}]+}", "x");
        Access found = null;
        int best = -1;
        for (Map.Entry<String, Access> e : POLICY.entrySet()) {
            if (PARSER.parse(e.getKey()).matches(org.springframework.http.server.PathContainer.parsePath(concrete))
                    && e.getKey().length() > best) {
                found = e.getValue();
                best = e.getKey().length();
            }
        }
        return found == null ? Access.PERSON : found;
    }

    // ---- The people ----

    private enum Viewer { AUTHOR, PARTNER, OTHER_COUPLE, COUNSELOR_WITHOUT_CONSENT, COUNSELOR_WITH_CONSENT, OPERATOR, SIGNED_OUT }

    private record People(Map<Viewer, PersonPrincipal> principals, List<String> anasWords, List<String> bensWords,
            List<String> anasPrivateWords) {
    }

    private People people(CoupleInEveryModule.Written w) {
        Map<Viewer, PersonPrincipal> p = new LinkedHashMap<>();
        p.put(Viewer.AUTHOR, w.ana().principal());
        p.put(Viewer.PARTNER, w.ben().principal());
        TestPerson cleo = people.create("Cleo");
        TestPerson dan = people.create("Dan");
        couples.join(dan.id(), couples.start(cleo.id(), Role.BOTH).code(), Role.BOTH);
        p.put(Viewer.OTHER_COUPLE, cleo.principal());
        var operator = accounts.register(new NewAccount(TestAccounts.uniqueEmail(), "Operator", TestAccounts.PASSWORD, "en", "UTC"),
                AccountRole.OPERATOR);
        var stranger = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "Other counselor", "Elsewhere", "en").counselor();
        p.put(Viewer.COUNSELOR_WITHOUT_CONSENT, TestAccounts.principal(stranger.id(), AccountRole.COUNSELOR));
        p.put(Viewer.COUNSELOR_WITH_CONSENT, TestAccounts.principal(w.counselor(), AccountRole.COUNSELOR));
        p.put(Viewer.OPERATOR, TestAccounts.principal(operator.id(), AccountRole.OPERATOR));
        // What the author wrote only for herself: her private reflection, her notepad, her hard moments, her draft disclosure.
        List<String> privateWords = List.of(w.a() + "-title", w.a() + "-what-happened", w.a() + "-notepad", w.a() + "-own-actions",
                w.a() + "-own-hurt", w.a() + "-moment-what", w.a() + "-moment-did", w.a() + "-moment-helped", w.a() + "-plan-helps",
                w.a() + "-plan-avoid", w.a() + "-plan-people", w.a() + "-date-label",
                // Her prepared disclosure, still a draft.
                w.a() + "-prepared-timeline", w.a() + "-prepared-hidden", w.a() + "-prepared-who-knows", w.a() + "-prepared-contact-now",
                // Her thoughts on together or apart.
                w.a() + "-decision-staying", w.a() + "-decision-parting", w.a() + "-decision-to-know", w.a() + "-decision-changed",
                // Her moving-on writing that stays hers: the reflection itself, an unshared summary, notes, a letter, accountable writing.
                w.a() + "-why-relationship", w.a() + "-why-in-me", w.a() + "-why-outside", w.a() + "-why-private-summary",
                w.a() + "-forgiveness-note", w.a() + "-forgiveness-private-note", w.a() + "-letter-private", w.a() + "-accountable-did",
                w.a() + "-accountable-owe");
        return new People(p, w.anasWords(), w.bensWords(), privateWords);
    }

    // ---- Walking it ----

    private static final Pattern LINK = Pattern.compile("(?:href|action)=\"(/[^\"#?]*)");

    private MockHttpServletResponse as(Viewer viewer, People people, String method, String path) throws Exception {
        MockHttpServletRequestBuilder request = method.equals("GET") ? get(path) : post(path).with(csrf());
        if (viewer != Viewer.SIGNED_OUT) {
            request = request.with(user(people.principals().get(viewer)));
        }
        try {
            return mvc.perform(request.with(freshAddress())).andReturn().getResponse();
        } catch (Exception e) {
            // MockMvc hands over what a server would answer with a 500.
            MockHttpServletResponse failed = new MockHttpServletResponse();
            failed.setStatus(500);
            failed.getWriter().write(String.valueOf(e.getCause() == null ? e : e.getCause()));
            return failed;
        }
    }

    /**
     * Every local address the viewer's pages lead to: found by opening every page without an id, then
     * every page with an id those lead to (where the actions on an entry are).
     */
    private Set<String> crawl(Viewer viewer, People people, List<Route> routes) throws Exception {
        Set<String> found = new TreeSet<>();
        for (Route r : routes) {
            if (r.method().equals("GET") && !r.hasVariables() && r.access() != Access.LINK_TOKEN) {
                harvest(viewer, people, r.pattern(), found);
            }
        }
        for (String link : new ArrayList<>(found)) {
            Route route = Routes.routeOf(routes, "GET", link);
            if (route != null && route.hasVariables() && route.access() != Access.LINK_TOKEN && !link.endsWith(".ics")) {
                harvest(viewer, people, link, found);
            }
        }
        return found;
    }

    private void harvest(Viewer viewer, People people, String path, Set<String> found) throws Exception {
        MockHttpServletResponse response = as(viewer, people, "GET", path);
        if (response.getStatus() != 200 || response.getContentType() == null || !response.getContentType().startsWith("text/html")) {
            return;
        }
        Matcher m = LINK.matcher(response.getContentAsString());
        while (m.find()) {
            found.add(HtmlUtils.htmlUnescape(m.group(1)));
        }
    }

    @Test
    void everyRouteAnswersEveryKindOfViewerAsThePolicySays() throws Exception {
        List<Route> routes = routes();
        assertThat(routes).as("the route table").hasSizeGreaterThan(100);
        People people = people(fixture.write(clock));
        Set<String> anasLinks = crawl(Viewer.AUTHOR, people, routes);
        Set<String> bensLinks = crawl(Viewer.PARTNER, people, routes);

        List<String> problems = new ArrayList<>();
        List<String> withoutRealId = new ArrayList<>();
        int tried = 0;
        for (Route route : routes) {
            List<String> paths = new ArrayList<>();
            String missing = route.pattern().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            boolean coupleData = route.hasVariables() && !CONTENT_KEYS.contains(route.pattern());
            if (!route.hasVariables()) {
                paths.add(route.pattern());
            } else {
                Set<String> real = Routes.realPaths(route, routes, anasLinks, bensLinks);
                if (real.isEmpty() && route.access() != Access.LINK_TOKEN) {
                    withoutRealId.add(route.method() + " " + route.pattern());
                }
                paths.add(missing);
                paths.addAll(real.stream().limit(4).toList());
            }
            Map<Viewer, Integer> missingStatus = new LinkedHashMap<>();
            for (String path : paths) {
                boolean realId = coupleData && (anasLinks.contains(path) || bensLinks.contains(path));
                boolean anasOnly = realId && !bensLinks.contains(path);
                for (Viewer viewer : Viewer.values()) {
                    if (viewer == Viewer.AUTHOR || (route.method().equals("POST") && viewer == Viewer.PARTNER)) {
                        // The author's own use and the partner's answers are tested module by module; here
                        // they would change the couple's entries under the other viewers.
                        continue;
                    }
                    if (route.method().equals("POST") && viewer == Viewer.OTHER_COUPLE && !realId && !path.equals(missing)) {
                        // A person of another couple acting in their own space is their own business.
                        continue;
                    }
                    tried++;
                    MockHttpServletResponse r = as(viewer, people, route.method(), path);
                    String where = viewer + " " + route.method() + " " + path + " [" + route.access() + "]";
                    if (path.equals(missing) && route.hasVariables()) {
                        missingStatus.put(viewer, r.getStatus());
                    }
                    check(where, viewer, route, realId, anasOnly, missingStatus.getOrDefault(viewer, 404), r, people, problems);
                }
            }
        }
        System.out.println("route matrix: " + routes.size() + " routes, " + tried + " requests; no real id found for "
                + withoutRealId.size() + ": " + withoutRealId);
        assertThat(problems).as(tried + " requests").isEmpty();
    }

    /**
     * @param missing what the same viewer got for the same route with an id that does not exist: a
     *        refusal must look exactly like it (the same status, and a refusal, not a success)
     */
    private void check(String where, Viewer viewer, Route route, boolean realId, boolean anasOnly, int missing,
            MockHttpServletResponse r, People people, List<String> problems) throws Exception {
        int status = r.getStatus();
        String body = r.getContentAsString();
        if (status >= 500) {
            problems.add(where + ": " + status + (status == 500 ? " " + body.lines().findFirst().orElse("") : ""));
            return;
        }
        // Nobody but the couple and the counselor they chose reads a word the couple wrote.
        boolean outsider = viewer == Viewer.OTHER_COUPLE || viewer == Viewer.COUNSELOR_WITHOUT_CONSENT
                || viewer == Viewer.OPERATOR || viewer == Viewer.SIGNED_OUT;
        for (String word : outsider ? concat(people.anasWords(), people.bensWords()) : people.anasPrivateWords()) {
            if (body.contains(word)) {
                problems.add(where + ": shows " + word);
            }
        }
        Access access = route.access();
        switch (viewer) {
            case SIGNED_OUT -> {
                if (access == Access.PUBLIC) {
                    return;
                }
                if (access == Access.LINK_TOKEN) {
                    if (!realId && status != 404 && !SAYS_IT_NO_LONGER_WORKS.contains(route.pattern())
                            && !(status == 302 && String.valueOf(r.getRedirectedUrl()).endsWith("/sign-in"))) {
                        problems.add(where + ": a link that does not work answered " + status);
                    }
                    return;
                }
                if (status != 302 || !String.valueOf(r.getRedirectedUrl()).endsWith("/sign-in")) {
                    problems.add(where + ": " + status + " " + r.getRedirectedUrl() + " instead of the sign-in page");
                }
            }
            case OPERATOR, COUNSELOR_WITHOUT_CONSENT, COUNSELOR_WITH_CONSENT -> {
                Access own = viewer == Viewer.OPERATOR ? Access.OPERATOR : Access.COUNSELOR;
                boolean theirs = access == own || access == Access.ACCOUNT || access == Access.PUBLIC || access == Access.LINK_TOKEN;
                if (!theirs && status != 404) {
                    problems.add(where + ": " + status + " on a page for another kind of account");
                }
                if (!theirs && (status != missing || missing < 400)) {
                    problems.add(where + ": " + status + " where an id that does not exist gets " + missing);
                }
            }
            case OTHER_COUPLE -> {
                if ((access == Access.COUNSELOR || access == Access.OPERATOR) && status != 404) {
                    problems.add(where + ": " + status + " on a page for another kind of account");
                }
                if (realId && access == Access.PERSON && (status != missing || missing < 400)) {
                    problems.add(where + ": " + status + " for another couple's id, where an id that does not exist gets " + missing);
                }
            }
            case PARTNER -> {
                if ((access == Access.COUNSELOR || access == Access.OPERATOR) && status != 404) {
                    problems.add(where + ": " + status + " on a page for another kind of account");
                }
                if (anasOnly && access == Access.PERSON && (status != missing || missing < 400)) {
                    problems.add(where + ": " + status + " where only the author's pages lead, and an id that does not exist gets "
                            + missing);
                }
            }
            default -> {
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
