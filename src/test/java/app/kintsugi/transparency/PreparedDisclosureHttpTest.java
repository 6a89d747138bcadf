package app.kintsugi.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.TwoCouplesTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.program.Progress;
import app.kintsugi.program.ProgressStatus;

/**
 * A prepared disclosure through the pages: Ben writes it in two sittings while Ana's pages stay
 * exactly as they were, they agree on a time, he gives it, she reads it part by part, marks a part,
 * asks about another, and sees what he adds later as an addition.
 */
class PreparedDisclosureHttpTest extends TwoCouplesTest {

    /** Every page of Ana's where a draft of Ben's could show itself. */
    private static final List<String> ANAS_PAGES = List.of("/", "/disclosure", "/questions", "/steps/transparency", "/sharing",
            "/accountability", "/help/counselor", "/inbox", "/exercises/transparency.prepared-disclosure");

    @Autowired
    PreparedDisclosures disclosures;

    @Autowired
    Progress progress;

    @Override
    protected TestCouple anaAndBen() {
        return testCouples.feelingSafe("Ana", "Ben");
    }

    @Test
    void writtenInTwoSittingsAgreedGivenReadMarkedAskedAboutAndAddedTo() throws Exception {
        Map<String, String> before = pages(ana);

        // Ben starts and writes in a first sitting; Ana's pages are exactly as they were.
        MockHttpServletResponse started = postAs(ben, "/disclosure", Map.of());
        UUID id = UUID.fromString(started.getRedirectedUrl().replace("/disclosure/", ""));
        assertThat(text(page(ben, "/disclosure/" + id))).contains("Before you write").contains("What to leave out")
                .contains("Only you can see this draft.").doesNotContain("Last saved");
        assertThat(save(ben, id, 0, "From March to June 2025, about twice a month.", "", "", "").getRedirectedUrl()).contains("?saved");
        assertThat(text(page(ben, "/disclosure/" + id))).contains("Last saved").contains("From March to June 2025");
        assertThat(pages(ana)).isEqualTo(before);
        assertThat(page(ana, "/disclosure/" + id).getStatus()).isEqualTo(404);
        assertThat(page(cleo, "/disclosure/" + id).getStatus()).isEqualTo(404);

        // A second sitting continues where the first stopped; a stale form keeps what was typed.
        String stale = text(save(ben, id, 0, "From March to June 2025.", "A second phone, kept in the car.", "", ""));
        assertThat(stale).contains("changed somewhere else").contains("A second phone, kept in the car.");
        save(ben, id, 1, "From March to June 2025, about twice a month.", "A second phone, kept in the car.", "My brother knows.",
                "None since June. I blocked her number.");
        assertThat(disclosures.read(ben.id(), id).part(DisclosurePart.WHO_KNOWS)).isEqualTo("My brother knows.");
        assertThat(pages(ana)).as("still nothing for Ana").isEqualTo(before);
        assertThat(postAs(ana, "/disclosure/" + id + "/propose", Map.of("version", "2", "day", tomorrow(), "time", "19:00",
                "way", "ALONE")).getStatus()).isEqualTo(404);

        // Giving needs an agreed time.
        assertThat(text(postAs(ben, "/disclosure/" + id + "/give", Map.of("version", "2"))))
                .contains("It can be given once you have both agreed on a time.");

        // Ben proposes a time; Ana is told and sees the meeting, never the text.
        assertThat(text(postAs(ben, "/disclosure/" + id + "/propose", Map.of("version", "2", "day", "", "time", ""))))
                .contains("Please choose a day.").contains("Please choose a time.");
        assertThat(postAs(ben, "/disclosure/" + id + "/propose", Map.of("version", "2", "day", tomorrow(), "time", "19:00"))
                .getRedirectedUrl()).contains("?proposed");
        assertThat(text(page(ana, "/"))).contains("Ben proposed a time for a prepared disclosure.");
        String meeting = text(page(ana, "/disclosure/" + id));
        assertThat(meeting).contains("What Ben prepared for you").contains("Ben proposed").contains("How do you want to read it?")
                .doesNotContain("twice a month").doesNotContain("second phone").doesNotContain("brother").doesNotContain("blocked");
        assertThat(text(page(ana, "/disclosure"))).contains("You have not been shown any of it yet.");

        // Ana agrees, choosing to read it together.
        assertThat(text(postAs(ana, "/disclosure/" + id + "/accept", Map.of("version", "3"))))
                .contains("Please choose how you want to read it.");
        assertThat(postAs(ana, "/disclosure/" + id + "/accept", Map.of("version", "3", "way", "TOGETHER")).getRedirectedUrl())
                .contains("?accepted");
        assertThat(text(page(ben, "/disclosure/" + id))).contains("You agreed on").contains("It will be read together");

        // Ben gives it; it no longer changes.
        assertThat(postAs(ben, "/disclosure/" + id + "/give", Map.of("version", "4")).getRedirectedUrl()).contains("?given");
        assertThat(text(save(ben, id, 5, "Something else entirely.", "x", "x", "x"))).contains("It has been given and stays as it was.");
        assertThat(disclosures.read(ben.id(), id).part(DisclosurePart.TIMELINE)).startsWith("From March to June 2025");
        assertThat(progress.of(ben.id()).get("transparency.prepared-disclosure").status()).isEqualTo(ProgressStatus.COMPLETED);

        // Ana is told, and reads it part by part with the care bar at hand.
        assertThat(text(page(ana, "/"))).contains("Ben gave you their prepared disclosure.");
        String reading = text(page(ana, "/disclosure/" + id));
        assertThat(reading).contains("From March to June 2025, about twice a month.").contains("A second phone, kept in the car.")
                .contains("My brother knows.").contains("None since June.").contains("Take a 20-minute break")
                .contains("This feels overwhelming").contains("grounding exercise").contains("Answered to my satisfaction");
        assertThat(text(page(ana, "/"))).doesNotContain("Ben gave you their prepared disclosure.");
        assertThat(progress.of(ana.id()).get("transparency.prepared-disclosure").status()).isEqualTo(ProgressStatus.COMPLETED);

        // She marks the timeline answered; Ben sees it.
        assertThat(postAs(ana, "/disclosure/" + id + "/mark", Map.of("part", "TIMELINE", "mark", "ANSWERED")).getRedirectedUrl())
                .contains("#part-timeline");
        assertThat(text(page(ben, "/disclosure/" + id))).contains("Ana said this part answers what they needed to know.");
        assertThat(postAs(ben, "/disclosure/" + id + "/mark", Map.of("part", "TIMELINE", "mark", "MORE_QUESTIONS")).getStatus())
                .as("only the partner marks").isEqualTo(404);

        // She asks about what was hidden: the question says so, and sits under that part for both.
        assertThat(text(postAs(ana, "/disclosure/" + id + "/ask", Map.of("part", "HIDDEN", "text", ""))))
                .contains("Please write your question");
        MockHttpServletResponse asked = postAs(ana, "/disclosure/" + id + "/ask", Map.of("part", "HIDDEN",
                "text", "Where is the phone now?"));
        String questionPath = asked.getRedirectedUrl().replaceAll("\\?.*$", "");
        for (TestPerson p : List.of(ana, ben)) {
            assertThat(text(page(p, questionPath))).contains("About: What was hidden").contains("Where is the phone now?");
            String part = text(page(p, "/disclosure/" + id));
            assertThat(part).contains("Questions about this part").contains("Where is the phone now?");
        }
        assertThat(text(page(ben, "/"))).contains("Ana has asked you a question");

        // Ben adds something later: Ana is told, and sees it apart, labelled as an addition.
        assertThat(text(postAs(ben, "/disclosure/" + id + "/addition", Map.of("text", " ")))).contains("Please write what you want to add.");
        assertThat(postAs(ben, "/disclosure/" + id + "/addition", Map.of("text", "I also met her once in September."))
                .getRedirectedUrl()).contains("?added");
        assertThat(text(page(ana, "/"))).contains("Ben added something to their disclosure.");
        String withAddition = text(page(ana, "/disclosure/" + id));
        assertThat(withAddition).contains("Added later").contains("after the disclosure was given")
                .contains("I also met her once in September.").contains("New");
        assertThat(withAddition.indexOf("I also met her once in September.")).isGreaterThan(withAddition.indexOf("None since June."));
        assertThat(disclosures.read(ana.id(), id).part(DisclosurePart.TIMELINE)).as("never merged")
                .isEqualTo("From March to June 2025, about twice a month.");
        assertThat(text(page(ana, "/"))).doesNotContain("Ben added something");

        // Ben's export holds his account, its addition and Ana's marks; Ana's holds the marks she gave.
        String bensExport = postAs(ben, "/settings/data", Map.of("format", "json", "password", app.kintsugi.account.TestAccounts.PASSWORD))
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(bensExport).contains("\"prepared-disclosure\"").contains("A second phone, kept in the car.")
                .contains("\"prepared-disclosure-addition\"").contains("I also met her once in September.")
                .contains("partnerMark.timeline").contains("\"read-by-partner\"");
        String anasExport = postAs(ana, "/settings/data", Map.of("format", "json", "password", app.kintsugi.account.TestAccounts.PASSWORD))
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(anasExport).contains("\"prepared-disclosure-mark\"").contains("Where is the phone now?")
                .doesNotContain("A second phone, kept in the car.").doesNotContain("I also met her once in September.");

        // Nobody else reaches any of it.
        for (String path : List.of("/disclosure/" + id, "/disclosure/" + id + "/mark", "/disclosure/" + id + "/ask",
                "/disclosure/" + id + "/addition", "/disclosure/" + id + "/break")) {
            MockHttpServletResponse r = path.equals("/disclosure/" + id) ? page(cleo, path)
                    : postAs(cleo, path, Map.of("part", "TIMELINE", "mark", "ANSWERED", "text", "x"));
            assertThat(r.getStatus()).as(path).isEqualTo(404);
        }
    }

    @Test
    void theHurtPartnerCanProposeAnotherTimeAndTheAuthorAgrees() throws Exception {
        UUID id = disclosures.start(ben.id());
        save(ben, id, 0, "a", "b", "c", "d");
        postAs(ben, "/disclosure/" + id + "/propose", Map.of("version", "1", "day", tomorrow(), "time", "19:00"));
        String later = LocalDate.now(clock.withZone(MADRID)).plusDays(3).toString();
        assertThat(text(postAs(ana, "/disclosure/" + id + "/propose", Map.of("version", "2", "day", later, "time", "10:00"))))
                .contains("Please choose how you want to read it.");
        assertThat(postAs(ana, "/disclosure/" + id + "/propose", Map.of("version", "2", "day", later, "time", "10:00",
                "way", "WITH_COUNSELOR")).getRedirectedUrl()).contains("?proposed");
        assertThat(text(page(ben, "/"))).contains("Ana proposed a time for a prepared disclosure.");
        assertThat(text(page(ben, "/disclosure/" + id))).contains("Ana proposed").contains("It will be read with your counselor.");
        assertThat(text(postAs(ana, "/disclosure/" + id + "/accept", Map.of("version", "3", "way", "ALONE"))))
                .as("not one's own proposal").contains("There is no proposed time to agree to right now.");
        assertThat(postAs(ben, "/disclosure/" + id + "/accept", Map.of("version", "3")).getRedirectedUrl()).contains("?accepted");
        assertThat(disclosures.read(ana.id(), id).status()).isEqualTo(PreparedDisclosureStatus.PLANNED);
        String yesterday = LocalDate.now(clock.withZone(MADRID)).minusDays(1).toString();
        assertThat(text(postAs(ben, "/disclosure/" + id + "/propose", Map.of("version", "4", "day", yesterday, "time", "10:00"))))
                .contains("This time has already passed.");
    }

    @Autowired
    app.kintsugi.account.Accounts accounts;

    @Autowired
    app.kintsugi.counselor.Counselors counselors;

    @Autowired
    app.kintsugi.counselor.CounselorLinks links;

    @Test
    void aCounselorShownTheDraftLeavesOneNoteBackUntilItIsGiven() throws Exception {
        var operator = accounts.register(new app.kintsugi.account.NewAccount(app.kintsugi.account.TestAccounts.uniqueEmail(), "Olga",
                app.kintsugi.account.TestAccounts.PASSWORD, "en", "UTC"), app.kintsugi.account.AccountRole.OPERATOR);
        var marta = counselors.create(operator.id(), app.kintsugi.account.TestAccounts.uniqueEmail(), "Marta", "", "en").counselor();
        var counselor = app.kintsugi.account.TestAccounts.principal(marta.id(), app.kintsugi.account.AccountRole.COUNSELOR);
        UUID link = links.invite(ben.id(), marta.code(), true).id();
        links.consent(ana.id(), link);
        UUID id = disclosures.start(ben.id());
        save(ben, id, 0, "a", "b", "c", "d");
        String room = "/counselor/couples/" + link;
        String note = room + "/disclosure/" + id + "/note";
        // Not shown yet: there is nothing to write a note on.
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(note).param("note", "x")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(counselor)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        links.show(ben.id(), "prepared-disclosure", id, true);
        assertThat(text(asCounselor(counselor, note, " "))).contains("Please write your note.").contains("aria-invalid=\"true\"");
        assertThat(asCounselor(counselor, note, "Start with when it ended.").getRedirectedUrl()).contains("?reviewed");
        assertThat(asCounselor(counselor, note, "Start with when it ended, in one sentence.").getRedirectedUrl()).contains("?reviewed");
        assertThat(text(page(ben, "/disclosure/" + id))).contains("A note from Marta").contains("Start with when it ended, in one sentence.")
                .doesNotContain("Start with when it ended.<");
        postAs(ben, "/disclosure/" + id + "/propose", Map.of("version", "1", "day", tomorrow(), "time", "19:00"));
        postAs(ana, "/disclosure/" + id + "/accept", Map.of("version", "2", "way", "WITH_COUNSELOR"));
        postAs(ben, "/disclosure/" + id + "/give", Map.of("version", "3"));
        assertThat(text(asCounselor(counselor, note, "One more thing."))).contains("It has already been given");
        assertThat(text(page(ana, "/disclosure/" + id))).doesNotContain("Start with when it ended").doesNotContain("A note from");
    }

    private MockHttpServletResponse asCounselor(app.kintsugi.account.PersonPrincipal counselor, String path, String note) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).param("note", note)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(counselor)))
                .andReturn().getResponse();
    }

    private Map<String, String> pages(TestPerson p) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String path : ANAS_PAGES) {
            MockHttpServletResponse r = page(p, path);
            out.put(path, r.getStatus() + " " + normalize(r.getContentAsString()));
        }
        return out;
    }

    private MockHttpServletResponse save(TestPerson p, UUID id, long version, String timeline, String hidden, String whoKnows,
            String contactNow) throws Exception {
        Map<String, String> form = new HashMap<>();
        form.put("version", String.valueOf(version));
        form.put("timeline", timeline);
        form.put("hidden", hidden);
        form.put("who-knows", whoKnows);
        form.put("contact-now", contactNow);
        return postAs(p, "/disclosure/" + id, form);
    }

    private String tomorrow() {
        return LocalDate.now(clock.withZone(MADRID)).plusDays(1).toString();
    }

    private static String normalize(String page) {
        return page.replaceAll("nonce=\"[^\"]*\"", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                .replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "");
    }
}
