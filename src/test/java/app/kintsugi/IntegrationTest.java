package app.kintsugi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.TestCouples;

/**
 * Base for tests that run the whole application on a real database, reached through HTTP. All of
 * them share one application context, so the suite starts Spring once per database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kintsugi.quick-exit-url=/test-neutral", "spring.thymeleaf.cache=true",
                // Every test registers from 127.0.0.1; the per-address limit itself is tested in SignInThrottleTest.
                "kintsugi.registration.burst=10000",
                // Registration through a mailed link has tests of its own (RegistrationByMailTest); everywhere
                // else people register at once, as on an instance without mail.
                "kintsugi.registration.confirm-by-mail=false",
                // Scheduled work runs only when a test drives it, with the test's clock.
                "db-scheduler.enabled=false", "kintsugi.notices.public-url=http://localhost"})
@AutoConfigureMockMvc
@Import({TestClockConfiguration.class, TestPasswordConfiguration.class, app.kintsugi.notices.NoticeJobAccess.class})
public abstract class IntegrationTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MutableClock clock;

    /** The time zone the test people live in, unless a test says otherwise. */
    protected static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    /** People made through the real rules, one at a time. */
    @Autowired
    protected TestAccounts people;

    /** For what a test must see as stored: sealed content, rows left behind, counts. */
    @Autowired
    protected JdbcClient jdbc;

    /** Couples made through the real rules, for the tests that need two partners. */
    @Autowired
    protected TestCouples testCouples;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties().forEach((k, v) -> registry.add(k, () -> v));
        TestMail.properties().forEach((k, v) -> registry.add(k, () -> v));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * Every mail the tests of a class caused, looked at after them: no mail may hold anything but the
     * fixed mail sentences and links, so nothing anyone wrote ever reaches an inbox. Over the whole
     * suite this looks at every mail sent.
     */
    @AfterAll
    static void noMailHoldsWhatPeopleWrote() {
        List<String> problems = TestMail.foreignWordsSinceLastLook();
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    /** A client address of its own, so one test's failed sign-ins never slow down another's. */
    protected static RequestPostProcessor freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        String address = "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A page as this person sees it. */
    protected MockHttpServletResponse page(TestPerson p, String path) throws Exception {
        return mvc.perform(get(path).with(user(p.principal()))).andReturn().getResponse();
    }

    /** A form sent by this person, with its CSRF token. */
    protected MockHttpServletResponse postAs(TestPerson p, String path, Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(user(p.principal()));
        params.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    /**
     * A browser of its own that says it is {@code userAgent}, signed in through the real form with the
     * password alone: the answer is a redirect, neither to a failure nor to a second step.
     */
    protected HttpAgent signedIn(TestPerson person, String userAgent) {
        HttpAgent browser = new HttpAgent(port).userAgent(userAgent);
        HttpAgent.Page answer = browser.signIn(person.email(), TestAccounts.PASSWORD);
        assertThat(answer.status()).as("signed in").isEqualTo(302);
        assertThat(answer.location()).doesNotContain("failed").doesNotContain("/sign-in/code");
        return browser;
    }

    /**
     * A browser of its own that says it is {@code userAgent}, signed in through the real form with
     * {@code password}: the answer is a redirect, not to a failure.
     */
    protected HttpAgent signedIn(TestPerson person, String password, String userAgent) {
        HttpAgent browser = new HttpAgent(port).userAgent(userAgent);
        HttpAgent.Page answer = browser.signIn(person.email(), password);
        assertThat(answer.status()).as("signed in").isEqualTo(302);
        assertThat(answer.location()).doesNotContain("failed");
        return browser;
    }

    /** Whether this browser is signed in: its settings open. */
    protected static boolean in(HttpAgent browser) {
        return browser.get("/settings").status() == 200;
    }

    /** A response's body as text, with HTML entities turned back into characters. */
    protected static String text(MockHttpServletResponse response) throws Exception {
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }
}
