package app.kintsugi.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.kintsugi.KintsugiApplication;
import app.kintsugi.TestDatabase;
import app.kintsugi.TestMail;
import app.kintsugi.account.Accounts;
import app.kintsugi.account.NewAccount;
import app.kintsugi.account.Person;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.safety.SafetyAnswers;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.transparency.Questions;

/**
 * Two application nodes on one PostgreSQL database, each with its scheduler running for real on the
 * real clock, as two servers behind one address would: every confirmation link and every notice is
 * mailed once, not once per node. The test counts the mails the SMTP server received.
 */
class TwoNodesNoticesTest {

    private static final int COUPLES = 8;
    private static final Pattern CONFIRM_LINK = Pattern.compile("http://localhost/notices/confirm/([A-Za-z0-9_-]{43})");

    @Test
    void twoNodesSendEachMailOnce() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgres(), "several nodes share a PostgreSQL database; SQLite is one process's file");
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        try {
            nodes.add(node());
            nodes.add(node());
            ConfigurableApplicationContext one = nodes.get(0);
            Accounts accounts = one.getBean(Accounts.class);
            Couples couples = one.getBean(Couples.class);
            SafetyChecks safety = one.getBean(SafetyChecks.class);
            Notices notices = one.getBean(Notices.class);
            Questions questions = nodes.get(1).getBean(Questions.class);

            List<Person> told = new ArrayList<>();
            List<Person> asking = new ArrayList<>();
            for (int i = 0; i < COUPLES; i++) {
                Person ana = accounts.register(new NewAccount(TestAccounts.uniqueEmail(), "Ana", TestAccounts.PASSWORD, "en", "UTC"));
                Person ben = accounts.register(new NewAccount(TestAccounts.uniqueEmail(), "Ben", TestAccounts.PASSWORD, "en", "UTC"));
                couples.join(ben.id(), couples.start(ana.id(), Role.HURT_PARTNER).code(), Role.BROKE_TRUST);
                safety.record(ana.id(), SafetyAnswers.allClear());
                safety.record(ben.id(), SafetyAnswers.allClear());
                notices.choose(ana.id(), new NoticeChoices(true, null, null, false, null), notices.status(ana.id()).version());
                notices.requestConfirmation(ana.id());
                told.add(ana);
                asking.add(ben);
            }
            waitFor(() -> told.stream().allMatch(p -> TestMail.to(p.email()).size() >= 1), "confirmation links");
            for (Person ana : told) {
                Matcher link = CONFIRM_LINK.matcher(TestMail.plainText(TestMail.to(ana.email()).get(0)));
                assertThat(link.find()).isTrue();
                assertThat(notices.confirm(link.group(1))).isTrue();
            }
            for (Person ben : asking) {
                questions.ask(ben.id(), "What did you tell your sister about us?");
            }
            waitFor(() -> told.stream().allMatch(p -> TestMail.to(p.email()).size() >= 2), "notices");
            // Several more runs of both nodes: nothing more may come.
            Thread.sleep(Duration.ofSeconds(6).toMillis());
            for (Person ana : told) {
                assertThat(TestMail.to(ana.email())).as("one confirmation and one notice for " + ana.id()).hasSize(2);
            }
            for (Person ben : asking) {
                assertThat(TestMail.to(ben.email())).isEmpty();
            }
            JdbcClient jdbc = one.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT picked_by) FROM scheduled_tasks WHERE task_name IN (?, ?) AND picked_by IS NOT NULL")
                    .params(NoticeScheduling.TASK, NoticeScheduling.LINKS_TASK).query(Integer.class).single())
                    .as("at most one node holds a run at any moment").isLessThanOrEqualTo(1);
        } finally {
            if (!nodes.isEmpty()) {
                nodes.get(0).getBean(JdbcClient.class).sql("DELETE FROM scheduled_tasks WHERE task_name IN (?, ?)")
                        .params(NoticeScheduling.TASK, NoticeScheduling.LINKS_TASK).update();
            }
            nodes.forEach(ConfigurableApplicationContext::close);
        }
    }

    /** A node of its own, with the database, the key, the SMTP server and a scheduler that runs. */
    private static ConfigurableApplicationContext node() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.putAll(TestMail.properties());
        properties.put("server.port", "0");
        properties.put("db-scheduler.enabled", "true");
        properties.put("db-scheduler.polling-interval", "500ms");
        properties.put("db-scheduler.shutdown-max-wait", "5s");
        properties.put("kintsugi.notices.interval", "1s");
        properties.put("kintsugi.notices.links-interval", "1s");
        properties.put("kintsugi.notices.public-url", "http://localhost");
        properties.put("spring.main.banner-mode", "off");
        // As command-line arguments, which come before application.properties, as a server's settings do.
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(KintsugiApplication.class).run(arguments);
    }

    private static void waitFor(BooleanSupplier done, String what) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as("waited too long for " + what).isBefore(until);
            Thread.sleep(200);
        }
    }
}
