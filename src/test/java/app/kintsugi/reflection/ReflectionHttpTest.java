package app.kintsugi.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.shared.StaleEditException;

class ReflectionHttpTest extends IntegrationTest {

    @Autowired
    Couples couples;

    @Autowired
    Reflections reflections;

    @Autowired
    AuditLog audit;

    @Test
    void writeReadEditAndDeleteAReflection() throws Exception {
        TestPerson ana = people.create("Ana");
        String location = mvc.perform(form(post("/reflections"), ana)
                        .param("whatHappened", "I found messages on the shared tablet.")
                        .param("violations", "The promise in March.")
                        .param("kind", "SECRETS")
                        .param("felt", "HURT", "ANGER")
                        .param("intensity[HURT]", "9")
                        .param("intensity[ANGER]", "0")
                        // A strength left behind by a feeling that is not chosen does not count.
                        .param("intensity[FEAR]", "4")
                        .param("impact", "I can’t sleep.")
                        .param("title", "The tablet"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/reflections/[0-9a-f-]{36}\\?saved");
        ReflectionId id = new ReflectionId(UUID.fromString(location.substring(13, 49)));

        mvc.perform(get("/reflections/" + id).with(user(ana.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("I found messages on the shared tablet.")))
                .andExpect(content().string(Matchers.containsString("9 of 10")))
                .andExpect(content().string(Matchers.containsString("0 of 10")))
                .andExpect(content().string(Matchers.containsString("Secrets")))
                .andExpect(content().string(Matchers.containsString("Only you")));

        ReflectionView view = reflections.read(ana.id(), id);
        assertThat(view.content().emotions()).containsOnly(Map.entry(Emotion.HURT, 9), Map.entry(Emotion.ANGER, 0));

        mvc.perform(form(post("/reflections/" + id), ana)
                        .param("whatHappened", "I found messages. We talked later.")
                        .param("version", String.valueOf(view.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(reflections.read(ana.id(), id).content().whatHappened()).isEqualTo("I found messages. We talked later.");
        assertThat(reflections.read(ana.id(), id).content().kind()).isNull();

        mvc.perform(get("/reflections/" + id + "/delete").with(user(ana.principal())))
                .andExpect(content().string(Matchers.containsString("Delete this reflection?")));
        mvc.perform(form(post("/reflections/" + id + "/delete"), ana)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/reflections/" + id).with(user(ana.principal()))).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsExplainedNextToTheFieldAndNothingIsLost() throws Exception {
        TestPerson ana = people.create("Ana");
        String huge = "x".repeat(20_001);
        String page = mvc.perform(form(post("/reflections"), ana)
                        .param("whatHappened", "   ")
                        .param("violations", "Kept text ✓ ñ 😢")
                        .param("impact", huge)
                        .param("kind", "NOT_A_KIND")
                        .param("felt", "HURT", "SHAME")
                        .param("intensity[HURT]", "eleven"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page))
                .contains("Please write at least a few words")
                .contains("longer than 20,000 characters")
                .contains("Please choose one of the kinds")
                .contains("Please choose how strong this feeling is, from 0 to 10.")
                // Chosen without a strength: asked for next to that feeling.
                .contains("or choose the feeling again to leave it out")
                .contains("Kept text ✓ ñ 😢")
                .contains(huge);
        mvc.perform(form(post("/reflections"), ana)
                        .param("whatHappened", "Something")
                        .param("felt", "HURT")
                        .param("intensity[HURT]", "11"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("from 0 to 10")))
                .andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
        assertThat(reflections.mine(ana.id())).isEmpty();
    }

    @Test
    void exactlyTwentyThousandCharactersAreAccepted() throws Exception {
        TestPerson ana = people.create("Ana");
        mvc.perform(form(post("/reflections"), ana).param("whatHappened", "y".repeat(20_000)))
                .andExpect(status().is3xxRedirection());
        assertThat(reflections.mine(ana.id())).hasSize(1);
    }

    @Test
    void htmlAndScriptAreShownAsText() throws Exception {
        TestPerson ana = people.create("Ana");
        ReflectionId id = reflections.create(ana.id(), draft("<b>bold</b><script>alert('x')</script>", "<img src=x onerror=alert(1)>"));
        mvc.perform(get("/reflections/" + id).with(user(ana.principal())))
                .andExpect(content().string(Matchers.containsString("&lt;b&gt;bold&lt;/b&gt;&lt;script&gt;")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert('x')"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<img src=x"))));
        mvc.perform(get("/reflections").with(user(ana.principal())))
                .andExpect(content().string(Matchers.containsString("&lt;img src=x onerror=alert(1)&gt;")));
    }

    @Test
    void aStaleEditKeepsBothVersions() throws Exception {
        TestPerson ana = people.create("Ana");
        ReflectionId id = reflections.create(ana.id(), draft("First version", null));
        long version = reflections.read(ana.id(), id).version();
        reflections.update(ana.id(), id, version, draft("Changed in another window", null));

        mvc.perform(form(post("/reflections/" + id), ana)
                        .param("whatHappened", "My careful new words")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("was changed somewhere else")))
                .andExpect(content().string(Matchers.containsString("My careful new words")))
                .andExpect(content().string(Matchers.containsString("Changed in another window")));
        assertThat(reflections.read(ana.id(), id).content().whatHappened()).isEqualTo("Changed in another window");
    }

    @Test
    void concurrentEditsOnTheSameVersionNeverSilentlyOverwrite() throws Exception {
        TestPerson ana = people.create("Ana");
        ReflectionId id = reflections.create(ana.id(), draft("Start", null));
        long version = reflections.read(ana.id(), id).version();
        List<Callable<Boolean>> edits = List.of(
                () -> tryUpdate(ana, id, version, "Edit A"),
                () -> tryUpdate(ana, id, version, "Edit B"),
                () -> tryUpdate(ana, id, version, "Edit C"));
        int saved = 0;
        try (var pool = Executors.newFixedThreadPool(3)) {
            for (var f : pool.invokeAll(edits)) {
                saved += f.get() ? 1 : 0;
            }
        }
        assertThat(saved).isEqualTo(1);
        assertThat(reflections.read(ana.id(), id).version()).isEqualTo(version + 1);
    }

    @Test
    void sharingAndWithdrawingIsAuditedAndTakesEffectAtOnce() throws Exception {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        String code = couples.start(ana.id(), Role.HURT_PARTNER).code();
        couples.join(ben.id(), code, Role.BROKE_TRUST);
        ReflectionId id = reflections.create(ana.id(), draft("Shared later", null));

        mvc.perform(get("/reflections/" + id).with(user(ben.principal()))).andExpect(status().isNotFound());
        mvc.perform(form(post("/reflections/" + id + "/share"), ana)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/reflections/" + id).with(user(ben.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Shared later")))
                .andExpect(content().string(Matchers.containsString("Shared with you by your partner")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/edit"))));
        mvc.perform(get("/reflections").with(user(ben.principal())))
                .andExpect(content().string(Matchers.containsString("Ana has shared with you")))
                .andExpect(content().string(Matchers.containsString("Shared later")));

        mvc.perform(form(post("/reflections/" + id + "/private"), ana)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/reflections/" + id).with(user(ben.principal()))).andExpect(status().isNotFound());
        assertThat(reflections.sharedWithMe(ben.id())).isEmpty();

        assertThat(audit.eventsAbout(id.value())).extracting(AuditLog.AuditEvent::action, AuditLog.AuditEvent::detail)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple("READ_DENIED", null),
                        org.assertj.core.groups.Tuple.tuple("VISIBILITY_CHANGED", "PRIVATE->PARTNER"),
                        org.assertj.core.groups.Tuple.tuple("VISIBILITY_CHANGED", "PARTNER->PRIVATE"),
                        org.assertj.core.groups.Tuple.tuple("READ_DENIED", null));
    }

    @Test
    void sharingNeedsASpaceAndEndsWhenTheSpaceEnds() throws Exception {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        ReflectionId id = reflections.create(ana.id(), draft("Mine", null));
        mvc.perform(form(post("/reflections/" + id + "/share"), ana))
                .andExpect(status().is3xxRedirection());
        assertThat(reflections.read(ana.id(), id).visibility()).isEqualTo(Visibility.PRIVATE);

        couples.join(ben.id(), couples.start(ana.id(), Role.BOTH).code(), Role.BOTH);
        reflections.shareWithPartner(ana.id(), id);
        assertThat(reflections.read(ben.id(), id).content().whatHappened()).isEqualTo("Mine");

        couples.leave(ana.id());
        mvc.perform(get("/reflections/" + id).with(user(ben.principal()))).andExpect(status().isNotFound());
        // A new partner of Ana never sees what was shared in the old space.
        TestPerson cleo = people.create("Cleo");
        couples.join(cleo.id(), couples.start(ana.id(), Role.BOTH).code(), Role.BOTH);
        mvc.perform(get("/reflections/" + id).with(user(cleo.principal()))).andExpect(status().isNotFound());
        assertThat(reflections.mine(ana.id())).hasSize(1);
    }

    @Test
    void unknownAndMalformedIdsAnswerNotFound() throws Exception {
        TestPerson ana = people.create("Ana");
        for (String path : List.of("/reflections/" + UUID.randomUUID(), "/reflections/not-a-uuid",
                "/reflections/" + UUID.randomUUID() + "/edit", "/reflections/123/delete",
                "/reflections/" + "9".repeat(500))) {
            mvc.perform(get(path).with(user(ana.principal())))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(Matchers.containsString("We couldn’t find that")));
        }
        mvc.perform(form(post("/reflections/not-a-uuid/share"), ana)).andExpect(status().isNotFound());
    }

    private boolean tryUpdate(TestPerson p, ReflectionId id, long version, String text) {
        try {
            reflections.update(p.id(), id, version, draft(text, null));
            return true;
        } catch (StaleEditException e) {
            return false;
        }
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder builder, TestPerson person) {
        return builder.with(csrf()).with(user(person.principal()));
    }

    static ReflectionDraft draft(String whatHappened, String title) {
        return new ReflectionDraft(title, whatHappened, null, null, Map.of(), null);
    }
}
