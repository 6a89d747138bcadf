package app.kintsugi.alone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.AccountRole;
import app.kintsugi.account.Accounts;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.checkin.TestCheckIns;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.counselor.Counselors;
import app.kintsugi.moments.HardMoments;
import app.kintsugi.moments.MomentDraft;
import app.kintsugi.program.ExerciseNotes;
import app.kintsugi.program.Progress;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.ReflectionId;
import app.kintsugi.reflection.Reflections;
import app.kintsugi.transparency.DisclosurePart;
import app.kintsugi.transparency.PreparedDisclosureStatus;
import app.kintsugi.transparency.PreparedDisclosures;

/**
 * A person alone (decision 42), through HTTP: a role chosen without inviting anyone, Today and the
 * program made for one, the program going on after a space ended, a counselor on one consent, and
 * a partner who joins later finding nothing of what was written alone.
 */
class AloneHttpTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Couples couples;
    @Autowired
    Reflections reflections;
    @Autowired
    HardMoments moments;
    @Autowired
    ExerciseNotes notes;
    @Autowired
    Progress progress;
    @Autowired
    TestCheckIns checkIns;
    @Autowired
    Counselors counselors;
    @Autowired
    PreparedDisclosures disclosures;
    @Autowired
    app.kintsugi.respect.KindActs kindActs;
    @Autowired
    app.kintsugi.counselor.CounselorLinks links;
    @Autowired
    app.kintsugi.account.ApiTokens tokens;

    @Test
    void aRoleIsChosenAloneAndTodayIsMadeForOne() throws Exception {
        TestPerson nadia = people.create("Nadia");
        String before = text(page(nadia, "/"));
        assertThat(before).contains("You are doing this on your own").contains("Choose your role")
                .doesNotContain("Start or join a shared space").doesNotContain("Before you do exercises together");
        String space = text(page(nadia, "/space"));
        assertThat(space).contains("Save my role and begin on my own").contains("Start the space and get an invitation");

        // Choosing a role alone: nothing is sent, no invitation is open.
        var saved = postAs(nadia, "/space/role", Map.of("role", "HURT_PARTNER"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/space?roleSaved");
        var mine = couples.current(nadia.id()).orElseThrow();
        assertThat(mine.me().role()).isEqualTo(Role.HURT_PARTNER);
        assertThat(mine.complete()).isFalse();
        assertThat(mine.pendingInvitationExpires()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM couple_invitation WHERE couple_id = ?").param(mine.id().value().toString())
                .query(Long.class).single()).isZero();

        String today = text(page(nadia, "/"));
        assertThat(today).contains("Your space").contains("You are doing this on your own, and the program is made for that.")
                .contains("Invite your partner, when and if you want")
                .doesNotContain("Your partner hasn’t joined yet").doesNotContain("Waiting for your partner")
                .doesNotContain("you both").doesNotContain("You both").doesNotContain("Start or join");
        // Boundaries are only done together: nothing counted, said once, quietly.
        assertThat(today).contains("Agreements two people make together.").contains("Done together, if your partner joins later");
        assertThat(today).doesNotContainPattern("0 of \\d+ done");

        String boundaries = text(page(nadia, "/steps/boundaries"));
        assertThat(boundaries).contains("nothing here for you to do alone").contains("Done together, if your partner joins later (2)")
                .doesNotContain("I’ve started");
        String transparency = text(page(nadia, "/steps/transparency"));
        assertThat(transparency).contains("The questions I carry").contains("Done together, if your partner joins later (");
        assertThat(text(page(nadia, "/space"))).contains("On your own, for now").contains("Invite your partner")
                .doesNotContain("Leave this space");

        // Bad input: a role is required, said next to the field.
        assertThat(text(postAs(nadia, "/space/role", Map.of()))).contains("field-error");
    }

    @Test
    void theInvitationIsASeparateChoiceThatCanBeUndone() throws Exception {
        TestPerson ivy = people.create("Ivy");
        postAs(ivy, "/space/role", Map.of("role", "BROKE_TRUST"));
        String invited = text(postAs(ivy, "/space/invitation", Map.of()));
        assertThat(invited).contains("Your invitation").contains("Cancel the invitation and go on alone for now");
        assertThat(text(page(ivy, "/"))).contains("An invitation is open. Until your partner joins, the program is made for you alone.");
        assertThat(postAs(ivy, "/space/invitation/revoke", Map.of()).getRedirectedUrl()).isEqualTo("/space?revoked");
        assertThat(text(page(ivy, "/"))).contains("You are doing this on your own");
        assertThat(couples.current(ivy.id()).orElseThrow().me().role()).isEqualTo(Role.BROKE_TRUST);
    }

    @Test
    void togetherShowsAlonePeopleWhatTheyCanUseAndFoldsWhatIsForTwo() throws Exception {
        TestPerson ivy = people.create("Ivy");
        String alone = text(page(ivy, "/together"));
        assertThat(alone).contains("You are doing this on your own").contains("On your own, your consent is enough")
                .contains("For two, if your partner joins later (7)")
                .doesNotContain("Once your partner joins your space").doesNotContain("with the consent of both");
        postAs(ivy, "/space/role", Map.of("role", "BROKE_TRUST"));
        postAs(ivy, "/space/invitation", Map.of());
        assertThat(text(page(ivy, "/together"))).contains("Once your partner joins your space")
                .contains("For two, if your partner joins later (7)");

        TestPerson kim = people.create("Kim");
        TestPerson max = people.create("Max");
        testCouples.link(kim, Role.BROKE_TRUST, max, Role.HURT_PARTNER);
        String two = text(page(max, "/together"));
        assertThat(two).contains("The places you share with your partner").contains("Invite a counselor, with both of your consent")
                .doesNotContain("For two, if your partner joins later").doesNotContain("You are doing this on your own");
    }

    @Test
    void afterTheSpaceEndedTheProgramGoesOnForOne() throws Exception {
        TestPerson elena = people.create("Elena");
        TestPerson gus = people.create("Gus");
        testCouples.link(elena, Role.HURT_PARTNER, gus, Role.BROKE_TRUST);
        couples.leave(gus.id());
        String today = text(page(elena, "/"));
        assertThat(today).contains("when the other person left it").contains("The program goes on for you alone")
                .doesNotContain("invite your partner to a shared space").doesNotContain("New here?");
        assertThat(postAs(elena, "/space/role", Map.of("role", "HURT_PARTNER")).getRedirectedUrl()).isEqualTo("/space?roleSaved");
        assertThat(couples.current(elena.id()).orElseThrow().complete()).isFalse();
        assertThat(text(page(elena, "/steps/moments"))).contains("Done together, if your partner joins later");
    }

    @Test
    void aPartnerWhoJoinsLaterSeesTheSamePagesWhetherTheOtherWroteNothingOrAMonthAlone() throws Exception {
        TestPerson quiet = people.create("Ana");
        TestPerson busy = people.create("Ana");
        for (TestPerson ana : List.of(quiet, busy)) {
            couples.chooseRole(ana.id(), Role.HURT_PARTNER);
        }
        aMonthAlone(busy);

        TestPerson benOfQuiet = people.create("Ben");
        TestPerson benOfBusy = people.create("Ben");
        couples.join(benOfQuiet.id(), couples.newInvitation(quiet.id()).code(), Role.BROKE_TRUST);
        couples.join(benOfBusy.id(), couples.newInvitation(busy.id()).code(), Role.BROKE_TRUST);

        Map<String, String> a = pagesOf(benOfQuiet);
        Map<String, String> b = pagesOf(benOfBusy);
        for (String path : a.keySet()) {
            if (!a.get(path).equals(b.get(path))) {
                java.nio.file.Files.writeString(java.nio.file.Path.of("target/alone-diff-a.html"), a.get(path));
                java.nio.file.Files.writeString(java.nio.file.Path.of("target/alone-diff-b.html"), b.get(path));
            }
            assertThat(b.get(path)).as(path).isEqualTo(a.get(path));
        }
        assertThat(String.join("", b.values())).doesNotContain("alone-month");
        // And the one who was alone still has all of it.
        assertThat(text(page(busy, "/reflections"))).contains("alone-month title 27");
    }

    @Test
    void aCounselorOnOneConsentSeesNothingOfAPartnerWhoJoinsUntilTheyAgree() throws Exception {
        TestPerson ana = people.create("Ana");
        couples.chooseRole(ana.id(), Role.HURT_PARTNER);
        ReflectionId anas = reflections.create(ana.id(), new ReflectionDraft("For my counselor", "anas-shown-K2 words", null, null, Map.of(), null));
        TestPerson operator = people.staff("Olga", AccountRole.OPERATOR);
        var created = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "Dr Rivera", "Rivera Practice", "en");
        TestPerson counselor = new TestPerson(created.counselor().id(), created.counselor().email(), "Dr Rivera",
                TestAccounts.principal(created.counselor().id(), AccountRole.COUNSELOR));

        String page = text(page(ana, "/help/counselor"));
        assertThat(page).contains("your agreement is enough").doesNotContain("needs both of you");
        // Consent is still required, said next to the box.
        assertThat(text(postAs(ana, "/help/counselor/invite", Map.of("counselor", created.counselor().code()))))
                .contains("Please tick the box if you agree.");
        assertThat(postAs(ana, "/help/counselor/invite", Map.of("counselor", created.counselor().code(), "consent", "true"))
                .getRedirectedUrl()).contains("invited");
        UUID link = UUID.fromString(jdbc.sql("SELECT id FROM counselor_link WHERE invited_by = ? AND ended_at IS NULL")
                .param(ana.id().value().toString()).query(String.class).single());
        assertThat(text(page(ana, "/help/counselor"))).contains("Dr Rivera is your counselor. They read only what you choose")
                .contains("What Dr Rivera can read of yours");
        assertThat(text(page(ana, "/"))).as("nothing waits for a partner").doesNotContain("Your invitation of a counselor")
                .doesNotContain("What you are waiting for");
        postAs(ana, "/help/counselor/show", Map.of("kind", "reflection", "entry", anas.value().toString(), "show", "true"));
        String room = "/counselor/couples/" + link;
        assertThat(text(page(counselor, room))).contains("anas-shown-K2 words").contains("Ana");

        // Ben joins: he is told, and the counselor sees nothing of his.
        TestPerson ben = people.create("Ben");
        couples.join(ben.id(), couples.newInvitation(ana.id()).code(), Role.BROKE_TRUST);
        ReflectionId bens = reflections.create(ben.id(), new ReflectionDraft("Bens", "bens-own-R7 words", null, null, Map.of(), null));
        assertThat(text(page(ben, "/"))).contains("Ana linked a counselor before you joined.");
        String bensPage = text(page(ben, "/help/counselor"));
        assertThat(bensPage).contains("Before you joined, Ana linked Dr Rivera for themselves.").contains("I agree")
                .doesNotContain("For my counselor");
        // Ben cannot show anything before agreeing; the counselor reads only Ana's part, and no line for Ben.
        assertThat(postAs(ben, "/help/counselor/show", Map.of("kind", "reflection", "entry", bens.value().toString(), "show", "true"))
                .getStatus()).isEqualTo(404);
        String seen = text(page(counselor, room));
        assertThat(seen).contains("anas-shown-K2 words").doesNotContain("Ben").doesNotContain("bens-own-R7");
        assertThat(text(page(counselor, "/counselor"))).doesNotContain("Ben");
        assertThat(text(page(ana, "/help/counselor"))).contains("Ben joined after you linked Dr Rivera, and has not agreed.");

        // Once Ben agrees and shows something, the counselor reads it too.
        postAs(ben, "/help/counselor/" + link + "/consent", Map.of("agree", "true"));
        postAs(ben, "/help/counselor/show", Map.of("kind", "reflection", "entry", bens.value().toString(), "show", "true"));
        assertThat(text(page(counselor, room))).contains("anas-shown-K2 words").contains("bens-own-R7 words");

        // The space ends: the counselor's access ends with it, for both.
        couples.leave(ben.id());
        assertThat(page(counselor, room).getStatus()).isEqualTo(404);
    }

    @Test
    void aLinkTwoPeopleMadeStillNeedsBoth() throws Exception {
        var couple = testCouples.of("Cara", "Dev");
        TestPerson operator = people.staff("Omar", AccountRole.OPERATOR);
        var created = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "Dr Lee", "", "en");
        TestPerson counselor = new TestPerson(created.counselor().id(), created.counselor().email(), "Dr Lee",
                TestAccounts.principal(created.counselor().id(), AccountRole.COUNSELOR));
        postAs(couple.first(), "/help/counselor/invite", Map.of("counselor", created.counselor().code(), "consent", "true"));
        UUID link = UUID.fromString(jdbc.sql("SELECT id FROM counselor_link WHERE invited_by = ? AND ended_at IS NULL")
                .param(couple.first().id().value().toString()).query(String.class).single());
        assertThat(page(counselor, "/counselor/couples/" + link).getStatus()).isEqualTo(404);
        assertThat(text(page(couple.first(), "/help/counselor"))).doesNotContain("your agreement is enough");
    }

    @Test
    void aLinkStartedAloneAnswersEveryoneElseLikeAMissingOne() throws Exception {
        TestPerson ana = people.create("Ana");
        couples.chooseRole(ana.id(), Role.BOTH);
        ReflectionId anas = reflections.create(ana.id(), new ReflectionDraft("Shown", "anas-shown-Z4 words", null, null, Map.of(), null));
        TestPerson operator = people.staff("Oona", AccountRole.OPERATOR);
        var rivera = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "Dr Rivera", "", "en");
        var other = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "Dr Other", "", "en");
        TestPerson otherCounselor = new TestPerson(other.counselor().id(), other.counselor().email(), "Dr Other",
                TestAccounts.principal(other.counselor().id(), AccountRole.COUNSELOR));
        postAs(ana, "/help/counselor/invite", Map.of("counselor", rivera.counselor().code(), "consent", "true"));
        postAs(ana, "/help/counselor/show", Map.of("kind", "reflection", "entry", anas.value().toString(), "show", "true"));
        UUID link = UUID.fromString(jdbc.sql("SELECT id FROM counselor_link WHERE invited_by = ? AND ended_at IS NULL")
                .param(ana.id().value().toString()).query(String.class).single());
        String room = "/counselor/couples/" + link;

        // Another couple's person, another person alone: every action on the link is "not found", and changes nothing.
        TestPerson stranger = testCouples.of("Sam", "Tess").first();
        TestPerson loner = people.create("Lou");
        couples.chooseRole(loner.id(), Role.HURT_PARTNER);
        for (TestPerson someone : List.of(stranger, loner)) {
            assertThat(postAs(someone, "/help/counselor/" + link + "/consent", Map.of("agree", "true")).getStatus()).isEqualTo(404);
            assertThat(postAs(someone, "/help/counselor/" + link + "/end", Map.of()).getStatus()).isEqualTo(404);
            assertThat(postAs(someone, "/help/counselor/show", Map.of("kind", "reflection", "entry", anas.value().toString(),
                    "show", "false")).getStatus()).isEqualTo(404);
            assertThat(text(page(someone, "/help/counselor"))).doesNotContain("Dr Rivera");
            assertThat(page(someone, room).getStatus()).isIn(403, 404);
        }
        // A counselor Ana did not invite sees nothing; signed out, the room asks to sign in.
        assertThat(page(otherCounselor, room).getStatus()).isEqualTo(404);
        assertThat(text(page(otherCounselor, "/counselor"))).doesNotContain("Ana");
        var signedOut = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(room)).andReturn().getResponse();
        assertThat(signedOut.getRedirectedUrl()).endsWith("/sign-in");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM counselor_consent WHERE link_id = ?").param(link.toString())
                .query(Long.class).single()).isEqualTo(1);
        // Ana ends it, at once.
        assertThat(postAs(ana, "/help/counselor/" + link + "/end", Map.of()).getRedirectedUrl()).contains("ended");
        TestPerson riveraPerson = new TestPerson(rivera.counselor().id(), rivera.counselor().email(), "Dr Rivera",
                TestAccounts.principal(rivera.counselor().id(), AccountRole.COUNSELOR));
        assertThat(page(riveraPerson, room).getStatus()).isEqualTo(404);
    }

    @Test
    void aDisclosureIsPreparedAloneAndStaysItsWritersWhenAPartnerJoins() throws Exception {
        TestPerson ivy = people.create("Ivy");
        // Without any space: there is nowhere to keep it yet, and choosing a role makes one.
        assertThat(text(page(ivy, "/disclosure"))).contains("You can prepare this on your own. Choose your role first");
        assertThat(text(postAs(ivy, "/disclosure", Map.of()))).contains("Choose your role first: your own space is where this is kept");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM prepared_disclosure WHERE author_id = ?").param(ivy.id().value().toString())
                .query(Long.class).single()).isZero();

        couples.chooseRole(ivy.id(), Role.BROKE_TRUST);
        assertThat(text(page(ivy, "/steps/transparency"))).as("offered alone").contains("A prepared disclosure");
        String overview = text(page(ivy, "/disclosure"));
        assertThat(overview).contains("Only you see it. If a partner joins your space later, they learn nothing about it")
                .doesNotContain("between the two of you");
        String started = postAs(ivy, "/disclosure", Map.of()).getRedirectedUrl();
        UUID id = UUID.fromString(started.substring("/disclosure/".length()));
        assertThat(postAs(ivy, "/disclosure/" + id, form(0, "alone-prep timeline")).getRedirectedUrl()).contains("?saved");
        String mine = text(page(ivy, "/disclosure/" + id));
        assertThat(mine).contains("alone-prep timeline").contains("Propose a time, when your partner joins")
                .contains("That can wait.").doesNotContain("name=\"day\"").doesNotContain("/propose\"");
        assertThat(mine).containsPattern("<button type=\"button\" class=\"button\" disabled");
        // What needs a partner is refused calmly, and nothing changes.
        assertThat(text(postAs(ivy, "/disclosure/" + id + "/propose", Map.of("version", "1", "day", "2030-01-01", "time", "10:00"))))
                .contains("Giving it needs your partner in your space.");
        assertThat(disclosures.read(ivy.id(), id).status()).isEqualTo(PreparedDisclosureStatus.DRAFT);
        assertThat(text(page(ivy, "/disclosure"))).contains("Giving it waits until your partner joins your space, if they do.");

        // Omar joins: nothing is given or announced; for him it does not exist.
        TestPerson omar = people.create("Omar");
        couples.join(omar.id(), couples.newInvitation(ivy.id()).code(), Role.HURT_PARTNER);
        assertThat(page(omar, "/disclosure/" + id).getStatus()).isEqualTo(404);
        assertThat(text(page(omar, "/disclosure"))).doesNotContain("Ivy prepared").doesNotContain("alone-prep");
        assertThat(text(page(omar, "/"))).doesNotContain("prepared disclosure");
        assertThat(disclosures.forMe(omar.id())).isEmpty();
        String after = text(page(ivy, "/disclosure/" + id));
        assertThat(after).contains("You started this before Omar joined your space. It is still only yours")
                .contains("alone-prep timeline").contains("name=\"day\"");
        assertThat(jdbc.sql("SELECT partner_id FROM prepared_disclosure WHERE id = ?").param(id.toString())
                .query(String.class).optional()).isEmpty();

        // Proposing a time is the deliberate act that makes it his to know about, and only the meeting.
        String day = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Madrid"))).plusDays(2).toString();
        assertThat(postAs(ivy, "/disclosure/" + id + "/propose", Map.of("version", "1", "day", day, "time", "18:00"))
                .getRedirectedUrl()).contains("?proposed");
        assertThat(disclosures.read(omar.id(), id).parts()).isEmpty();
        assertThat(text(page(omar, "/disclosure/" + id))).contains("Ivy proposed").doesNotContain("alone-prep");
    }

    @Test
    void aDisclosureInProgressWhenThePartnerLeftIsStillTheWritersToReadAndANewOneStartsAlone() throws Exception {
        TestPerson gus = people.create("Gus");
        TestPerson elena = people.create("Elena");
        testCouples.link(gus, Role.BROKE_TRUST, elena, Role.HURT_PARTNER);
        UUID before = disclosures.start(gus.id());
        disclosures.save(gus.id(), before, 0, parts("left-prep"));
        couples.leave(elena.id());

        String overview = text(page(gus, "/disclosure"));
        assertThat(overview).contains("From a space that has ended").contains("/disclosure/" + before)
                .contains("Choose your role first");
        String old = text(page(gus, "/disclosure/" + before));
        assertThat(old).contains("left-prep timeline").contains("This space has ended.").doesNotContain("name=\"timeline\"")
                .doesNotContain("when your partner joins");
        assertThat(postAs(gus, "/disclosure/" + before, form(1, "changed")).getStatus()).isEqualTo(404);
        assertThat(page(elena, "/disclosure/" + before).getStatus()).isEqualTo(404);
        assertThat(text(page(elena, "/disclosure"))).doesNotContain("From a space that has ended");

        // On his own again, he can start a new one; the old one stays apart, as it was.
        couples.chooseRole(gus.id(), Role.BROKE_TRUST);
        UUID fresh = disclosures.start(gus.id());
        assertThat(fresh).isNotEqualTo(before);
        assertThat(disclosures.read(gus.id(), fresh).waitingForPartner()).isTrue();
        assertThat(disclosures.fromEndedSpaces(gus.id())).extracting(v -> v.id()).containsExactly(before);
        assertThat(disclosures.read(gus.id(), before).part(DisclosurePart.TIMELINE)).isEqualTo("left-prep timeline");
    }

    @Test
    void aCounselorLeavesANoteOnADisclosurePreparedAloneThroughTheApi() throws Exception {
        TestPerson ana = people.create("Ana");
        couples.chooseRole(ana.id(), Role.BROKE_TRUST);
        UUID id = disclosures.start(ana.id());
        disclosures.save(ana.id(), id, 0, parts("api-note-prep"));
        TestPerson operator = people.staff("Olga", AccountRole.OPERATOR);
        var rivera = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "Dr Rivera", "", "en").counselor();
        var other = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "Dr Other", "", "en").counselor();
        links.invite(ana.id(), rivera.code(), true);
        var api = new app.kintsugi.ApiClient(port);
        String counselor = token(rivera.id());
        String otherCounselor = token(other.id());
        String path = "/api/v1/counselor/disclosures/" + id;

        // Not shown yet: it does not exist for the counselor.
        assertThat(api.get(path, counselor).status()).isEqualTo(404);
        links.show(ana.id(), "prepared-disclosure", id, true);
        var read = api.get(path, counselor);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("parts").get("timeline").asString()).isEqualTo("api-note-prep timeline");
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        // The room's entry leads to it.
        String linkId = jdbc.sql("SELECT id FROM counselor_link WHERE invited_by = ? AND ended_at IS NULL")
                .param(ana.id().value().toString()).query(String.class).single();
        assertThat(api.get("/api/v1/counselor/couples/" + linkId, counselor).body()).contains(path);

        assertThat(api.put(path + "/note", counselor, Map.of("note", "Dates first.")).status()).as("no If-Match").isEqualTo(428);
        var empty = api.put(path + "/note", counselor, Map.of("note", "  "), "If-Match", "\"0\"");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).contains("\"note\"");
        var written = api.put(path + "/note", counselor, Map.of("note", "Dates first."), "If-Match", "\"0\"");
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(written.json().get("reviewNote").get("text").asString()).isEqualTo("Dates first.");
        String tag = written.header("ETag");
        assertThat(tag).isNotEqualTo("\"0\"");
        assertThat(api.put(path + "/note", counselor, Map.of("note", "Stale."), "If-Match", "\"0\"").status()).isEqualTo(412);
        var replaced = api.put(path + "/note", counselor, Map.of("note", "Dates first, then who knows."), "If-Match", tag);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(api.put(path + "/note", counselor, Map.of("note", "Stale again."), "If-Match", tag).status()).isEqualTo(412);

        // The writer reads the note beside the draft, in the API too.
        String anas = token(ana.id());
        assertThat(api.get("/api/v1/disclosures/" + id, anas).json().get("reviewNote").get("text").asString())
                .isEqualTo("Dates first, then who knows.");
        assertThat(api.get("/api/v1/disclosures/" + id, anas).json().get("writtenAlone").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/disclosures/" + id, anas).json().get("canPropose").asBoolean()).isFalse();

        // Everyone else: as if it did not exist.
        TestPerson ben = people.create("Ben");
        couples.join(ben.id(), couples.newInvitation(ana.id()).code(), Role.HURT_PARTNER);
        TestPerson stranger = testCouples.of("Sam", "Tess").first();
        for (String someone : List.of(token(ben.id()), token(stranger.id()), otherCounselor)) {
            assertThat(api.get(path, someone).status()).isEqualTo(404);
            assertThat(api.put(path + "/note", someone, Map.of("note", "x"), "If-Match", tag).status()).isEqualTo(404);
        }
        assertThat(api.get("/api/v1/disclosures/" + id, token(ben.id())).status()).isEqualTo(404);
        assertThat(api.get(path, null).status()).isEqualTo(401);
        assertThat(api.put(path + "/note", null, Map.of("note", "x"), "If-Match", tag).status()).isEqualTo(401);
        // Ben has not agreed to the link Ana made alone: still Ana's counselor, still her draft to show.
        assertThat(api.get(path, counselor).status()).isEqualTo(200);
        links.show(ana.id(), "prepared-disclosure", id, false);
        assertThat(api.get(path, counselor).status()).as("hidden again").isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM prepared_disclosure WHERE id = ? AND partner_id IS NULL").param(id.toString())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void kindActsAreAListOfOnesOwnAloneAndTheRatioSaysItNeedsTwo() throws Exception {
        TestPerson ivy = people.create("Ivy");
        assertThat(text(page(ivy, "/kind-acts"))).contains("You can keep this list on your own. Choose your role first");
        assertThat(text(postAs(ivy, "/kind-acts", Map.of("text", "made tea", "day", "")))).contains("Choose your role first");

        couples.chooseRole(ivy.id(), Role.BROKE_TRUST);
        String respect = text(page(ivy, "/steps/respect"));
        assertThat(respect).contains("Note your kind acts").contains("Done together, if your partner joins later");
        assertThat(respect.substring(respect.indexOf("Done together, if your partner joins later"))).contains("Look at the ratio");
        assertThat(text(page(ivy, "/"))).doesNotContain("Look at the ratio");
        String list = text(page(ivy, "/kind-acts"));
        assertThat(list).contains("On your own, this list is only for you").contains("Only you see it.")
                .doesNotContain("between the two of you").doesNotContain("Shared by");
        assertThat(postAs(ivy, "/kind-acts", Map.of("text", "alone-kind made tea", "day", "")).getRedirectedUrl()).contains("?logged");
        UUID alone = UUID.fromString(jdbc.sql("SELECT id FROM kind_act WHERE author_id = ?").param(ivy.id().value().toString())
                .query(String.class).single());
        assertThat(text(page(ivy, "/kind-acts"))).contains("alone-kind made tea").doesNotContain("/share\"");
        assertThat(postAs(ivy, "/kind-acts/" + alone + "/share", Map.of()).getStatus()).isEqualTo(404);
        assertThat(text(page(ivy, "/respect/ratio"))).contains("This needs two people").contains("there is no chart")
                .doesNotContain("How it is counted");

        // Omar joins: nothing of what Ivy noted alone reaches him, and she cannot hand it over after the fact.
        TestPerson omar = people.create("Omar");
        couples.join(omar.id(), couples.newInvitation(ivy.id()).code(), Role.HURT_PARTNER);
        clock.advance(Duration.ofMinutes(1));
        try {
            assertThat(text(page(omar, "/kind-acts"))).doesNotContain("alone-kind");
            assertThat(postAs(ivy, "/kind-acts/" + alone + "/share", Map.of()).getStatus()).isEqualTo(404);
            String hers = text(page(ivy, "/kind-acts"));
            assertThat(hers).contains("alone-kind made tea").contains("Noted before Omar joined your space, so only you see it.");
            UUID later = kindActs.log(ivy.id(), "together-kind walk", "");
            assertThat(postAs(ivy, "/kind-acts/" + later + "/share", Map.of()).getRedirectedUrl()).contains("?shared");
            assertThat(text(page(omar, "/kind-acts"))).contains("together-kind walk").doesNotContain("alone-kind");
        } finally {
            clock.reset();
        }
    }

    private String token(app.kintsugi.account.PersonId person) {
        return tokens.create(person, "Phone", java.util.EnumSet.of(app.kintsugi.account.ApiScope.READ,
                app.kintsugi.account.ApiScope.WRITE), 7).secret();
    }

    private static Map<DisclosurePart, String> parts(String prefix) {
        Map<DisclosurePart, String> out = new java.util.EnumMap<>(DisclosurePart.class);
        out.put(DisclosurePart.TIMELINE, prefix + " timeline");
        out.put(DisclosurePart.HIDDEN, prefix + " hidden");
        return out;
    }

    private static Map<String, String> form(long version, String timeline) {
        return Map.of("version", String.valueOf(version), "timeline", timeline, "hidden", "", "who-knows", "", "contact-now", "");
    }

    private void aMonthAlone(TestPerson ana) {
        checkIns.earlierWeeks(ana, new int[] {2, 2, 3, 3}, new int[] {7, 6, 5, 4});
        for (int day = 0; day < 30; day++) {
            clock.advance(Duration.ofHours(-24L * (30 - day)));
            try {
                if (day % 3 == 0) {
                    reflections.create(ana.id(), new ReflectionDraft("alone-month title " + day, "alone-month reflection " + day,
                            null, null, Map.of(), null));
                }
                if (day % 4 == 0) {
                    moments.log(ana.id(), new MomentDraft("", "6", "alone-month moment " + day, "", List.of(), "", "A walk"));
                }
            } finally {
                clock.reset();
            }
        }
        moments.savePlan(ana.id(), -1, "alone-month helps", "alone-month avoid", "alone-month people");
        notes.save(ana.id(), "transparency.questions", "alone-month question I carry", -1);
        kindActs.log(ana.id(), "alone-month kind act", "");
        UUID prepared = disclosures.start(ana.id());
        disclosures.save(ana.id(), prepared, 0, parts("alone-month disclosure"));
        progress.complete(ana.id(), "understanding.reflection");
        progress.start(ana.id(), "transparency.questions");
    }

    private Map<String, String> pagesOf(TestPerson p) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String path : List.of("/", "/space", "/reflections", "/moments/reassurance", "/moments/dates", "/questions",
                "/sharing", "/appreciations", "/kind-acts", "/respect/ratio", "/check-in", "/commitments", "/help/counselor",
                "/together", "/inbox", "/steps/transparency", "/disclosure", "/repairs", "/conversations", "/boundaries",
                "/accountability", "/meeting", "/api/v1/today", "/api/v1/disclosures")) {
            var r = page(p, path);
            out.put(path, r.getStatus() + " " + normalised(r.getContentAsString()));
        }
        return out;
    }

    private static String normalised(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "").replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "")
                .replaceAll("content=\"[^\"]*\" name=\"csrf-token\"", "").replaceAll("nonce=\"[^\"]*\"", "")
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID");
    }
}
