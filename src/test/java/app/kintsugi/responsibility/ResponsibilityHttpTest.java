package app.kintsugi.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.program.ProgressStatus;

class ResponsibilityHttpTest extends IntegrationTest {

    private static final String GOOD = "I lied to you about where I was for months. I am so sorry for the pain I caused. "
            + "From now on I will tell you the truth, even when it is hard. I want to make it right: I will answer any question "
            + "you have. Please forgive me, when and if you can.";

    @Autowired
    Couples couples;

    @Autowired
    Apologies apologies;

    @Autowired
    OwnRoleReflections ownRole;

    @Autowired
    Progress progress;

    @Autowired
    AuditLog audit;

    private TestPerson hurt;
    private TestPerson broke;
    private TestPerson other;

    @BeforeEach
    void people() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        hurt = couple.first();
        broke = couple.second();
        other = testCouples.of("Cleo", Role.BROKE_TRUST, "Dan", Role.HURT_PARTNER).first();
    }

    @Test
    void thePartnerWhoBrokeTrustWritesChecksImprovesAndSendsAnApology() throws Exception {
        String checked = text(postAs(broke, "/apologies", Map.of("text", "I'm sorry if you were hurt, but you never listened.",
                "action", "check")));
        assertThat(checked).contains("What your draft holds").contains("Words that may get in the way")
                .contains("“Sorry if…” makes the hurt sound uncertain").contains("A “but” after an apology");
        assertThat(apologies.mine(broke.id())).isEmpty();

        MockHttpServletResponse saved = postAs(broke, "/apologies", Map.of("text", "I'm sorry if you were hurt.", "action", "save"));
        assertThat(saved.getStatus()).isEqualTo(302);
        UUID id = UUID.fromString(saved.getRedirectedUrl().substring("/apologies/".length(), "/apologies/".length() + 36));
        assertThat(progress.of(broke.id()).get("responsibility.apology").status()).isEqualTo(ProgressStatus.STARTED);

        // The draft is private: the partner cannot see it.
        assertThat(page(hurt, "/apologies/" + id).getStatus()).isEqualTo(404);
        assertThat(text(page(hurt, "/apologies"))).doesNotContain("sorry if");

        long version = apologies.read(broke.id(), id).version();
        assertThat(postAs(broke, "/apologies/" + id, Map.of("text", GOOD, "version", String.valueOf(version), "action", "save"))
                .getStatus()).isEqualTo(302);
        String draftPage = text(page(broke, "/apologies/" + id));
        assertThat(draftPage).contains("Acknowledging responsibility").contains("Send to Ana");

        version = apologies.read(broke.id(), id).version();
        // "Send to Ana" leads to a last look, exactly as Ana will see it; nothing is sent yet.
        String lastLook = text(page(broke, "/apologies/" + id + "/send"));
        assertThat(lastLook).contains("Read it once more").contains("What Ana will see").contains("An apology from Ben")
                .contains(GOOD).contains("Send it").contains("Change something")
                .contains("action=\"/apologies/" + id + "/send\"").contains("name=\"confirmed\" value=\"yes\"");
        assertThat(apologies.read(broke.id(), id).status()).isEqualTo(ApologyStatus.DRAFT);
        // A send that skips the last look only leads to it.
        MockHttpServletResponse skipped = postAs(broke, "/apologies/" + id + "/send", Map.of("version", String.valueOf(version)));
        assertThat(skipped.getRedirectedUrl()).isEqualTo("/apologies/" + id + "/send");
        assertThat(apologies.read(broke.id(), id).status()).isEqualTo(ApologyStatus.DRAFT);
        assertThat(page(hurt, "/apologies/" + id).getStatus()).isEqualTo(404);
        // "Change something": the words are all still there to change.
        assertThat(text(page(broke, "/apologies/" + id + "/edit"))).contains(GOOD);

        assertThat(postAs(broke, "/apologies/" + id + "/send", Map.of("version", String.valueOf(version), "confirmed", "yes"))
                .getStatus()).isEqualTo(302);
        assertThat(apologies.read(broke.id(), id).status()).isEqualTo(ApologyStatus.SENT);
        // Once sent, the last look leads back to the apology.
        assertThat(page(broke, "/apologies/" + id + "/send").getRedirectedUrl()).isEqualTo("/apologies/" + id);
        assertThat(text(page(hurt, "/"))).contains("Ben has sent you an apology");
        String received = text(page(hurt, "/apologies/" + id));
        assertThat(received).contains(GOOD).contains("Would you like to answer?").doesNotContain("What your draft holds");
        assertThat(audit.eventsAbout(id)).extracting(AuditLog.AuditEvent::detail).contains("PRIVATE->PARTNER");

        // A sent apology does not change; a later one is a new apology.
        assertThat(postAs(broke, "/apologies/" + id, Map.of("text", "changed", "version", String.valueOf(version + 1),
                "action", "save")).getStatus()).isEqualTo(404);
        assertThat(apologies.read(broke.id(), id).text()).isEqualTo(GOOD);
    }

    @Test
    void thePartnerMayAnswerWithAPrivateOrSharedNote() throws Exception {
        UUID id = sentApology();
        assertThat(text(page(broke, "/apologies/" + id))).contains("No answer so far. None is needed");

        assertThat(text(page(hurt, "/"))).contains("Ben has sent you an apology");
        page(hurt, "/apologies/" + id);
        // Opened once, never mentioned again: nothing pushes for an answer.
        assertThat(text(page(hurt, "/"))).doesNotContain("has sent you an apology");
        assertThat(postAs(hurt, "/apologies/" + id + "/answer", Map.of("answer", "PARTLY", "note", "private-note-xyz",
                "noteVisibility", "PRIVATE")).getStatus()).isEqualTo(302);
        assertThat(text(page(broke, "/apologies/" + id))).contains("Partly").doesNotContain("private-note-xyz");
        assertThat(text(page(hurt, "/apologies/" + id))).contains("private-note-xyz");
        assertThat(text(page(hurt, "/"))).doesNotContain("has sent you an apology");

        postAs(hurt, "/apologies/" + id + "/answer", Map.of("answer", "HEARD", "note", "shared-note-abc", "noteVisibility", "PARTNER"));
        assertThat(text(page(broke, "/apologies/" + id))).contains("I feel heard").contains("shared-note-abc");
        assertThat(text(page(broke, "/apologies"))).contains("They feel heard");
    }

    /**
     * Decision 28 for an apology's answer: once the space has ended, the one who answered still opens
     * their answer and note (under "From a space that has ended"), never the apology's words, and can
     * no longer change it; the one who apologised keeps the apology and no longer sees the note.
     */
    @Test
    void afterTheSpaceEndsTheAnswerStaysWithTheOneWhoWroteIt() throws Exception {
        UUID id = sentApology();
        postAs(hurt, "/apologies/" + id + "/answer", Map.of("answer", "PARTLY", "note", "ANSWER-NOTE-kept", "noteVisibility", "PARTNER"));
        couples.leave(broke.id());

        String list = text(page(hurt, "/apologies"));
        assertThat(list).contains("From a space that has ended").contains("An apology from Ben").contains("You answered: partly")
                .doesNotContain("I am so sorry");
        MockHttpServletResponse own = page(hurt, "/apologies/" + id);
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(text(own)).contains("ANSWER-NOTE-kept").contains("What Ben wrote here is no longer shown")
                .doesNotContain("I am so sorry").doesNotContain("name=\"noteVisibility\"");
        assertThat(postAs(hurt, "/apologies/" + id + "/answer", Map.of("answer", "HEARD", "note", "changed", "noteVisibility",
                "PARTNER")).getStatus()).as("nothing more can be written").isEqualTo(404);
        assertThat(text(page(broke, "/apologies/" + id))).contains("I am so sorry").doesNotContain("ANSWER-NOTE-kept");
        // Someone who never answered it still finds nothing there.
        assertThat(page(other, "/apologies/" + id).getStatus()).isEqualTo(404);
    }

    @Test
    void onlyTheRightPeopleSeeOrTouchAnApology() throws Exception {
        UUID draft = apologies.createDraft(broke.id(), "draft-text " + GOOD);
        UUID sent = sentApology();
        for (TestPerson stranger : List.of(hurt, other)) {
            for (String path : List.of("/apologies/" + draft, "/apologies/" + draft + "/edit", "/apologies/" + draft + "/delete")) {
                assertThat(page(stranger, path).getStatus()).as(stranger.name() + " " + path).isEqualTo(404);
            }
            assertThat(postAs(stranger, "/apologies/" + draft + "/send", Map.of("version", "0")).getStatus()).isEqualTo(404);
            assertThat(postAs(stranger, "/apologies/" + draft + "/send", Map.of("version", "0", "confirmed", "yes")).getStatus())
                    .isEqualTo(404);
            assertThat(page(stranger, "/apologies/" + draft + "/send").getStatus()).isEqualTo(404);
            assertThat(postAs(stranger, "/apologies/" + draft + "/delete", Map.of()).getStatus()).isEqualTo(404);
        }
        assertThat(page(other, "/apologies/" + sent).getStatus()).isEqualTo(404);
        assertThat(postAs(other, "/apologies/" + sent + "/answer", Map.of("answer", "HEARD", "noteVisibility", "PRIVATE"))
                .getStatus()).isEqualTo(404);
        // The author cannot answer their own apology, nor edit it once sent.
        assertThat(postAs(broke, "/apologies/" + sent + "/answer", Map.of("answer", "HEARD", "noteVisibility", "PRIVATE"))
                .getStatus()).isEqualTo(404);
        assertThat(page(broke, "/apologies/" + sent + "/edit").getStatus()).isEqualTo(404);
        // The hurt partner has no apology builder.
        assertThat(page(hurt, "/apologies/new").getStatus()).isEqualTo(404);
        assertThat(postAs(hurt, "/apologies", Map.of("text", "x", "action", "save")).getStatus()).isEqualTo(404);
        assertThat(page(hurt, "/apologies/not-a-uuid").getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/apologies")).andReturn().getResponse().getRedirectedUrl()).endsWith("/sign-in");
    }

    @Test
    void badInputIsExplainedAndKept() throws Exception {
        String empty = text(postAs(broke, "/apologies", Map.of("text", "   ", "action", "save")));
        assertThat(empty).contains("Please write a few words before saving");
        String huge = "y".repeat(20_001);
        assertThat(text(postAs(broke, "/apologies", Map.of("text", huge, "action", "save")))).contains("longer than 20,000").contains(huge);
        UUID sent = sentApology();
        String noAnswer = text(postAs(hurt, "/apologies/" + sent + "/answer", Map.of("answer", "", "note", "kept ✓",
                "noteVisibility", "PARTNER")));
        assertThat(noAnswer).contains("Please choose one of the answers").contains("kept ✓");
        String html = page(hurt, "/apologies/" + sentApology("<script>alert(1)</script> I am sorry")).getContentAsString();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        TestPerson solo = people.create("Solo");
        UUID alone = apologies.createDraft(solo.id(), "Written before anyone joined");
        assertThat(postAs(solo, "/apologies/" + alone + "/send", Map.of("version", "0", "confirmed", "yes")).getRedirectedUrl())
                .endsWith("?noPartner");
        assertThat(page(solo, "/apologies/" + alone + "/send").getRedirectedUrl()).endsWith("?noPartner");
        assertThat(apologies.read(solo.id(), alone).status()).isEqualTo(ApologyStatus.DRAFT);
    }

    @Test
    void ownRoleReflectionsArePrivateUntilShared() throws Exception {
        MockHttpServletResponse created = postAs(hurt, "/own-role", Map.of("actions", "I stopped asking questions.",
                "patterns", "", "hurt", ""));
        assertThat(created.getStatus()).isEqualTo(302);
        UUID id = UUID.fromString(created.getRedirectedUrl().substring("/own-role/".length(), "/own-role/".length() + 36));
        assertThat(progress.of(hurt.id()).get("responsibility.own-role").status()).isEqualTo(ProgressStatus.COMPLETED);
        assertThat(page(broke, "/own-role/" + id).getStatus()).isEqualTo(404);
        assertThat(page(other, "/own-role/" + id).getStatus()).isEqualTo(404);
        assertThat(text(page(hurt, "/own-role/" + id))).contains("I stopped asking questions.");

        postAs(hurt, "/own-role/" + id + "/share", Map.of());
        assertThat(text(page(broke, "/own-role/" + id))).contains("I stopped asking questions.");
        assertThat(text(page(broke, "/own-role"))).contains("Ana has shared with you");
        assertThat(page(other, "/own-role/" + id).getStatus()).isEqualTo(404);
        for (String action : List.of("share", "private", "delete")) {
            assertThat(postAs(broke, "/own-role/" + id + "/" + action, Map.of()).getStatus()).isEqualTo(404);
        }
        assertThat(page(broke, "/own-role/" + id + "/edit").getStatus()).isEqualTo(404);
        postAs(hurt, "/own-role/" + id + "/private", Map.of());
        assertThat(page(broke, "/own-role/" + id).getStatus()).isEqualTo(404);

        String empty = text(postAs(hurt, "/own-role", Map.of("actions", " ", "patterns", "", "hurt", "")));
        assertThat(empty).contains("Please answer at least one of the questions");
        long version = ownRole.read(hurt.id(), id).version();
        ownRole.update(hurt.id(), id, version, new OwnRoleDraft("Changed elsewhere", null, null));
        String stale = text(postAs(hurt, "/own-role/" + id, Map.of("actions", "Mine", "version", String.valueOf(version))));
        assertThat(stale).contains("was changed somewhere else").contains("Mine");
        assertThat(ownRole.read(hurt.id(), id).content().actions()).isEqualTo("Changed elsewhere");
        assertThat(ownRole.read(hurt.id(), id).visibility()).isEqualTo(Visibility.PRIVATE);
    }

    private UUID sentApology() {
        return sentApology(GOOD);
    }

    private UUID sentApology(String text) {
        UUID id = apologies.createDraft(broke.id(), text);
        apologies.send(broke.id(), id, apologies.read(broke.id(), id).version());
        return id;
    }
}
