package app.kintsugi.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
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
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.kintsugi.ApiClient;
import app.kintsugi.ApiClient.Answer;
import app.kintsugi.IntegrationTest;
import app.kintsugi.account.AccountRole;
import app.kintsugi.account.ApiScope;
import app.kintsugi.account.ApiTokens;
import app.kintsugi.account.NewAccount;
import app.kintsugi.account.PersonId;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.export.CoupleInEveryModule;
import app.kintsugi.counselor.Counselors;

/**
 * The access matrix of the JSON API, made from the route table so that no API route escapes it: every
 * route under {@code /api/} is tried with a real socket by every kind of caller: no token, a revoked
 * token, a read-only token sending a change, a person of another couple, a counselor with and without
 * consent, an operator and the partner. Ids come from the couple's own API answers (every {@code href}
 * they lead to), so refusals are tested on real entries.
 *
 * <p>What each must get: no token or a revoked one 401; a read-only token 403 for any change; anyone on
 * a route meant for another kind of account 404; another couple, a counselor and an operator the very
 * status an id that does not exist gets for every id of the couple's, and nowhere a word the couple
 * wrote; the partner the same on what only the author's answers lead to, and never a word of the
 * author's private writing; nobody ever a 5xx.
 */
class ApiRouteMatrixTest extends IntegrationTest {

    /** Routes whose variable names the program's own content (an exercise), the same for everyone: any person may use them. */
    private static final Set<String> CONTENT_KEYS = Set.of("/api/v1/program/exercises/{id}/note", "/api/v1/program/exercises/{id}/start",
            "/api/v1/program/exercises/{id}/complete", "/api/v1/program/exercises/{id}/reset",
            "/api/v1/measures/{id}", "/api/v1/measures/{id}/responses", "/api/v1/measures/{id}/result", "/api/v1/measures/{id}/schedule",
            "/api/v1/fhir/questionnaires/{id}");
    private static final Pattern HREF = Pattern.compile("\"(?:href|next)\":\"(/api/[^\"?]*)");

    private enum Viewer { AUTHOR, PARTNER, OTHER_COUPLE, COUNSELOR_WITHOUT_CONSENT, COUNSELOR_WITH_CONSENT, OPERATOR, READ_ONLY,
        REVOKED, NO_TOKEN }

    record Route(String method, String pattern) implements Routes.Answering {

        boolean counselors() {
            return pattern.equals("/api/v1/counselor") || pattern.startsWith("/api/v1/counselor/");
        }

        boolean operators() {
            return pattern.startsWith("/api/v1/operator");
        }

        /** Routes every kind of account has: who it is, its own tokens and how it signs in. */
        boolean anyAccount() {
            return pattern.equals("/api/v1/me") || pattern.startsWith("/api/v1/tokens") || pattern.startsWith("/api/v1/security");
        }
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
    @Autowired
    ApiTokens tokens;

    static List<Route> apiRoutes(RequestMappingHandlerMapping mappings) {
        List<Route> out = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod m : methods.isEmpty() ? EnumSet.of(RequestMethod.GET) : methods) {
                    out.add(new Route(m.name(), pattern));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Route::pattern).thenComparing(Route::method));
        return out;
    }

    private String token(PersonId person, ApiScope... scopes) {
        return tokens.create(person, "matrix", EnumSet.copyOf(List.of(scopes)), 7).secret();
    }

    @Test
    void everyApiRouteAnswersEveryKindOfCallerAsThePolicySays() {
        List<Route> routes = apiRoutes(mappings);
        assertThat(routes).as("the API's routes").hasSizeGreaterThan(20);
        CoupleInEveryModule.Written w = fixture.write(clock);
        Map<Viewer, String> tokenOf = new LinkedHashMap<>();
        tokenOf.put(Viewer.AUTHOR, token(w.ana().id(), ApiScope.READ, ApiScope.WRITE));
        tokenOf.put(Viewer.PARTNER, token(w.ben().id(), ApiScope.READ, ApiScope.WRITE));
        TestPerson cleo = people.create("Cleo");
        TestPerson dan = people.create("Dan");
        couples.join(dan.id(), couples.start(cleo.id(), Role.BOTH).code(), Role.BOTH);
        tokenOf.put(Viewer.OTHER_COUPLE, token(cleo.id(), ApiScope.READ, ApiScope.WRITE));
        var operator = accounts.register(new NewAccount(TestAccounts.uniqueEmail(), "Operator", TestAccounts.PASSWORD, "en", "UTC"),
                AccountRole.OPERATOR);
        var stranger = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "Other counselor", "Elsewhere", "en").counselor();
        tokenOf.put(Viewer.COUNSELOR_WITHOUT_CONSENT, token(stranger.id(), ApiScope.READ, ApiScope.WRITE));
        tokenOf.put(Viewer.COUNSELOR_WITH_CONSENT, token(w.counselor(), ApiScope.READ, ApiScope.WRITE));
        tokenOf.put(Viewer.OPERATOR, token(operator.id(), ApiScope.READ, ApiScope.WRITE));
        tokenOf.put(Viewer.READ_ONLY, token(w.ana().id(), ApiScope.READ));
        ApiTokens.Created revoked = tokens.create(w.ana().id(), "revoked", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7);
        tokens.revoke(w.ana().id(), revoked.token().id());
        tokenOf.put(Viewer.REVOKED, revoked.secret());
        tokenOf.put(Viewer.NO_TOKEN, null);
        // A token may send 300 requests a minute; the matrix sends more per caller, so each caller gets a
        // fresh token of the same person and scopes every 200 requests.
        Map<Viewer, java.util.function.Supplier<String>> fresh = Map.of(
                Viewer.AUTHOR, () -> token(w.ana().id(), ApiScope.READ, ApiScope.WRITE),
                Viewer.PARTNER, () -> token(w.ben().id(), ApiScope.READ, ApiScope.WRITE),
                Viewer.OTHER_COUPLE, () -> token(cleo.id(), ApiScope.READ, ApiScope.WRITE),
                Viewer.COUNSELOR_WITHOUT_CONSENT, () -> token(stranger.id(), ApiScope.READ, ApiScope.WRITE),
                Viewer.COUNSELOR_WITH_CONSENT, () -> token(w.counselor(), ApiScope.READ, ApiScope.WRITE),
                Viewer.OPERATOR, () -> token(operator.id(), ApiScope.READ, ApiScope.WRITE),
                Viewer.READ_ONLY, () -> token(w.ana().id(), ApiScope.READ));
        Map<Viewer, Integer> used = new java.util.EnumMap<>(Viewer.class);

        ApiClient api = new ApiClient(port);
        Set<String> anasLinks = crawl(api, tokenOf.get(Viewer.AUTHOR), routes);
        anasLinks.addAll(crawl(api, tokenOf.get(Viewer.COUNSELOR_WITH_CONSENT), routes)); // and the couple a counselor sees
        anasLinks.addAll(crawl(api, tokenOf.get(Viewer.OPERATOR), routes)); // and the counselor accounts the operator sees
        Set<String> bensLinks = crawl(api, tokenOf.get(Viewer.PARTNER), routes);
        // The crawl spent part of some callers' minute: everyone starts the matrix with a fresh token.
        fresh.forEach((viewer, token) -> tokenOf.put(viewer, token.get()));
        List<String> anasPrivate = List.of(w.a() + "-title", w.a() + "-what-happened", w.a() + "-notepad", w.a() + "-own-actions",
                w.a() + "-own-hurt", w.a() + "-moment-what", w.a() + "-moment-did", w.a() + "-moment-helped",
                // Her thoughts on together or apart.
                w.a() + "-decision-staying", w.a() + "-decision-parting", w.a() + "-decision-to-know", w.a() + "-decision-changed",
                // Her moving-on writing that stays hers: the reflection itself, an unshared summary, notes, a letter, accountable writing.
                w.a() + "-why-relationship", w.a() + "-why-in-me", w.a() + "-why-outside", w.a() + "-why-private-summary",
                w.a() + "-forgiveness-note", w.a() + "-forgiveness-private-note", w.a() + "-letter-private", w.a() + "-accountable-did",
                w.a() + "-accountable-owe");
        List<String> couplesWords = new ArrayList<>(w.anasWords());
        couplesWords.addAll(w.bensWords());

        List<String> problems = new ArrayList<>();
        List<String> withoutRealId = new ArrayList<>();
        int tried = 0;
        for (Route route : routes) {
            String missing = route.pattern().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            List<String> paths = new ArrayList<>();
            paths.add(missing);
            if (route.hasVariables()) {
                Set<String> real = Routes.realPaths(route, routes, anasLinks, bensLinks);
                if (real.isEmpty() && !CONTENT_KEYS.contains(route.pattern())) {
                    withoutRealId.add(route.method() + " " + route.pattern());
                }
                paths.addAll(real.stream().limit(4).toList());
            }
            Map<Viewer, Integer> missingStatus = new LinkedHashMap<>();
            for (String path : paths) {
                boolean realId = route.hasVariables() && !path.equals(missing) && !CONTENT_KEYS.contains(route.pattern());
                boolean anasOnly = realId && !bensLinks.contains(path);
                for (Viewer viewer : Viewer.values()) {
                    boolean change = !route.method().equals("GET");
                    if (viewer == Viewer.AUTHOR || (viewer == Viewer.READ_ONLY && !change)) {
                        continue;
                    }
                    if (change && (viewer == Viewer.PARTNER && !anasOnly || viewer == Viewer.OTHER_COUPLE && !realId && !path.equals(missing))) {
                        // The partner acting on shared entries, and anyone in their own space, are tested feature by feature.
                        continue;
                    }
                    if (change && CONTENT_KEYS.contains(route.pattern()) && !path.equals(missing)) {
                        // Each person's own progress and notepad for a shared exercise: their own business.
                        continue;
                    }
                    if (change && !realId && !route.hasVariables() && (viewer == Viewer.OTHER_COUPLE || viewer == Viewer.PARTNER
                            || viewer == Viewer.COUNSELOR_WITH_CONSENT || viewer == Viewer.COUNSELOR_WITHOUT_CONSENT
                            || viewer == Viewer.OPERATOR) && (route.anyAccount() || !(route.counselors() || route.operators())
                            && (viewer == Viewer.OTHER_COUPLE || viewer == Viewer.PARTNER))) {
                        // A change without an id acts in the caller's own space (a new reflection, leaving their space).
                        continue;
                    }
                    tried++;
                    if (used.merge(viewer, 1, Integer::sum) % 200 == 0 && fresh.containsKey(viewer)) {
                        tokenOf.put(viewer, fresh.get(viewer).get());
                    }
                    Answer r = api.call(route.method(), path, tokenOf.get(viewer), change ? "{}" : null, "If-Match", "\"0\"");
                    String where = viewer + " " + route.method() + " " + path;
                    if (path.equals(missing)) {
                        missingStatus.put(viewer, r.status());
                    }
                    check(where, viewer, route, realId, anasOnly, missingStatus.getOrDefault(viewer, 404), r, couplesWords, anasPrivate,
                            problems);
                }
            }
        }
        System.out.println("api route matrix: " + routes.size() + " routes, " + tried + " requests; no real id found for "
                + withoutRealId.size() + ": " + withoutRealId);
        assertThat(problems).as(tried + " requests").isEmpty();
        assertThat(withoutRealId).as("routes with ids none of the couple's answers lead to").isEmpty();
    }

    private void check(String where, Viewer viewer, Route route, boolean realId, boolean anasOnly, int missing, Answer r,
            List<String> couplesWords, List<String> anasPrivate, List<String> problems) {
        int status = r.status();
        if (status >= 500) {
            problems.add(where + ": " + status);
            return;
        }
        if (status >= 400 && !String.valueOf(r.header("Content-Type")).startsWith("application/problem+json")) {
            problems.add(where + ": " + status + " without problem details");
        }
        boolean outsider = viewer == Viewer.OTHER_COUPLE || viewer == Viewer.COUNSELOR_WITHOUT_CONSENT || viewer == Viewer.OPERATOR
                || viewer == Viewer.NO_TOKEN || viewer == Viewer.REVOKED;
        for (String word : outsider ? couplesWords : anasPrivate) {
            if (r.body().contains(word)) {
                problems.add(where + ": shows " + word);
            }
        }
        boolean personRoute = !route.counselors() && !route.operators() && !route.anyAccount();
        switch (viewer) {
            case NO_TOKEN, REVOKED -> {
                if (status != 401) {
                    problems.add(where + ": " + status + " instead of 401");
                }
            }
            case READ_ONLY -> {
                if (status != 403) {
                    problems.add(where + ": " + status + " for a change with a read-only token");
                }
            }
            case OPERATOR, COUNSELOR_WITHOUT_CONSENT, COUNSELOR_WITH_CONSENT -> {
                boolean theirs = route.anyAccount() || (viewer == Viewer.OPERATOR ? route.operators() : route.counselors());
                if (!theirs && status != 404) {
                    problems.add(where + ": " + status + " on a route for another kind of account");
                }
                if (realId && personRoute && status != missing) {
                    problems.add(where + ": " + status + " where an id that does not exist gets " + missing);
                }
            }
            case OTHER_COUPLE -> {
                if ((route.counselors() || route.operators()) && status != 404) {
                    problems.add(where + ": " + status + " on a route for another kind of account");
                }
                if (realId && personRoute && (status != missing || missing < 400)) {
                    problems.add(where + ": " + status + " for another couple's id, where an id that does not exist gets " + missing);
                }
            }
            case PARTNER -> {
                if ((route.counselors() || route.operators()) && status != 404) {
                    problems.add(where + ": " + status + " on a route for another kind of account");
                }
                if (anasOnly && personRoute && (status != missing || missing < 400)) {
                    problems.add(where + ": " + status + " where only the author's answers lead, and an id that does not exist gets "
                            + missing);
                }
            }
            default -> {
            }
        }
    }

    /** Every API address the caller's answers lead to: the lists first, then every entry they name. */
    private static Set<String> crawl(ApiClient api, String token, List<Route> routes) {
        Set<String> found = new TreeSet<>();
        for (Route r : routes) {
            if (r.method().equals("GET") && !r.hasVariables()) {
                harvest(api, token, r.pattern(), found);
            }
        }
        for (String link : new ArrayList<>(found)) {
            Route route = Routes.routeOf(routes, "GET", link);
            if (route != null && route.hasVariables()) {
                harvest(api, token, link, found);
            }
        }
        // Sub-resources of every entry found: its actions, where the routes have them.
        Set<String> withActions = new TreeSet<>(found);
        for (String link : found) {
            for (Route r : routes) {
                if (r.pattern().startsWith(patternOf(routes, link) + "/")) {
                    String rest = r.pattern().substring(patternOf(routes, link).length());
                    if (!rest.contains("{")) {
                        withActions.add(link + rest);
                    }
                }
            }
        }
        return withActions;
    }

    private static String patternOf(List<Route> routes, String link) {
        Route r = Routes.routeOf(routes, "GET", link);
        return r == null ? "\u0000" : r.pattern();
    }

    private static void harvest(ApiClient api, String token, String path, Set<String> found) {
        Answer answer = api.get(path, token);
        if (answer.status() != 200 || !String.valueOf(answer.header("Content-Type")).startsWith("application/json")) {
            return;
        }
        Matcher m = HREF.matcher(answer.body());
        while (m.find()) {
            found.add(m.group(1));
        }
    }
}
