package app.kintsugi.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import app.kintsugi.HttpAgent;
import app.kintsugi.KintsugiApplication;
import app.kintsugi.TestDatabase;
import app.kintsugi.account.AccountRole;
import app.kintsugi.account.Accounts;
import app.kintsugi.account.NewAccount;
import app.kintsugi.account.PersonId;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;

/**
 * A questionnaire an operator adds as a file in {@code kintsugi.questionnaires.dir} is a measure like
 * the shipped ones: listed on {@code /measures}, answered on a schedule the person chooses, in their
 * trajectory, and shown to a counselor only when they choose to.
 */
class OperatorQuestionnaireTest {

    private static final String DEFINITION = TestQuestionnaires.sleepDiary("Sleep diary (clinic)", "Diario de sueño (consulta)");

    @Test
    void anOperatorsQuestionnaireIsAnsweredOnAScheduleAndAppearsInTheTrajectory() throws Exception {
        Path questionnaires = Files.createTempDirectory(Path.of("target"), "operator-questionnaires-");
        Files.writeString(questionnaires.resolve("sleep-diary.yaml"), DEFINITION, StandardCharsets.UTF_8);
        Path dataDir = Files.createTempDirectory(Path.of("target"), "operator-questionnaires-data-");
        Files.delete(dataDir);
        Map<String, Object> props = new HashMap<>(TestDatabase.properties());
        if (!TestDatabase.postgres()) {
            props.put("kintsugi.data-dir", dataDir.toAbsolutePath().toString());
        }
        props.put("server.port", "0");
        props.put("kintsugi.questionnaires.dir", questionnaires.toAbsolutePath().toString());
        try (ConfigurableApplicationContext app = start(props)) {
            Accounts accounts = app.getBean(Accounts.class);
            String email = TestAccounts.uniqueEmail();
            PersonId ana = accounts.register(new NewAccount(email, "Ana", TestAccounts.PASSWORD, "en", "UTC")).id();
            PersonId ben = accounts.register(new NewAccount(TestAccounts.uniqueEmail(), "Ben", TestAccounts.PASSWORD, "en", "UTC")).id();
            Couples couples = app.getBean(Couples.class);
            couples.join(ben, couples.start(ana, Role.HURT_PARTNER).code(), Role.BROKE_TRUST);

            HttpAgent browser = new HttpAgent(app.getEnvironment().getProperty("local.server.port", Integer.class));
            assertThat(browser.signIn(email, TestAccounts.PASSWORD).status()).isEqualTo(302);
            assertThat(browser.get("/measures").body()).contains("Sleep diary (clinic)").contains("PHQ-9 (low mood)");

            // A schedule of her choosing: due at once, then answered.
            assertThat(browser.post("/measures/sleep-diary/schedule", Map.of("cadence", "weekly")).location()).contains("scheduled");
            assertThat(app.getBean(Measures.class).due(ana)).extracting(Questionnaire::id).containsExactly("sleep-diary");
            assertThat(browser.get("/measures/sleep-diary").body()).contains("I lay awake for a long time.");
            assertThat(browser.post("/measures/sleep-diary", Map.of("awake", "3", "woke", "4")).status()).isEqualTo(302);
            assertThat(app.getBean(Measures.class).due(ana)).isEmpty();
            assertThat(browser.get("/measures/sleep-diary/result").body()).contains("Often restless");

            // Her trajectory has it; her partner's has nothing of it.
            assertThat(browser.get("/check-in/trajectory").body()).contains("Sleep diary (clinic)").contains("Often restless");
            assertThat(app.getBean(Measures.class).history(ben)).isEmpty();

            // Shown to a counselor like any measure: scores with the file's cut-off, never the answers.
            PersonId operator = accounts.register(new NewAccount(TestAccounts.uniqueEmail(), "Olga", TestAccounts.PASSWORD, "en", "UTC"),
                    AccountRole.OPERATOR).id();
            var created = app.getBean(app.kintsugi.counselor.Counselors.class).create(operator, TestAccounts.uniqueEmail(), "Dr R", "", "en");
            var links = app.getBean(app.kintsugi.counselor.CounselorLinks.class);
            var link = links.invite(ana, created.counselor().code(), true).id();
            links.consent(ben, link);
            var room = app.getBean(app.kintsugi.counselor.CounselorRoom.class);
            assertThat(room.open(created.counselor().id(), link).partners().getFirst().measures()).isEmpty();
            links.showMeasure(ana, "sleep-diary", true);
            var shown = room.open(created.counselor().id(), link).partners().getFirst().measures();
            assertThat(shown).singleElement().satisfies(m -> {
                assertThat(m.questionnaire()).isEqualTo("sleep-diary");
                assertThat(m.scores().series().getFirst().mine().getFirst().score()).isEqualTo(7.0);
                assertThat(m.scores().series().getFirst().subscale().cutoffs()).singleElement()
                        .satisfies(c -> assertThat(c.at()).isEqualTo(5.0));
            });
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> props) {
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(KintsugiApplication.class).run(args);
    }
}
