package app.kintsugi.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;

/** An unfinished reflection is kept as the person writes, comes back, is theirs alone, and goes when saved. */
class ReflectionDraftHttpTest extends IntegrationTest {

    private static final String WORDS = "DRAFT-WORDS the evening I found the second phone";

    @Autowired
    Couples couples;

    @Autowired
    ReflectionDrafts drafts;

    @Autowired
    Reflections reflections;

    @Test
    void aDraftIsKeptRestoredAndDeletedWhenTheReflectionIsSaved() throws Exception {
        TestPerson ana = people.create("Ana");
        // Without JavaScript: the "Save draft" button.
        var saved = mvc.perform(draft(ana).param("whatHappened", WORDS).param("kind", "SECRETS")
                        .param("felt", "FEAR", "HURT").param("intensity[FEAR]", "7").param("intensity[ANGER]", "2"))
                .andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/reflections/new?draftSaved");

        String form = text(page(ana, "/reflections/new"));
        assertThat(form).contains(WORDS)
                .contains("kept as a private draft")
                .containsPattern("id=\"kind-SECRETS\"[^>]*checked")
                .containsPattern("id=\"felt-FEAR\"[^>]*checked")
                .containsPattern("id=\"felt-HURT\"[^>]*checked")
                .containsPattern("id=\"intensity-FEAR-7\"[^>]*checked")
                .doesNotContainPattern("id=\"felt-ANGER\"[^>]*checked");

        // Sealed like a reflection: the database holds no readable word of it.
        byte[] stored = jdbc.sql("SELECT content FROM reflection_draft WHERE author_id = ?")
                .param(ana.id().value().toString()).query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("DRAFT-WORDS").doesNotContain("FEAR");

        // Saving the reflection deletes the draft; the next new form is empty.
        var created = mvc.perform(post("/reflections").with(csrf()).with(user(ana.principal()))
                .param("whatHappened", WORDS + " and more")).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(drafts.mine(ana.id())).isEmpty();
        assertThat(text(page(ana, "/reflections/new"))).doesNotContain(WORDS).doesNotContain("kept as a private draft");
    }

    @Test
    void theScriptKeepsADraftInTheBackground() throws Exception {
        TestPerson ana = people.create("Ana");
        var response = mvc.perform(draft(ana).header("X-Draft", "1").param("violations", "Only this so far"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(drafts.mine(ana.id())).get().satisfies(k -> assertThat(k.content().violations()).isEqualTo("Only this so far"));

        // Too long is refused without losing the draft kept before.
        var refused = mvc.perform(draft(ana).header("X-Draft", "1").param("violations", "x".repeat(20_001)))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(drafts.mine(ana.id())).get().satisfies(k -> assertThat(k.content().violations()).isEqualTo("Only this so far"));

        // Emptied again: nothing is kept.
        mvc.perform(draft(ana).header("X-Draft", "1").param("violations", "  "));
        assertThat(drafts.mine(ana.id())).isEmpty();
    }

    @Test
    void aDraftIsPrivateEvenFromThePartner() throws Exception {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        couples.join(ben.id(), couples.start(ana.id(), Role.HURT_PARTNER).code(), Role.BROKE_TRUST);
        mvc.perform(draft(ana).param("whatHappened", WORDS));

        for (TestPerson other : new TestPerson[] {ben, people.create("Cleo")}) {
            String page = text(page(other, "/reflections/new"));
            assertThat(page).doesNotContain(WORDS).doesNotContain("kept as a private draft");
            assertThat(text(page(other, "/reflections"))).doesNotContain(WORDS);
            assertThat(drafts.mine(other.id())).isEmpty();
            // Discarding is always one's own draft: Ben's request leaves Ana's alone.
            mvc.perform(post("/reflections/draft/discard").with(csrf()).with(user(other.principal())));
        }
        assertThat(drafts.mine(ana.id())).get().satisfies(k -> assertThat(k.content().whatHappened()).isEqualTo(WORDS));
        assertThat(page(ben, "/reflections/draft").getStatus()).isIn(404, 405);

        mvc.perform(post("/reflections/draft/discard").with(csrf()).with(user(ana.principal())));
        assertThat(drafts.mine(ana.id())).isEmpty();
    }

    @Test
    void aRefusedSaveKeepsEverythingTypedAndTheDraft() throws Exception {
        TestPerson ana = people.create("Ana");
        String page = text(mvc.perform(post("/reflections").with(csrf()).with(user(ana.principal()))
                .param("whatHappened", "").param("impact", "I can't sleep, IMPACT-KEPT")
                .param("felt", "SHAME")).andReturn().getResponse());
        assertThat(page).contains("Please write at least a few words about what happened")
                .contains("IMPACT-KEPT")
                .contains("or choose the feeling again to leave it out")
                .containsPattern("id=\"felt-SHAME\"[^>]*checked")
                // Just written, not "last time".
                .doesNotContain("kept as a private draft");
        assertThat(reflections.mine(ana.id())).isEmpty();
        assertThat(drafts.mine(ana.id())).get().satisfies(k -> assertThat(k.content().impact()).isEqualTo("I can't sleep, IMPACT-KEPT"));
    }

    private static MockHttpServletRequestBuilder draft(TestPerson person) {
        return post("/reflections/draft").with(csrf()).with(user(person.principal()));
    }
}
