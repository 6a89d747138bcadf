package app.kintsugi.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Role;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.privacy.Retention;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.ReflectionId;
import app.kintsugi.reflection.Reflections;
import app.kintsugi.respect.KindActs;
import app.kintsugi.shared.InvalidInputException;

/**
 * Keeping writing for a while only, as a person would choose it on "Your data": reflections older
 * than six months go, newer ones and kinds not chosen stay, the partner's entries are never touched,
 * and a choice that cannot be kept is said next to the field with nothing stored.
 */
class RetentionHttpTest extends IntegrationTest {

    @Autowired TestAccounts people;
    @Autowired Reflections reflections;
    @Autowired KindActs kindActs;
    @Autowired Retention retention;
    @Autowired JdbcClient jdbc;

    private static ReflectionDraft draft(String text) {
        return new ReflectionDraft(null, text, null, null, Map.of(), null);
    }

    private MockHttpServletResponse choose(TestPerson who, String months, String... kinds) throws Exception {
        var request = post("/settings/data/retention").with(csrf())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(who.principal()));
        if (months != null) {
            request.param("months", months);
        }
        for (String k : kinds) {
            request.param("kinds", k);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void olderReflectionsGoNewerOnesAndOtherKindsStayAndThePartnersAreNeverTouched() throws Exception {
        TestCouple couple = testCouples.of("Ana", Role.BOTH, "Ben", Role.BOTH);
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        ReflectionId old = reflections.create(ana.id(), draft("Written in the first week"));
        ReflectionId bens = reflections.create(ben.id(), draft("Ben's own, just as old"));
        reflections.shareWithPartner(ana.id(), old);
        kindActs.log(ana.id(), "Made tea without being asked", "");
        clock.advance(Duration.ofDays(200));
        ReflectionId recent = reflections.create(ana.id(), draft("Written this week"));

        String page = text(page(ana, "/settings/data"));
        assertThat(page).contains("Keep writing for a while only").contains("Keep everything until I delete it")
                .contains("name=\"kinds\"").contains("Reflections");

        MockHttpServletResponse saved = choose(ana, "6", "reflections");
        assertThat(saved.getRedirectedUrl()).isEqualTo("/settings/data?retention#retention");
        assertThat(text(page(ana, "/settings/data?retention"))).contains("older than 6 months");
        assertThat(retention.choices(ana.id())).isEqualTo(Map.of("reflections", 6));

        retention.deleteOld();

        assertThat(reflections.mine(ana.id())).extracting(s -> s.id()).containsExactly(recent);
        assertThat(reflections.mine(ben.id())).extracting(s -> s.id()).containsExactly(bens);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kind_act WHERE author_id = ?").param(ana.id().value().toString())
                .query(Long.class).single()).as("kind acts were not chosen").isOne();
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'RETENTION_DELETED' AND subject_id = ?")
                .param(ana.id().value().toString()).query(String.class).list()).containsExactly("1");
        assertThat(page(ben, "/reflections/" + old.value()).getStatus()).as("the shared one went for Ben too").isEqualTo(404);

        // Turned off: everything is kept again.
        assertThat(choose(ana, "").getRedirectedUrl()).isEqualTo("/settings/data?retention#retention");
        assertThat(retention.choices(ana.id())).isEmpty();
        assertThat(text(page(ana, "/settings/data?retention"))).contains("Everything is kept until you delete it");
    }

    @Test
    void aChoiceThatCannotBeKeptIsSaidNextToTheFieldAndNothingIsStored() throws Exception {
        TestPerson ana = people.create("Ana");
        retention.choose(ana.id(), 12, Set.of("notepad"));

        for (var bad : List.of(new String[] {"5", "reflections"}, new String[] {"six", "reflections"},
                new String[] {"9999999999999", "reflections"}, new String[] {"<script>alert(1)</script>", "reflections"})) {
            MockHttpServletResponse response = choose(ana, bad[0], bad[1]);
            assertThat(response.getStatus()).as(bad[0]).isEqualTo(200);
            assertThat(text(response)).contains("Please choose one of the lengths in the list").contains("id=\"months-error\"")
                    .doesNotContain("<script>alert(1)");
        }
        assertThat(text(choose(ana, "6"))).contains("Please choose at least one kind of entry").contains("id=\"kinds-error\"");
        String tampered = text(choose(ana, "6", "reflections", "person", "<b>x</b>"));
        assertThat(tampered).contains("Please choose from the kinds in the list").doesNotContain("<b>x</b>");
        // The person's ticks are kept on the page.
        assertThat(text(choose(ana, "5", "reflections", "timeline"))).contains("id=\"kind-reflections\" value=\"reflections\" checked")
                .contains("id=\"kind-timeline\" value=\"timeline\" checked");
        assertThat(retention.choices(ana.id())).as("the earlier choice, untouched").isEqualTo(Map.of("notepad", 12));

        InvalidInputException none = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> retention.choose(ana.id(), 6, Set.of()));
        assertThat(none.errors()).containsKey("kinds");
    }

    /** Access rows: the choice is the person's own; nobody else can see or change it. */
    @Test
    void onlyThePersonThemselvesChooses() throws Exception {
        TestCouple couple = testCouples.of("Ana", Role.BOTH, "Ben", Role.BOTH);
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        retention.choose(ana.id(), 3, Set.of("reflections"));

        MockHttpServletResponse anonymous = mvc.perform(post("/settings/data/retention").with(csrf()).param("months", ""))
                .andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/sign-in");
        assertThat(mvc.perform(get("/settings/data")).andReturn().getResponse().getRedirectedUrl()).endsWith("/sign-in");

        // Ben's choice is his own, whatever he sends.
        choose(ben, "", "person=" + ana.id().value());
        assertThat(retention.choices(ana.id())).isEqualTo(Map.of("reflections", 3));
        assertThat(retention.choices(ben.id())).isEmpty();
    }
}
