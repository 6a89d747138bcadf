package app.kintsugi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import app.kintsugi.HttpAgent;
import app.kintsugi.KintsugiApplication;
import app.kintsugi.TestDatabase;
import app.kintsugi.account.NewAccount;
import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.ReflectionId;
import app.kintsugi.reflection.Reflections;
import app.kintsugi.boundaries.Boundaries;
import app.kintsugi.boundaries.BoundaryDraft;
import app.kintsugi.checkin.CheckIns;
import app.kintsugi.checkin.Item;
import app.kintsugi.checkin.Questionnaires;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.resources.HelpRegion;
import app.kintsugi.resources.HelpResources;
import app.kintsugi.respect.Appreciations;
import app.kintsugi.transparency.Questions;

/** Stops the whole application and starts it again on the same data: nothing acknowledged is lost. */
class RestartTest {

    @Test
    void everythingSurvivesARestartIncludingTheSessionAndTheKey() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "restart-");
        Files.delete(dataDir);
        Map<String, Object> props = new HashMap<>(TestDatabase.properties());
        if (!TestDatabase.postgres()) {
            props.put("kintsugi.data-dir", dataDir.toAbsolutePath().toString());
        }
        // On PostgreSQL the schema is shared with the other tests of this run, and so is its master key:
        // a key of its own would leave the shared data keys unreadable for a context started later.
        props.put("server.port", "0");
        String email = TestAccounts.uniqueEmail();
        String secret = "Written before the restart ✓";
        PersonId person;
        PersonId partner;
        ReflectionId id;
        java.util.UUID question;
        java.util.UUID boundary;
        java.util.UUID link;
        PersonId counselor;
        HttpAgent before;
        try (ConfigurableApplicationContext first = start(props)) {
            person = first.getBean(Accounts.class).register(new NewAccount(email, "Ana", TestAccounts.PASSWORD, "en", "UTC")).id();
            id = first.getBean(Reflections.class).create(person, new ReflectionDraft(null, secret, null, null, Map.of(), null));
            // The later steps too: a question, a boundary, an appreciation and a weekly check-in.
            partner = first.getBean(Accounts.class).register(new NewAccount(TestAccounts.uniqueEmail(), "Ben", TestAccounts.PASSWORD,
                    "en", "UTC")).id();
            Couples couples = first.getBean(Couples.class);
            couples.join(partner, couples.start(person, Role.HURT_PARTNER).code(), Role.BROKE_TRUST);
            question = first.getBean(Questions.class).ask(person, secret + " question");
            boundary = first.getBean(Boundaries.class).propose(partner, new BoundaryDraft(secret + " boundary", "Why it matters",
                    "TIME", java.time.LocalDate.now().plusDays(30).toString()));
            first.getBean(Appreciations.class).send(partner, secret + " appreciation");
            Map<String, String> answers = new HashMap<>();
            for (Item item : first.getBean(Questionnaires.class).weekly().items()) {
                answers.put(item.id(), String.valueOf(item.scale().min()));
            }
            first.getBean(CheckIns.class).save(person, answers, false);
            // A counselor both agreed to, the reflection shown to them, and their own note.
            PersonId operator = first.getBean(Accounts.class).register(new NewAccount(TestAccounts.uniqueEmail(), "Olga",
                    TestAccounts.PASSWORD, "en", "UTC"), app.kintsugi.account.AccountRole.OPERATOR).id();
            var created = first.getBean(app.kintsugi.counselor.Counselors.class).create(operator, TestAccounts.uniqueEmail(), "Dr R", "", "en");
            counselor = created.counselor().id();
            var links = first.getBean(app.kintsugi.counselor.CounselorLinks.class);
            link = links.invite(person, created.counselor().code(), true).id();
            links.consent(partner, link);
            links.show(person, "reflection", id.value(), true);
            first.getBean(app.kintsugi.counselor.CounselorRoom.class).addNote(counselor, link, secret + " note");
            first.getBean(HelpResources.class).choose(person, "GB");
            // Today: what came in is remembered, and a practice's private notepad is kept.
            first.getBean(app.kintsugi.program.Today.class).of(partner);
            first.getBean(app.kintsugi.program.ExerciseNotes.class).save(person, "understanding.basics", secret + " notepad", -1);
            before = new HttpAgent(port(first));
            assertThat(before.signIn(email, TestAccounts.PASSWORD).status()).isEqualTo(302);
            assertThat(before.get("/reflections").body()).contains("Written before the restart");
        }
        Path keyFile = Path.of(String.valueOf(props.get("kintsugi.data-dir"))).resolve("master-key.json");
        assertThat(Files.getPosixFilePermissions(keyFile))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        if (!TestDatabase.postgres()) {
            assertThat(Files.getPosixFilePermissions(dataDir)).isEqualTo(Set.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        }

        try (ConfigurableApplicationContext second = start(props)) {
            assertThat(second.getBean(Reflections.class).read(person, id).content().whatHappened()).isEqualTo(secret);
            assertThat(second.getBean(Questions.class).thread(partner, question).first().text()).isEqualTo(secret + " question");
            assertThat(second.getBean(Boundaries.class).read(person, boundary).pending().what()).isEqualTo(secret + " boundary");
            assertThat(second.getBean(Appreciations.class).overview(person).received()).extracting(a -> a.text())
                    .containsExactly(secret + " appreciation");
            assertThat(second.getBean(CheckIns.class).dueThisWeek(person)).as("this week's check-in is kept").isFalse();
            var seen = second.getBean(app.kintsugi.counselor.CounselorRoom.class).open(counselor, link);
            assertThat(seen.partners().get(0).entries()).extracting(e -> e.parts().get(0).text()).containsExactly(secret);
            assertThat(seen.notes()).extracting(n -> n.text()).containsExactly(secret + " note");
            assertThat(second.getBean(HelpResources.class).chosen(person)).map(HelpRegion::code).as("the help region").contains("GB");
            assertThat(second.getBean(app.kintsugi.program.ExerciseNotes.class).of(person, "understanding.basics").text())
                    .isEqualTo(secret + " notepad");
            assertThat(second.getBean(app.kintsugi.program.Today.class).history(partner))
                    .extracting(app.kintsugi.program.Today.HistoryLine::messageKey).contains("inbox.question.asked");
            // The session lives in the database: the same browser is still signed in.
            HttpAgent after = new HttpAgent(port(second), before);
            var page = after.get("/reflections");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Written before the restart");
        }

        if (!TestDatabase.postgres()) {
            // A lost key file next to encrypted data stops the start instead of creating a useless new key.
            Files.delete(keyFile);
            assertThatThrownBy(() -> start(props).close())
                    .hasStackTraceContaining("master key file")
                    .hasStackTraceContaining("Restore the key file from your backup");
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> props) {
        // As command-line arguments, so they win over application.properties like real configuration.
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(KintsugiApplication.class).run(args);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
