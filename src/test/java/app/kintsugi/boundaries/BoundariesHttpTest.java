package app.kintsugi.boundaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.TwoCouplesTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;

class BoundariesHttpTest extends TwoCouplesTest {

    @Autowired
    Couples couples;

    @Autowired
    Boundaries boundaries;

    @Test
    void aBoundaryIsProposedChangedAgreedCrossedTalkedAboutAndRevisited() throws Exception {
        // Ana proposes; Ben sees it waiting for him and asks to talk first, which suggests a conversation.
        UUID id = proposed(ana, "We tell each other when we are in touch with an ex.", "I need to stop guessing.", "CONTACT");
        assertThat(text(page(ben, "/"))).contains("Ana proposed a boundary.");
        assertThat(text(page(ben, "/boundaries"))).contains("Waiting for you").contains("We tell each other when we are in touch");
        assertThat(post(ben, id, "talk").getRedirectedUrl()).contains("?talk");
        String talk = text(page(ben, "/boundaries/" + id + "?talk"));
        assertThat(talk).contains("Plan a conversation about it").contains("/conversations/new?topic=");
        assertThat(talk).doesNotContain("topic=We%20tell");
        assertThat(text(page(ana, "/boundaries/" + id))).contains("Ben would like to talk about this first.");

        // Ben proposes different words; now Ana is the one to agree; she agrees and it holds for both.
        assertThat(change(ben, id, "We tell each other within a day when we are in touch with an ex.", "A day gives me room.")
                .getRedirectedUrl()).contains("?changeProposed");
        assertThat(text(page(ana, "/"))).contains("Ben proposed a change to a boundary.");
        assertThat(post(ben, id, "agree", "number", "2").getStatus()).as("not his own words").isEqualTo(200);
        assertThat(text(post(ben, id, "agree", "number", "2"))).contains("This is your own proposal");
        assertThat(post(ana, id, "agree", "number", "1").getStatus()).isEqualTo(200);
        assertThat(post(ana, id, "agree", "number", "2").getRedirectedUrl()).contains("?agreed");
        BoundaryView agreed = boundaries.read(ben.id(), id);
        assertThat(agreed.status()).isEqualTo(BoundaryStatus.ACTIVE);
        assertThat(agreed.agreed().what()).isEqualTo("We tell each other within a day when we are in touch with an ex.");
        assertThat(text(page(ben, "/boundaries"))).contains("What you both agreed").contains("within a day");

        // A change to the agreed boundary waits; the agreed words hold meanwhile.
        change(ana, id, "We tell each other the same day when we are in touch with an ex.", "Same day feels safer.");
        BoundaryView changing = boundaries.read(ben.id(), id);
        assertThat(changing.agreed().what()).contains("within a day");
        assertThat(changing.pending().what()).contains("the same day");
        assertThat(post(ben, id, "agree", "number", "3").getRedirectedUrl()).contains("?agreed");

        // Ben says he crossed it himself; it is history for both and leads to a conversation.
        MockHttpServletResponse crossed = postAs(ben, "/boundaries/" + id + "/crossed", Map.of("about", "SELF",
                "note", "She messaged me on Sunday and I told you on Tuesday."));
        assertThat(crossed.getRedirectedUrl()).contains("?crossed");
        assertThat(text(page(ana, "/"))).contains("Ben said a boundary was crossed.");
        String history = text(page(ana, "/boundaries/" + id));
        assertThat(history).contains("Ben said they crossed it").contains("She messaged me on Sunday and I told you on Tuesday.")
                .contains("Ben agreed to version 3").contains("All versions (3)");
        assertThat(text(page(ana, "/"))).as("seen once opened").doesNotContain("Ben said a boundary was crossed.");
        assertThat(text(page(ana, "/respect/ratio"))).as("owning up to a crossing is never counted against anyone")
                .contains("Nothing was counted in the last 12 weeks.").doesNotContain("She messaged me on Sunday");
        assertThat(postAs(ana, "/boundaries/" + id + "/crossed", Map.of("about", "PARTNER", "note", "")).getRedirectedUrl())
                .contains("?crossed");
        assertThat(text(page(ana, "/respect/ratio"))).as("a crossing one partner reports about the other counts, nothing more")
                .contains("In the last 12 weeks: no positive moments and 1 negative one").doesNotContain("She messaged me on Sunday");

        // Ana asks to revisit; after talking she lets it stay; later the review day comes for both.
        assertThat(post(ana, id, "revisit").getRedirectedUrl()).contains("?revisit");
        assertThat(text(page(ben, "/boundaries/" + id))).contains("Ana would like to revisit this boundary.");
        assertThat(text(post(ben, id, "revisit/withdraw"))).contains("Only the person who asked to revisit");
        assertThat(post(ana, id, "revisit/withdraw").getRedirectedUrl()).contains("?kept");
        assertThat(boundaries.read(ana.id(), id).revisitByName()).isNull();

        clock.advance(Duration.ofDays(100));
        for (TestPerson p : List.of(ana, ben)) {
            assertThat(text(page(p, "/"))).as(p.name()).contains("Look again at a boundary you agreed to review today");
            assertThat(text(page(p, "/boundaries/" + id))).contains("The day you chose to look at this again has come.");
        }
        change(ben, id, "We tell each other the same day when we are in touch with an ex.", "Still matters.");
        assertThat(text(page(ben, "/"))).as("a change waits: no reminder").doesNotContain("Look again at a boundary");
    }

    @Test
    void badInputIsRefusedNextToTheFieldWithTheTextKept() throws Exception {
        MockHttpServletResponse empty = postAs(ana, "/boundaries", Map.of("what", " ", "why", "", "category", "", "reviewOn", ""));
        assertThat(text(empty)).contains("Please write the boundary in a sentence or two.").contains("Please say why it matters to you.")
                .contains("Please choose what it is about.").contains("Please choose a day to look at it again.");
        MockHttpServletResponse bad = postAs(ana, "/boundaries", Map.of("what", "Kept ✓ <script>alert(1)</script>", "why", "Ünïcødé",
                "category", "NONSENSE", "reviewOn", today().toString()));
        assertThat(text(bad)).contains("Please choose what it is about.").contains("Please choose a day after today.")
                .contains("Kept ✓ <script>alert(1)</script>").contains("Ünïcødé");
        assertThat(bad.getContentAsString()).doesNotContain("<script>alert(1)</script>");
        assertThat(text(postAs(ana, "/boundaries", Map.of("what", "x", "why", "y", "category", "TIME",
                "reviewOn", today().plusYears(2).toString())))).contains("Please choose a day within the next year.");
        assertThat(text(postAs(ana, "/boundaries", Map.of("what", "x".repeat(501), "why", "y", "category", "TIME",
                "reviewOn", "2027-02-30")))).contains("longer than 500 characters").contains("Please choose a date from the calendar.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM boundary WHERE proposer_id = ?").param(ana.id().value().toString())
                .query(Long.class).single()).as("nothing stored half-way").isZero();

        UUID id = proposed(ana, "No phones at dinner.", "Dinner is our time.", "TIME");
        assertThat(text(postAs(ana, "/boundaries/" + id + "/crossed", Map.of("about", "PARTNER"))))
                .contains("Only a boundary you both agreed can be crossed.");
        post(ben, id, "agree", "number", "1");
        assertThat(text(postAs(ana, "/boundaries/" + id + "/crossed", Map.of("about", "", "note", "kept note"))))
                .contains("Please choose who crossed it.").contains("kept note");
        change(ana, id, "No phones at dinner, except for the children.", "Dinner is our time.");
        assertThat(postAs(ben, "/boundaries/" + id + "/agree", Map.of("version", "1", "number", "2")).getRedirectedUrl())
                .as("an out-of-date page").contains("?stale");
        assertThat(boundaries.read(ben.id(), id).agreed().number()).isEqualTo(1);
    }

    @Test
    void twoAgreementsPressedAtOnceStoreOne() throws Exception {
        UUID id = proposed(ana, "We check in before big purchases.", "Money was part of the secret.", "MONEY");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(() -> {
                    try {
                        boundaries.agree(ben.id(), id, 0, 1);
                        return 1;
                    } catch (RuntimeException e) {
                        return 0;
                    }
                });
            }
            int done = 0;
            for (Future<Integer> f : pool.invokeAll(both)) {
                done += f.get();
            }
            assertThat(done).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM boundary_event WHERE boundary_id = ? AND kind = 'AGREED'").param(id.toString())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anotherPersonAndAnotherCoupleAreRefusedEverywhereWithTheNotFoundPage() throws Exception {
        UUID id = proposed(ana, "secret-boundary-marker", "secret-why-marker", "HONESTY");
        post(ben, id, "agree", "number", "1");
        TestPerson loner = people.create("Lone");
        for (TestPerson stranger : List.of(cleo, loner)) {
            for (String path : List.of("/boundaries/" + id, "/boundaries/" + id + "/change")) {
                MockHttpServletResponse r = page(stranger, path);
                assertThat(r.getStatus()).as(stranger.name() + " GET " + path).isEqualTo(404);
                assertThat(text(r)).contains("We couldn’t find that").doesNotContain("secret-");
            }
            for (String action : List.of("change", "agree", "talk", "revisit", "revisit/withdraw", "withdraw", "crossed")) {
                MockHttpServletResponse r = postAs(stranger, "/boundaries/" + id + "/" + action, Map.of("version", "1", "number", "1",
                        "what", "x", "why", "y", "category", "TIME", "reviewOn", today().plusDays(5).toString(), "about", "SELF"));
                assertThat(r.getStatus()).as(stranger.name() + " POST " + action).isEqualTo(404);
                assertThat(text(r)).doesNotContain("secret-");
            }
            assertThat(text(page(stranger, "/boundaries"))).doesNotContain("secret-");
            assertThat(text(page(stranger, "/"))).doesNotContain("secret-");
        }
        assertThat(boundaries.read(ana.id(), id).version()).as("unchanged by strangers").isEqualTo(1);
        assertThat(text(page(ana, "/boundaries/" + id))).as("the space lasts").doesNotContain("This space has ended");
        couples.leave(ben.id());
        // Once the space ends, the one who proposed it keeps their words, read-only; the other, who
        // wrote nothing in it, no longer finds it (decision 0028).
        assertThat(text(page(ana, "/boundaries/" + id))).contains("secret-boundary-marker").contains("This space has ended.");
        assertThat(page(ben, "/boundaries/" + id).getStatus()).isEqualTo(404);
        assertThat(text(page(ben, "/boundaries"))).doesNotContain("secret-");
    }

    @Test
    void withoutAPartnerThePageExplainsAndNothingCanBeProposed() throws Exception {
        TestPerson solo = people.create("Solo");
        couples.start(solo.id(), Role.BOTH);
        assertThat(text(page(solo, "/boundaries"))).contains("Once your partner has joined your space");
        assertThat(text(postAs(solo, "/boundaries", Map.of("what", "x", "why", "y", "category", "TIME",
                "reviewOn", today().plusDays(5).toString())))).contains("This needs your partner in your space.");
    }

    private UUID proposed(TestPerson who, String what, String why, String category) throws Exception {
        MockHttpServletResponse r = postAs(who, "/boundaries", Map.of("what", what, "why", why, "category", category,
                "reviewOn", today().plusDays(90).toString()));
        assertThat(r.getRedirectedUrl()).contains("?proposed");
        return UUID.fromString(r.getRedirectedUrl().replaceAll("^/boundaries/([0-9a-f-]+).*$", "$1"));
    }

    private MockHttpServletResponse change(TestPerson who, UUID id, String what, String why) throws Exception {
        BoundaryView b = boundaries.read(who.id(), id);
        return postAs(who, "/boundaries/" + id + "/change", Map.of("what", what, "why", why, "category", b.category().name(),
                "reviewOn", today().plusDays(90).toString(), "version", String.valueOf(b.version())));
    }

    private MockHttpServletResponse post(TestPerson who, UUID id, String action, String... params) throws Exception {
        Map<String, String> all = new HashMap<>();
        all.put("version", String.valueOf(boundaries.read(who.id(), id).version()));
        for (int i = 0; i < params.length; i += 2) {
            all.put(params[i], params[i + 1]);
        }
        return postAs(who, "/boundaries/" + id + "/" + action, all);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MADRID));
    }
}
