package app.kintsugi.movingon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.export.CoupleInEveryModule;
import app.kintsugi.counselor.CounselorLinks;
import app.kintsugi.counselor.CounselorRoom;
import app.kintsugi.movingon.internal.MovingOnRules;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.program.Progress;
import app.kintsugi.program.ProgressStatus;

/** Moving on through the pages, on the real database: private by default, shared one entry at a time, and taken back. */
class MovingOnHttpTest extends IntegrationTest {

    @Autowired
    Couples couples;
    @Autowired
    AuditLog audit;
    @Autowired
    Progress progress;
    @Autowired
    CoupleInEveryModule fixture;
    @Autowired
    CounselorLinks links;
    @Autowired
    CounselorRoom room;
    @Autowired
    WhyReflections why;
    @Autowired
    UnsentLetters letters;
    @Autowired
    Forgiveness forgiveness;
    @Autowired
    Accountability accountability;

    private static final List<String> PARTNERS_PAGES = List.of("/", "/moving-on/shared", "/moving-on/why", "/moving-on/letters",
            "/moving-on/accountable", "/steps/movingon", "/inbox");

    @Test
    void whyItHappenedIsPrivateAndOnlyItsSummaryCanBeSharedAndTakenBack() throws Exception {
        var couple = testCouples.of("Ana", Role.HURT_PARTNER, "Ben", Role.BROKE_TRUST);
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        TestPerson cleo = testCouples.of("Cleo", "Dan").first();

        // The hurt partner's page says plainly that the choice was not hers, and asks nothing about what she did.
        String page = text(page(ana, "/moving-on/why/new"));
        assertThat(page).contains("the choice to break trust was not yours").contains("In me: what it touched")
                .doesNotContain("what did you do");
        assertThat(text(page(ben, "/moving-on/why/new"))).contains("In me: what made it possible");

        // Bad input: nothing, too much, and markup, each answered next to the field with the text kept.
        assertThat(text(postAs(ana, "/moving-on/why", Map.of("relationship", " ", "inMe", "", "outside", ""))))
                .contains("Please write in at least one of the three parts");
        String huge = "é".repeat(MovingOnRules.MAX_TEXT + 1);
        String tooLong = postAs(ana, "/moving-on/why", Map.of("relationship", "kept ANA-kept", "inMe", huge, "outside", ""))
                .getContentAsString();
        assertThat(tooLong).contains("ANA-kept").contains("This is longer than 20,000 characters");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM why_entry WHERE author_id = ?").param(ana.id().value().toString()).query(Integer.class)
                .single()).isZero();

        Map<String, String> before = pages(ben);
        String created = postAs(ana, "/moving-on/why", Map.of("relationship", "ANA-rel <script>alert(1)</script> 💔 niño",
                "inMe", "ANA-inme", "outside", "")).getRedirectedUrl();
        assertThat(created).startsWith("/moving-on/why/").endsWith("?saved");
        UUID id = UUID.fromString(created.substring("/moving-on/why/".length(), created.indexOf('?')));
        String own = page(ana, "/moving-on/why/" + id).getContentAsString();
        assertThat(own).contains("ANA-rel &lt;script&gt;alert(1)&lt;/script&gt; 💔 niño").doesNotContain("<script>alert(1)");
        assertThat(progress.of(ana.id()).get(MovingOnExercises.WHY).status()).isEqualTo(ProgressStatus.COMPLETED);
        assertThat(new String(jdbc.sql("SELECT relationship FROM why_entry WHERE id = ?").param(id.toString()).query(byte[].class).single(),
                StandardCharsets.ISO_8859_1)).doesNotContain("ANA-rel");

        // A summary, written separately; sharing needs one.
        assertThat(postAs(ana, "/moving-on/why/" + id + "/share", Map.of()).getRedirectedUrl()).contains("noSummary");
        assertThat(text(postAs(ana, "/moving-on/why/" + id + "/summary", Map.of("summary", "x".repeat(MovingOnRules.MAX_SUMMARY + 1),
                "version", "0")))).contains("This is longer than 4,000 characters");
        postAs(ana, "/moving-on/why/" + id + "/summary", Map.of("summary", "ANA-summary we drifted", "version", "0"));
        // Still private: Ben's pages are exactly what they were with nothing written.
        assertThat(pages(ben)).isEqualTo(before);
        assertThat(page(ben, "/moving-on/shared/why/" + id).getStatus()).isEqualTo(404);
        assertThat(page(ben, "/moving-on/why/" + id).getStatus()).isEqualTo(404);
        assertThat(page(ben, "/moving-on/shared/why/" + UUID.randomUUID()).getStatus()).isEqualTo(404);

        postAs(ana, "/moving-on/why/" + id + "/share", Map.of());
        assertThat(text(page(ben, "/"))).contains("Ana shared a summary of their thoughts on why it happened.");
        String shared = text(page(ben, "/moving-on/shared/why/" + id));
        assertThat(shared).contains("ANA-summary we drifted").doesNotContain("ANA-rel").doesNotContain("ANA-inme")
                .contains("This feels overwhelming");
        assertThat(text(page(ben, "/"))).doesNotContain("shared a summary");
        assertThat(text(page(ben, "/moving-on/shared"))).contains("ANA-summary we drifted").doesNotContain("ANA-rel");
        assertThat(page(ben, "/moving-on/why/" + id).getStatus()).as("the reflection itself stays hers").isEqualTo(404);
        assertThat(page(cleo, "/moving-on/shared/why/" + id).getStatus()).isEqualTo(404);
        assertThat(postAs(ben, "/moving-on/why/" + id + "/unshare", Map.of()).getStatus()).isEqualTo(404);
        assertThat(postAs(ben, "/moving-on/why/" + id + "/delete", Map.of()).getStatus()).isEqualTo(404);
        assertThat(audit.eventsAbout(id).stream().map(AuditLog.AuditEvent::detail).toList()).contains("PRIVATE->PARTNER");

        postAs(ana, "/moving-on/why/" + id + "/unshare", Map.of());
        assertThat(page(ben, "/moving-on/shared/why/" + id).getStatus()).isEqualTo(404);
        assertThat(text(page(ben, "/moving-on/shared"))).doesNotContain("ANA-summary");
        assertThat(audit.eventsAbout(id).stream().map(AuditLog.AuditEvent::detail).toList()).contains("PARTNER->PRIVATE");

        // Editing keeps the text when it fails, and a stale edit says so.
        assertThat(text(postAs(ana, "/moving-on/why/" + id, Map.of("relationship", "ANA-typed later", "inMe", "", "outside", "",
                "version", "0")))).contains("changed somewhere else").contains("ANA-typed later");
        assertThat(postAs(ana, "/moving-on/why/" + id + "/delete", Map.of()).getRedirectedUrl()).isEqualTo("/moving-on/why?deleted");
        assertThat(page(ana, "/moving-on/why/" + id).getStatus()).isEqualTo(404);
    }

    @Test
    void forgivenessIsPrivateHistoryAndOnlyAChosenPositionIsEverShown() throws Exception {
        var couple = testCouples.of("Ana", Role.HURT_PARTNER, "Ben", Role.BROKE_TRUST);
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();

        String page = text(page(ana, "/moving-on/forgiveness"));
        assertThat(page).contains("It is not forgetting what happened.").contains("It has no deadline.")
                .contains("I am not thinking about forgiveness.").contains("The hurt has much less hold on me.");
        assertThat(page(ben, "/moving-on/forgiveness").getStatus()).as("not meant for the partner who broke trust").isEqualTo(404);
        assertThat(text(page(ben, "/steps/movingon"))).doesNotContain("What forgiveness is and is not");

        assertThat(text(postAs(ana, "/moving-on/forgiveness", Map.of("position", "SOONER", "note", "ANA-kept note"))))
                .contains("Please choose the one that is closest today.").contains("ANA-kept note");
        Map<String, String> before = pages(ben);
        postAs(ana, "/moving-on/forgiveness", Map.of("position", "NOT_THINKING", "note", "ANA-note first"));
        clock.advance(java.time.Duration.ofDays(20));
        postAs(ana, "/moving-on/forgiveness", Map.of("position", "SOME_DAYS", "note", "ANA-note later"));
        assertThat(text(page(ana, "/moving-on/forgiveness"))).contains("ANA-note first").contains("ANA-note later")
                .contains("Some days the hurt feels a little lighter.");
        assertThat(pages(ben)).isEqualTo(before);

        UUID later = forgiveness.history(ana.id()).getFirst().id();
        postAs(ana, "/moving-on/forgiveness/" + later + "/share", Map.of());
        String seen = text(page(ben, "/moving-on/shared"));
        assertThat(seen).contains("Some days the hurt feels a little lighter.").doesNotContain("ANA-note")
                .doesNotContain("I am not thinking about forgiveness.");
        assertThat(text(page(ben, "/"))).as("a position is never announced").doesNotContain("Some days the hurt");
        assertThat(postAs(ben, "/moving-on/forgiveness/" + later + "/unshare", Map.of()).getStatus()).isEqualTo(404);
        postAs(ana, "/moving-on/forgiveness/" + later + "/unshare", Map.of());
        assertThat(text(page(ben, "/moving-on/shared"))).doesNotContain("Some days");
        assertThat(audit.eventsAbout(later).stream().map(AuditLog.AuditEvent::detail).toList())
                .containsSubsequence("PRIVATE->PARTNER", "PARTNER->PRIVATE");

        // Removing a mark asks first; only its writer is asked, and only the post removes it.
        assertThat(page(ben, "/moving-on/forgiveness/" + later + "/delete").getStatus()).isEqualTo(404);
        assertThat(text(page(ana, "/moving-on/forgiveness/" + later + "/delete"))).contains("Remove this mark from your history?")
                .doesNotContain("ANA-note");
        assertThat(forgiveness.history(ana.id())).hasSize(2);
        postAs(ana, "/moving-on/forgiveness/" + later + "/delete", Map.of());
        assertThat(forgiveness.history(ana.id())).hasSize(1);
    }

    @Test
    void lettersStayPrivateUntilSharedOneAtATimeAndCanBeTakenBack() throws Exception {
        var couple = testCouples.of("Ana", Role.HURT_PARTNER, "Ben", Role.BROKE_TRUST);
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        TestPerson cleo = testCouples.of("Cleo", "Dan").first();

        assertThat(text(postAs(ben, "/moving-on/letters", Map.of("to", "", "text", ""))))
                .contains("Please choose who the letter is to.").contains("Please write a few words");
        Map<String, String> before = pages(ana);
        String first = postAs(ben, "/moving-on/letters", Map.of("to", "PAST_SELF", "text", "BEN-private to who I was")).getRedirectedUrl();
        String second = postAs(ben, "/moving-on/letters", Map.of("to", "PARTNER", "text", "BEN-letter to Ana")).getRedirectedUrl();
        UUID privateOne = UUID.fromString(first.substring("/moving-on/letters/".length(), first.indexOf('?')));
        UUID letter = UUID.fromString(second.substring("/moving-on/letters/".length(), second.indexOf('?')));
        assertThat(pages(ana)).isEqualTo(before);
        assertThat(page(ana, "/moving-on/letters/" + letter).getStatus()).isEqualTo(404);

        postAs(ben, "/moving-on/letters/" + letter + "/share", Map.of());
        assertThat(text(page(ana, "/"))).contains("Ben shared a letter with you.");
        String reading = text(page(ana, "/moving-on/letters/" + letter));
        assertThat(reading).contains("BEN-letter to Ana").contains("A letter to you").contains("This feels overwhelming")
                .doesNotContain("Make it private again");
        assertThat(text(page(ana, "/"))).doesNotContain("shared a letter");
        assertThat(page(ana, "/moving-on/letters/" + privateOne).getStatus()).isEqualTo(404);
        assertThat(page(cleo, "/moving-on/letters/" + letter).getStatus()).isEqualTo(404);
        assertThat(page(ana, "/moving-on/letters/" + letter + "/edit").getStatus()).isEqualTo(404);
        assertThat(postAs(ana, "/moving-on/letters/" + letter + "/delete", Map.of()).getStatus()).isEqualTo(404);

        // An edit of a shared letter is news again; making it private takes it back at once.
        postAs(ben, "/moving-on/letters/" + letter, Map.of("to", "PARTNER", "text", "BEN-letter changed", "version", "1"));
        assertThat(text(page(ana, "/"))).contains("Ben shared a letter with you.");
        postAs(ben, "/moving-on/letters/" + letter + "/unshare", Map.of());
        assertThat(page(ana, "/moving-on/letters/" + letter).getStatus()).isEqualTo(404);
        assertThat(text(page(ana, "/"))).doesNotContain("shared a letter");

        // The space ends: Ben keeps his letters, Ana reads none of them, and sharing needs a partner again.
        postAs(ben, "/moving-on/letters/" + letter + "/share", Map.of());
        couples.leave(ana.id());
        assertThat(page(ana, "/moving-on/letters/" + letter).getStatus()).isEqualTo(404);
        assertThat(text(page(ben, "/moving-on/letters/" + letter))).contains("BEN-letter changed").contains("Only you can read this letter.");
        assertThat(postAs(ben, "/moving-on/letters/" + privateOne + "/share", Map.of()).getRedirectedUrl()).endsWith("?noPartner");
    }

    @Test
    void accountableWritingIsForItsAuthorAloneAndNeverAsksForForgiveness() throws Exception {
        var couple = testCouples.of("Ana", Role.HURT_PARTNER, "Ben", Role.BROKE_TRUST);
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();

        String page = text(page(ben, "/moving-on/accountable"));
        assertThat(page).contains("never means asking your partner to forgive you").contains("there is no way to share it");
        assertThat(page(ana, "/moving-on/accountable").getStatus()).isEqualTo(404);
        assertThat(text(postAs(ben, "/moving-on/accountable", Map.of("did", "", "learned", "", "keepDoing", "", "stillOwe", ""))))
                .contains("Please write in at least one of the four parts");
        Map<String, String> before = pages(ana);
        postAs(ben, "/moving-on/accountable", Map.of("did", "BEN-did", "learned", "BEN-learned", "keepDoing", "", "stillOwe", "BEN-owe"));
        assertThat(text(page(ben, "/moving-on/accountable"))).contains("BEN-did").contains("BEN-owe");
        assertThat(pages(ana)).isEqualTo(before);
        UUID id = accountability.mine(ben.id()).getFirst().id();
        assertThat(page(ana, "/moving-on/accountable/" + id + "/edit").getStatus()).isEqualTo(404);
        assertThat(text(page(ben, "/moving-on/accountable/" + id + "/edit"))).contains("BEN-did").contains("BEN-owe");
        assertThat(postAs(ben, "/moving-on/accountable/" + id, Map.of("did", "BEN-did changed", "learned", "", "keepDoing", "",
                "stillOwe", "", "version", "0")).getRedirectedUrl()).startsWith("/moving-on/accountable?saved");
        assertThat(text(postAs(ben, "/moving-on/accountable/" + id, Map.of("did", "BEN-typed twice", "learned", "", "keepDoing", "",
                "stillOwe", "", "version", "0")))).contains("changed somewhere else").contains("BEN-typed twice");
        assertThat(postAs(ana, "/moving-on/accountable/" + id + "/delete", Map.of()).getStatus()).isEqualTo(404);
        assertThat(page(ana, "/moving-on/accountable/" + id + "/delete").getStatus()).isEqualTo(404);
        assertThat(text(page(ben, "/moving-on/accountable"))).as("deleting asks first")
                .contains("/moving-on/accountable/" + id + "/delete\"");
        String asking = text(page(ben, "/moving-on/accountable/" + id + "/delete"));
        assertThat(asking).contains("Delete what you wrote?").contains("Keep it").doesNotContain("BEN-did");
        assertThat(accountability.mine(ben.id())).as("asking deletes nothing").hasSize(1);
        assertThat(progress.of(ben.id()).get(MovingOnExercises.ACCOUNTABLE).status()).isEqualTo(ProgressStatus.COMPLETED);

        // Nowhere in the step is forgiveness asked of anyone.
        for (TestPerson p : List.of(ana, ben)) {
            for (String path : List.of("/steps/movingon", "/moving-on/why", "/moving-on/letters", "/moving-on/shared")) {
                assertThat(text(page(p, path)).toLowerCase()).doesNotContain("forgive me").doesNotContain("days left");
            }
        }
    }

    @Test
    void aPersonAloneWritesEverythingAndSharingWaitsForAPartner() throws Exception {
        TestPerson eva = people.create("Eva");
        assertThat(page(eva, "/moving-on/forgiveness").getStatus()).isEqualTo(200);
        assertThat(page(eva, "/moving-on/accountable").getStatus()).isEqualTo(200);
        assertThat(text(page(eva, "/moving-on/shared"))).contains("Once your partner has joined your space");
        UUID id = why.create(eva.id(), new WhyDraft("EVA-rel", null, null));
        why.writeSummary(eva.id(), id, 0, "EVA-sum");
        assertThat(postAs(eva, "/moving-on/why/" + id + "/share", Map.of()).getRedirectedUrl()).contains("noPartner");
        assertThat(text(page(eva, "/moving-on/why/" + id))).contains("EVA-sum").doesNotContain("Share the summary with my partner");
        String spanish = text(mvc.perform(get("/moving-on/forgiveness").param("lang", "es").with(user(eva.principal())))
                .andReturn().getResponse());
        assertThat(spanish).contains("No estoy pensando en el perdón.").contains("No tiene fecha límite.");
    }

    @Test
    void aCounselorReadsOnlyASummaryShownToThemWithConsent() throws Exception {
        var w = fixture.write(clock);
        UUID id = why.create(w.ana().id(), new WhyDraft("ANA-why-private", null, null));
        why.writeSummary(w.ana().id(), id, 0, "ANA-why-summary-for-counselor");
        assertThat(room.open(w.counselor(), w.link()).toString()).doesNotContain(id.toString());
        links.show(w.ana().id(), WhyReflections.SUMMARY_KIND, id, true);
        var view = room.open(w.counselor(), w.link());
        var entries = view.partners().stream().flatMap(p -> p.entries().stream()).filter(e -> e.id().equals(id)).toList();
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().parts().getFirst().text()).isEqualTo("ANA-why-summary-for-counselor");
        assertThat(entries.toString() + entries.getFirst().parts()).doesNotContain("ANA-why-private");
        links.show(w.ana().id(), WhyReflections.SUMMARY_KIND, id, false);
        assertThat(room.open(w.counselor(), w.link()).partners().stream().flatMap(p -> p.entries().stream())
                .noneMatch(e -> e.id().equals(id))).isTrue();
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() throws Exception {
        for (String path : List.of("/moving-on/why", "/moving-on/forgiveness", "/moving-on/letters", "/moving-on/accountable",
                "/moving-on/shared", "/moving-on/letters/" + UUID.randomUUID())) {
            var r = mvc.perform(get(path).with(freshAddress())).andReturn().getResponse();
            assertThat(r.getStatus()).as(path).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).as(path).endsWith("/sign-in");
        }
    }

    private Map<String, String> pages(TestPerson p) throws Exception {
        Map<String, String> out = new HashMap<>();
        for (String path : PARTNERS_PAGES) {
            var r = page(p, path);
            out.put(path, r.getStatus() + normalize(r.getContentAsString()));
        }
        return out;
    }

    private static String normalize(String page) {
        return page.replaceAll("nonce=\"[^\"]*\"", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                .replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "");
    }
}
