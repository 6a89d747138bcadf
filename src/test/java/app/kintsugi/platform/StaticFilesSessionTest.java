package app.kintsugi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.HttpAgent;
import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts;

/**
 * A signed-in browser loads a style sheet, a script and images with every page: those requests
 * neither read nor write its session row; pages that change nothing do not write it either (the row's
 * last access moves at most once a minute, see {@link QuietSessionsTest}), and signing out still ends it.
 */
class StaticFilesSessionTest extends IntegrationTest {

    @Autowired
    @SuppressWarnings("rawtypes")
    org.springframework.session.SessionRepository sessions;

    private long lastAccess(String person) {
        return jdbc.sql("SELECT MAX(last_access_time) FROM spring_session WHERE principal_name = ?").param(person)
                .query(Long.class).single();
    }

    @Test
    void staticFilesLeaveTheSessionAlone() throws Exception {
        var ana = people.create("Ana");
        String id = ana.id().value().toString();
        HttpAgent browser = new HttpAgent(port);
        browser.signIn(ana.email(), TestAccounts.PASSWORD);
        assertThat(browser.get("/settings").status()).isEqualTo(200);
        long before = lastAccess(id);
        for (String path : List.of("/css/kintsugi.css", "/js/site.js", "/img/kintsugi.svg", "/manifest.webmanifest")) {
            Thread.sleep(5);
            HttpAgent.Page file = browser.get(path);
            assertThat(file.status()).as(path).isEqualTo(200);
            assertThat(file.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
            assertThat(file.header("Strict-Transport-Security")).as(path).contains("max-age=");
            assertThat(lastAccess(id)).as(path + " leaves the session row as it was").isEqualTo(before);
        }
        for (String path : List.of("/settings", "/", "/reflections")) {
            Thread.sleep(5);
            assertThat(browser.get(path).status()).isEqualTo(200);
            assertThat(lastAccess(id)).as(path + ", read within the minute, writes nothing").isEqualTo(before);
        }
        browser.post("/sign-out", java.util.Map.of());
        assertThat(browser.get("/reflections").status()).as("signed out").isEqualTo(302);
    }

    /**
     * Two requests of one session read it before either saved, and both add the same attribute: the
     * second save replaces the value instead of failing on the attribute's key.
     */
    @Test
    @SuppressWarnings("unchecked")
    void twoRequestsAddingTheSameAttributeBothSave() {
        var session = (org.springframework.session.Session) sessions.createSession();
        sessions.save(session);
        var first = (org.springframework.session.Session) sessions.findById(session.getId());
        var second = (org.springframework.session.Session) sessions.findById(session.getId());
        first.setAttribute("kintsugi.test", "from the first tab");
        second.setAttribute("kintsugi.test", "from the second tab");
        sessions.save(first);
        sessions.save(second);
        assertThat(((org.springframework.session.Session) sessions.findById(session.getId())).<String>getAttribute("kintsugi.test")).isEqualTo("from the second tab");
        sessions.deleteById(session.getId());
    }
}
