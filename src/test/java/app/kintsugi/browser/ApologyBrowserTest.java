package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.responsibility.Apologies;

/**
 * The apology builder in two browsers: Ben, who broke trust, drafts an apology, sees what gets in
 * the way of it being heard, improves it and sends it; Ana reads it only once it is sent, and may
 * answer, with a note that is hers alone or shared with him.
 */
class ApologyBrowserTest extends BrowserTest {

    private static final String AFTERWORD = "I will answer any question you ask me about it.";
    private static final String NON_APOLOGY = "I'm sorry if you were hurt, but you never listened to me.";
    private static final String APOLOGY = "I lied to you about where I was for months, and I kept the messages from you. "
            + "I am so sorry for the pain I caused. From now on I will tell you the truth, even when it is hard. "
            + "I will answer any question you have, and you can see my phone whenever you want.";
    private static final String PRIVATE_NOTE = "I need more time before I can believe the part about the truth.";
    private static final String SHARED_NOTE = "Thank you for not making it about me. I heard you.";

    private static final String NON_APOLOGY_ES = "Perdón si te dolió, pero tú tampoco me hacías caso.";
    private static final String APOLOGY_ES = "Te mentí durante meses sobre dónde estaba y te oculté los mensajes. "
            + "Lo siento muchísimo por el daño que te hice. A partir de hoy voy a ser sincero contigo, aunque cueste. "
            + "Puedes preguntarme lo que quieras saber y revisar mi móvil cuando lo necesites.";
    private static final String SHARED_NOTE_ES = "Gracias por no hablar de mí. Necesito tiempo.";

    /** Some parts and some flags: the guidance shows both what is there and what gets in the way. */
    private static final String MIXED = "I lied to you about where I was, and that was wrong. "
            + "I'm sorry, but you never listened to me. It was only a few messages.";

    private static final Pattern SAVED = Pattern.compile("/apologies/([0-9a-f-]{36})\\?saved$");
    private static final String NOT_FOUND = "We couldn\u2019t find that";


    @Autowired
    Apologies apologies;

    @Test
    void aNonApologyIsExplainedTheRealOneIsSentAndAnaMayAnswer() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();

        BrowserContext benBrowser = newContext();
        Page b = newPage(benBrowser);
        Page a = newPerson();
        signIn(b, ben.email());
        signIn(a, ana.email());

        // Ben has written nothing yet.
        open(b, "/apologies");
        assertThat(h1(b)).hasText("Apologies");
        assertThat(b.locator("main")).containsText("You haven\u2019t written an apology yet.");
        b.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write an apology")).click();
        assertThat(b).hasURL(Pattern.compile("/apologies/new$"));
        assertThat(h1(b)).hasText("Write an apology");
        assertThat(guidance(b)).hasCount(0);
        assertAccessible(b);

        // A non-apology, checked: the words that get in the way are marked and explained.
        b.getByLabel("Your apology").fill(NON_APOLOGY);
        button(b, "Check my draft").click();
        assertThat(b).hasURL(Pattern.compile("/apologies(#guidance)?$"));
        Locator guidance = guidance(b);
        assertThat(guidance).isVisible();
        assertThat(guidance.locator("ul.flags mark")).hasText(new String[] {
                "sorry if you were hurt", "but", "you never listened"});
        assertThat(guidance.locator("ul.flags > li")).containsText(new String[] {
                "\u201cSorry if\u2026\u201d makes the hurt sound uncertain",
                "A \u201cbut\u201d after an apology can cancel what came before it.",
                "This may sound as if your partner caused what you did."});
        assertThat(guidance).containsText("These are suggestions. You decide what to change.");
        Locator responsibility = part(guidance, "Acknowledging responsibility");
        assertThat(responsibility).hasClass(Pattern.compile("\\bmissing\\b"));
        assertThat(responsibility.locator(".part-state")).hasText("Not yet");
        assertThat(responsibility).containsText("Say plainly what you did and that it was your choice");
        assertThat(guidance.locator("ul.parts > li.present")).hasCount(0);
        // What he wrote is still in the form, and checking saved nothing.
        assertThat(b.getByLabel("Your apology")).hasValue(NON_APOLOGY);
        assertThat(b.getByRole(AriaRole.ALERT)).hasCount(0);
        assertAccessible(b);
        Page list = open(newPage(benBrowser), "/apologies");
        assertThat(list.locator("main")).containsText("You haven\u2019t written an apology yet.");
        assertThat(list.locator("main ul.entries")).hasCount(0);
        list.close();
        Assertions.assertThat(apologies.mine(ben.id())).isEmpty();

        // Rewritten: what he did, regret, what will change, repair. More parts, no flags.
        b.getByLabel("Your apology").fill(APOLOGY);
        button(b, "Check my draft").click();
        assertThat(guidance.locator("ul.flags")).hasCount(0);
        assertThat(guidance).containsText("No phrases were found that often turn an apology into a non-apology.");
        assertThat(b.locator("main mark")).hasCount(0);
        assertThat(guidance.locator("ul.parts > li.present strong")).hasText(new String[] {
                "Acknowledging responsibility", "Expressing regret", "What will change", "Offering repair"});
        assertThat(part(guidance, "Acknowledging responsibility").locator(".part-state")).hasText("Present");
        assertThat(part(guidance, "Explaining what happened").locator(".part-state")).hasText("Not yet");
        assertThat(b.getByLabel("Your apology")).hasValue(APOLOGY);
        assertAccessible(b);

        // Saved: a private draft on its own page, with the guidance and a way to send it.
        button(b, "Save the draft").click();
        assertThat(b).hasURL(SAVED);
        String id = idOf(b.url());
        assertThat(h1(b)).hasText("Your apology");
        assertThat(b.getByRole(AriaRole.STATUS)).hasText("Your draft is saved. Only you can see it.");
        assertThat(b.locator("main .badge")).hasText("Draft, private");
        assertThat(b.locator("main p.written")).hasText(APOLOGY);
        assertThat(guidance(b)).isVisible();
        assertThat(link(b, "Send to Ana")).isVisible();
        assertAccessible(b);

        // To Ana, the draft does not exist, and her overview has nothing for her.
        assertNotFound(a, "/apologies/" + id, APOLOGY);
        open(a, "/");
        assertThat(inbox(a)).hasCount(0);
        assertThat(a.locator("main")).not().containsText("has sent you an apology");

        // Ben reads it once more, exactly as Ana will see it; nothing is sent yet.
        link(b, "Send to Ana").click();
        assertThat(b).hasURL(Pattern.compile("/apologies/" + id + "/send$"));
        assertThat(h1(b)).hasText("Read it once more");
        Locator preview = b.locator(".apology-preview");
        assertThat(preview.getByRole(AriaRole.HEADING)).hasText("An apology from Ben");
        assertThat(preview.locator("p.written")).hasText(APOLOGY);
        assertAccessible(b);
        assertNotFound(a, "/apologies/" + id, APOLOGY);
        open(a, "/");

        // "Change something" goes back to his words, all still there; the last look shows the change.
        link(b, "Change something").click();
        assertThat(b).hasURL(Pattern.compile("/apologies/" + id + "/edit$"));
        assertThat(b.getByLabel("Your apology")).hasValue(APOLOGY);
        checkedElsewhere(b);
        b.getByLabel("Your apology").fill(APOLOGY + " " + AFTERWORD);
        button(b, "Save the draft").click();
        assertThat(b).hasURL(SAVED);
        checkedElsewhere(b);
        link(b, "Send to Ana").click();
        assertThat(b.locator(".apology-preview p.written")).hasText(APOLOGY + " " + AFTERWORD);
        checkedElsewhere(b);

        // Ben sends it; it is no longer a draft and no longer coached.
        button(b, "Send it").click();
        assertThat(b).hasURL(Pattern.compile("/apologies/" + id + "\\?sent$"));
        assertThat(b.getByRole(AriaRole.STATUS)).containsText("Your apology is sent.");
        assertThat(b.locator("main .badge")).hasText("Sent");
        assertThat(guidance(b)).hasCount(0);
        assertThat(link(b, "Send to Ana")).hasCount(0);
        assertThat(b.locator("main p.written").first()).hasText(APOLOGY + " " + AFTERWORD);
        Locator theirAnswer = b.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Your partner\u2019s answer"));
        assertThat(theirAnswer).containsText("No answer so far. None is needed, and nobody will be asked for one.");
        assertAccessible(b);

        // Ana's overview tells her, without asking anything of her.
        a.reload();
        assertAccessible(a);
        Locator inbox = inbox(a);
        assertThat(inbox).isVisible();
        Locator news = inbox.getByRole(AriaRole.LINK);
        assertThat(news).hasText("Ben has sent you an apology. You can read it whenever you\u2019re ready; no answer is needed.");
        news.click();
        assertThat(a).hasURL(Pattern.compile("/apologies/" + id + "$"));
        assertThat(h1(a)).hasText("An apology from Ben");
        assertThat(a.locator("main p.written")).hasText(APOLOGY + " " + AFTERWORD);
        assertThat(guidance(a)).hasCount(0);
        assertThat(a.locator("main")).not().containsText("What your draft holds");
        assertThat(a.locator("main mark")).hasCount(0);
        Locator answerForm = answerForm(a);
        assertThat(answerForm).containsText("You don\u2019t have to answer, now or ever.");
        assertThat(radio(a, "Partly")).not().isChecked();
        assertAccessible(a);

        // "Partly", with a note only she can read.
        radio(a, "Partly").check();
        a.getByLabel("A note (optional)").fill(PRIVATE_NOTE);
        radio(a, "Only you").check();
        button(a, "Save my answer").click();
        assertThat(a).hasURL(Pattern.compile("/apologies/" + id + "\\?answered$"));
        assertThat(a.getByRole(AriaRole.STATUS)).hasText("Your answer is saved.");
        assertThat(radio(a, "Partly")).isChecked();
        assertThat(radio(a, "Only you")).isChecked();
        assertThat(a.getByLabel("A note (optional)")).hasValue(PRIVATE_NOTE);
        assertAccessible(a);

        b.reload();
        assertAccessible(b);
        assertThat(theirAnswer.locator("strong")).hasText("Partly");
        assertThat(b.locator("main")).not().containsText(PRIVATE_NOTE);
        assertThat(theirAnswer.locator(".written")).hasCount(0);
        open(b, "/apologies");
        assertThat(b.locator("main ul.entries li")).containsText(new String[] {"They feel partly heard"});
        assertThat(b.locator("main")).not().containsText(PRIVATE_NOTE);

        // Answered, the overview no longer mentions it.
        open(a, "/");
        assertThat(inbox(a)).hasCount(0);

        // She changes her mind: heard, with a note for Ben.
        open(a, "/apologies/" + id);
        assertThat(radio(a, "Partly")).isChecked();
        radio(a, "I feel heard").check();
        a.getByLabel("A note (optional)").fill(SHARED_NOTE);
        radio(a, "Shared with Ben").check();
        button(a, "Save my answer").click();
        assertThat(a).hasURL(Pattern.compile("/apologies/" + id + "\\?answered$"));
        assertThat(radio(a, "I feel heard")).isChecked();
        assertThat(radio(a, "Shared with Ben")).isChecked();
        assertAccessible(a);

        open(b, "/apologies/" + id);
        assertThat(theirAnswer.locator("strong")).hasText("I feel heard");
        assertThat(theirAnswer.locator(".written")).hasText(SHARED_NOTE);
        assertThat(b.locator("main")).not().containsText(PRIVATE_NOTE);

        // Ana has no apology builder: no button, and the form does not exist for her.
        open(a, "/apologies");
        assertThat(h1(a)).hasText("Apologies");
        assertThat(a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write an apology"))).hasCount(0);
        assertThat(a.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your apologies"))).hasCount(0);
        Locator fromBen = a.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("From Ben"));
        assertThat(fromBen.locator("li")).containsText(new String[] {"You answered: I feel heard"});
        assertNotFound(a, "/apologies/new", APOLOGY);
        assertThat(a.getByLabel("Your apology")).hasCount(0);
    }

    @Test
    void inSpanishTheGuidanceFlagsTheSpanishWords() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();

        Page b = signedIn(ben);
        Page a = signedIn(ana);

        open(b, "/apologies?lang=es");
        assertThat(b.locator("html")).hasAttribute("lang", "es");
        assertThat(h1(b)).hasText("Disculpas");
        b.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Escribir una disculpa")).click();
        assertThat(b).hasURL(Pattern.compile("/apologies/new$"));
        assertThat(h1(b)).hasText("Escribir una disculpa");
        assertAccessible(b);

        b.getByLabel("Tu disculpa").fill(NON_APOLOGY_ES);
        button(b, "Revisar mi borrador").click();
        assertThat(b).hasURL(Pattern.compile("/apologies(#guidance)?$"));
        assertThat(b.locator("html")).hasAttribute("lang", "es");
        Locator guidance = b.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Lo que contiene tu borrador"));
        assertThat(guidance.locator("ul.flags mark")).hasText(new String[] {"Perdón si te dolió", "pero", "tú tampoco me"});
        assertThat(guidance.locator("ul.flags > li")).containsText(new String[] {
                "\u201cPerdón si\u2026\u201d hace que el daño suene incierto",
                "Un \u201cpero\u201d después de una disculpa puede anular lo que viene antes.",
                "Esto puede sonar como si tu pareja hubiera causado lo que hiciste."});
        assertThat(guidance.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Palabras que pueden estorbar")))
                .isVisible();
        Locator responsibility = part(guidance, "Reconocer la responsabilidad");
        assertThat(responsibility.locator(".part-state")).hasText("Todavía no");
        assertThat(guidance.locator("ul.parts > li.present")).hasCount(0);
        assertThat(b.locator("main")).not().containsText("Words that may get in the way");
        assertThat(b.getByLabel("Tu disculpa")).hasValue(NON_APOLOGY_ES);
        assertAccessible(b);
        Assertions.assertThat(apologies.mine(ben.id())).isEmpty();

        b.getByLabel("Tu disculpa").fill(APOLOGY_ES);
        button(b, "Revisar mi borrador").click();
        assertThat(guidance).containsText("No se encontraron frases que suelan convertir una disculpa en una falsa disculpa.");
        assertThat(guidance.locator("ul.parts > li.present strong")).hasText(new String[] {
                "Reconocer la responsabilidad", "Expresar arrepentimiento", "Qué va a cambiar", "Ofrecer reparación"});
        assertAccessible(b);
        button(b, "Guardar el borrador").click();
        assertThat(b).hasURL(SAVED);
        String id = idOf(b.url());
        assertThat(h1(b)).hasText("Tu disculpa");
        assertThat(b.getByRole(AriaRole.STATUS)).hasText("Tu borrador está guardado. Solo tú puedes verlo.");
        assertThat(b.locator("main .badge")).hasText("Borrador, privado");
        assertAccessible(b);
        b.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enviar a Ana").setExact(true)).click();
        assertThat(h1(b)).hasText("Léela una vez más");
        assertThat(b.locator(".apology-preview h2")).hasText("Una disculpa de Ben");
        assertAccessible(b);
        button(b, "Enviarla").click();
        assertThat(b).hasURL(Pattern.compile("/apologies/" + id + "\\?sent$"));
        assertThat(b.getByRole(AriaRole.STATUS)).containsText("Tu disculpa se ha enviado.");
        assertAccessible(b);

        // Ana, in Spanish: the overview, the apology and the answer.
        open(a, "/?lang=es");
        Locator inbox = a.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("De Ben"));
        assertThat(inbox.getByRole(AriaRole.LINK)).hasText(
                "Ben te ha enviado una disculpa. Puedes leerla cuando te sientas con ganas; no hace falta responder.");
        inbox.getByRole(AriaRole.LINK).click();
        assertThat(a).hasURL(Pattern.compile("/apologies/" + id + "$"));
        assertThat(h1(a)).hasText("Una disculpa de Ben");
        assertThat(a.locator("main p.written")).hasText(APOLOGY_ES);
        assertThat(a.locator("main mark")).hasCount(0);
        assertThat(a.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("¿Quieres responder?"))).isVisible();
        assertAccessible(a);
        radio(a, "En parte").check();
        a.getByLabel("Una nota (opcional)").fill(SHARED_NOTE_ES);
        radio(a, "Compartida con Ben").check();
        button(a, "Guardar mi respuesta").click();
        assertThat(a).hasURL(Pattern.compile("/apologies/" + id + "\\?answered$"));
        assertThat(a.getByRole(AriaRole.STATUS)).hasText("Tu respuesta está guardada.");
        assertAccessible(a);

        open(b, "/apologies/" + id);
        Locator theirAnswer = b.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("La respuesta de tu pareja"));
        assertThat(theirAnswer.locator("strong")).hasText("En parte");
        assertThat(theirAnswer.locator(".written")).hasText(SHARED_NOTE_ES);
        open(b, "/apologies");
        assertThat(b.locator("main ul.entries li")).containsText(new String[] {"Tu pareja se siente escuchada en parte"});
    }

    // ---------------------------------------------------------------- screenshots

    @Test
    void screenshotsOfTheGuidanceAndTheReceivedApology() throws Exception {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        UUID sent = apologies.createDraft(ben.id(), APOLOGY);
        apologies.send(ben.id(), sent, apologies.read(ben.id(), sent).version());

        UUID draft = apologies.createDraft(ben.id(), APOLOGY);
        List<Variant> variants = PHONES;
        List<String> problems = new ArrayList<>();
        for (Variant v : variants) {
            Page b = newPage(newContext(v.options()));
            signInCollecting(b, ben.email(), v, problems);
            b.navigate("/apologies/new");
            check(b, "apology-new", v, problems);
            b.getByLabel("Your apology").fill(MIXED);
            button(b, "Check my draft").click();
            assertThat(guidance(b).locator("ul.flags mark")).hasCount(3);
            shoot(b, "apology-guidance", v, problems);

            // The last look before sending, on a draft of his.
            b.navigate("/apologies/" + draft + "/send");
            assertThat(b.locator(".apology-preview")).isVisible();
            look(b, "apology-last-look", v, problems);

            Page a = newPage(newContext(v.options()));
            signInCollecting(a, ana.email(), v, problems);
            a.navigate("/apologies/" + sent);
            assertThat(answerForm(a)).isVisible();
            shoot(a, "apology-received", v, problems);
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Locator radio(Page page, String name) {
        return page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator guidance(Page page) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("What your draft holds"));
    }

    private static Locator part(Locator guidance, String name) {
        return guidance.locator("ul.parts > li").filter(new Locator.FilterOptions().setHas(
                guidance.page().locator("strong", new Page.LocatorOptions().setHasText(name))));
    }

    private static Locator inbox(Page page) {
        return page.locator("#from-partner");
    }

    private static Locator answerForm(Page page) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Would you like to answer?"));
    }

    private static String idOf(String url) {
        Matcher m = SAVED.matcher(url);
        Assertions.assertThat(m.find()).as("an apology's address: %s", url).isTrue();
        return m.group(1);
    }

    private void assertNotFound(Page page, String path, String secret) {
        Response response = page.navigate(path);
        Assertions.assertThat(response.status()).as("status of %s", path).isEqualTo(404);
        assertThat(h1(page)).hasText(NOT_FOUND);
        assertThat(page.locator("main")).not().containsText(secret);
        assertAccessible(page);
    }
}
