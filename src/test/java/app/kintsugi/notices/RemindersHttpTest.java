package app.kintsugi.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.thymeleaf.ITemplateEngine;

import app.kintsugi.IntegrationTest;
import app.kintsugi.TestMail;
import app.kintsugi.account.Accounts;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.communication.Conversations;
import app.kintsugi.communication.PlanDraft;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.notices.internal.NoticeMail;
import app.kintsugi.notices.internal.NoticeProperties;
import app.kintsugi.notices.internal.NoticeRepository;
import app.kintsugi.program.Today;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.trust.CommitmentDraft;
import app.kintsugi.trust.Commitments;

/**
 * Reminders of one's own due things, as a person meets them against a real SMTP server with the
 * test clock: at the chosen time in their own time zone, also on the day the clocks change; an hour
 * before a planned conversation; never again once turned off; in the look they chose; and what
 * happens when the server is down or refuses the address.
 */
class RemindersHttpTest extends IntegrationTest {

    private static final Pattern CONFIRM_LINK = Pattern.compile("http://localhost/notices/confirm/([A-Za-z0-9_-]{43})");
    private static final String PROMISE = "A walk together after dinner";

    @Autowired
    SafetyChecks safety;
    @Autowired
    Commitments commitments;
    @Autowired
    Conversations conversations;
    @Autowired
    NoticeJob job;
    @Autowired
    Notices notices;
    @Autowired
    NoticeRepository repository;
    @Autowired
    Today today;
    @Autowired
    Accounts accounts;
    @Autowired
    NoticeProperties properties;
    @Autowired
    RegistrationMails registrationMails;
    @Autowired
    MessageSource messages;
    @Autowired
    ITemplateEngine templates;

    private TestPerson ana;
    private TestPerson ben;

    @BeforeEach
    void aCoupleWhoFeelSafe() {
        TestCouple couple = testCouples.feelingSafe("Ana", "Ben");
        ana = couple.first();
        ben = couple.second();
    }

    @Test
    void aDailyCommitmentIsRecalledAtTheChosenTimeInThePersonsZoneAlsoWhenTheClocksChange() throws Exception {
        commitments.create(ben.id(), new CommitmentDraft(PROMISE, "DAILY", List.of(),
                LocalDate.now(clock.withZone(MADRID)).toString(), "", "PARTNER"));
        confirmed(ben, Map.of("reminders", "true", "remindAt", "20:00"));

        // Madrid moves its clocks from 02:00 to 03:00 on Sunday 28 March 2027.
        moveTo(LocalDateTime.of(2027, 3, 27, 19, 59));
        job.run();
        assertThat(TestMail.to(ben.email())).as("the confirmation only, before 20:00").hasSize(1);
        moveTo(LocalDateTime.of(2027, 3, 27, 20, 0));
        job.run();
        clock.advance(Duration.ofMinutes(30));
        job.run();
        List<MimeMessage> mails = TestMail.to(ben.email());
        assertThat(mails).as("one reminder at 20:00, and only one that day").hasSize(2);
        assertThat(mails.get(1).getSubject()).isEqualTo("A reminder from Kintsugi");
        assertThat(TestMail.everything(mails.get(1))).contains("Something of yours in Kintsugi is due today.")
                .doesNotContain(PROMISE).doesNotContain("walk").doesNotContain("Ana").doesNotContainIgnoringCase("commitment");

        // The day the clocks go forward, 20:00 in Madrid is 18:00 UTC, not 19:00.
        moveTo(LocalDateTime.of(2027, 3, 28, 19, 59));
        assertThat(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))
                .isEqualTo(java.time.Instant.parse("2027-03-28T17:59:00Z"));
        job.run();
        assertThat(TestMail.to(ben.email())).hasSize(2);
        moveTo(LocalDateTime.of(2027, 3, 28, 20, 0));
        job.run();
        assertThat(TestMail.to(ben.email())).as("20:00 by Ben's own clock").hasSize(3);

        // Turning reminders off stops them, whatever was planned.
        choose(ben, Map.of("reminders", "false", "remindAt", "20:00"));
        moveTo(LocalDateTime.of(2027, 3, 29, 20, 30));
        job.run();
        assertThat(TestMail.to(ben.email())).hasSize(3);
    }

    @Test
    void aPlannedConversationIsRecalledAboutAnHourBeforeInTheNeutralLookChosen() throws Exception {
        LocalDate tomorrow = LocalDate.now(clock.withZone(MADRID)).plusDays(1);
        UUID talk = conversations.propose(ana.id(), new PlanDraft("The money I did not tell you about", tomorrow.toString(),
                "18:30", "45", "Kitchen table"));
        conversations.accept(ben.id(), talk, conversations.read(ben.id(), talk).version());
        confirmed(ana, Map.of("conversationBefore", "true", "look", "UPDATES"));

        moveTo(LocalDateTime.of(tomorrow, java.time.LocalTime.of(17, 29)));
        job.run();
        assertThat(TestMail.to(ana.email())).as("61 minutes before: not yet").hasSize(1);
        moveTo(LocalDateTime.of(tomorrow, java.time.LocalTime.of(17, 31)));
        job.run();
        clock.advance(Duration.ofMinutes(20));
        job.run();
        List<MimeMessage> mails = TestMail.to(ana.email());
        assertThat(mails).as("one reminder in the hour before").hasSize(2);
        MimeMessage soon = mails.get(1);
        assertThat(soon.getSubject()).isEqualTo("A new update");
        assertThat(((InternetAddress) soon.getFrom()[0]).getPersonal()).isEqualTo("Updates");
        assertThat(TestMail.everything(soon)).contains("Something you planned starts in about an hour.")
                .doesNotContainIgnoringCase("kintsugi").doesNotContain("money").doesNotContain("Kitchen").doesNotContain("Ben");
        // Ben chose nothing: nothing comes to him.
        assertThat(TestMail.to(ben.email())).isEmpty();
    }

    @Test
    void aServerThatIsDownIsTriedAgainLaterAndAnAddressItRefusesIsNoLongerUsedAndTheOwnerIsTold() throws Exception {
        commitments.create(ben.id(), new CommitmentDraft(PROMISE, "DAILY", List.of(),
                LocalDate.now(clock.withZone(MADRID)).toString(), "", "PARTNER"));
        confirmed(ben, Map.of("reminders", "true", "remindAt", "07:00"));
        moveTo(LocalDateTime.of(LocalDate.now(clock.withZone(MADRID)).plusDays(1), java.time.LocalTime.of(12, 0)));

        // Nothing listens on this port: the server is down.
        JavaMailSenderImpl down = new JavaMailSenderImpl();
        down.setHost("127.0.0.1");
        down.setPort(closedPort());
        long started = System.nanoTime();
        jobWith(down).run();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        NoticeRepository.Row row = repository.find(ben.id()).orElseThrow();
        assertThat(row.failures()).isEqualTo(1);
        assertThat(row.retryAt()).isBetween(clock.instant().plus(NoticeJob.FIRST_RETRY).minusSeconds(20).toEpochMilli(),
                clock.instant().plus(NoticeJob.FIRST_RETRY).toEpochMilli());
        assertThat(row.confirmedAddress()).as("a server that is down says nothing about the address").isNotNull();
        assertThat(page(ben, "/settings/notices").getStatus()).isEqualTo(200);

        job.run();
        assertThat(TestMail.to(ben.email())).as("not before the retry time").hasSize(1);
        clock.advance(NoticeJob.FIRST_RETRY);
        job.run();
        assertThat(TestMail.to(ben.email())).as("the server is back: the reminder goes").hasSize(2);

        // The next day the server refuses the address for good.
        clock.advance(Duration.ofDays(1));
        JavaMailSenderImpl refusing = new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... messages) {
                throw new MailSendException(Map.of(messages[0], new SendFailedException("550 no such mailbox", null,
                        new jakarta.mail.Address[0], new jakarta.mail.Address[0], invalid(ben.email()))));
            }
        };
        jobWith(refusing).run();
        row = repository.find(ben.id()).orElseThrow();
        assertThat(row.confirmedAddress()).isNull();
        assertThat(row.bouncedAt()).isNotNull();
        assertThat(text(page(ben, "/"))).contains("Mail to your address could not be delivered");
        assertThat(text(page(ben, "/settings/notices"))).contains("Mail to your address could not be delivered")
                .contains("Send me a confirmation link");
        assertThat(text(page(ana, "/"))).as("nobody else is told").doesNotContain("could not be delivered");
        clock.advance(Duration.ofDays(1));
        job.run();
        assertThat(TestMail.to(ben.email())).as("nothing more to a refused address").hasSize(2);
    }

    @Test
    void aCalendarAddressOfOnesOwnHoldsTimesButNoTopicPlaceOrNameAndCanBeReplaced() throws Exception {
        LocalDate tomorrow = LocalDate.now(clock.withZone(MADRID)).plusDays(1);
        UUID talk = conversations.propose(ana.id(), new PlanDraft("The money I did not tell you about", tomorrow.toString(),
                "18:30", "45", "Kitchen table"));
        conversations.accept(ben.id(), talk, conversations.read(ben.id(), talk).version());
        choose(ben, Map.of("reminders", "true", "remindAt", "20:00", "weeklyDay", "SUNDAY"));

        String address = makeCalendar(ben);
        assertThat(address).matches("http://localhost/calendar/[A-Za-z0-9_-]{43}\\.ics");
        String path = address.substring("http://localhost".length());

        app.kintsugi.HttpAgent calendarApp = new app.kintsugi.HttpAgent(port);
        var feed = calendarApp.get(path);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("text/calendar");
        assertThat(feed.header("Cache-Control")).contains("no-store");
        String ics = feed.body();
        assertThat(ics).contains("BEGIN:VEVENT").contains("SUMMARY:Planned conversation").contains("UID:" + talk + "@conversation")
                .contains("BEGIN:VALARM").contains("RRULE:FREQ=DAILY").contains("RRULE:FREQ=WEEKLY;BYDAY=SU")
                .contains("DTSTART:" + LocalDate.now(clock.withZone(MADRID)).toString().replace("-", "") + "T200000")
                .doesNotContain("money").doesNotContain("Kitchen").doesNotContain("Ana").doesNotContain("Ben");

        // In discreet mode nothing names the application.
        var person = accounts.find(ben.id()).orElseThrow();
        accounts.updateSettings(ben.id(), new app.kintsugi.account.Settings(person.displayName(), person.language(),
                person.theme(), true, person.timeZone().getId(), person.version()));
        assertThat(calendarApp.get(path).body()).doesNotContainIgnoringCase("kintsugi").contains("SUMMARY:Appointment");

        // A new address replaces the old one; stopping it ends both.
        String second = makeCalendar(ben).substring("http://localhost".length());
        assertThat(calendarApp.get(path).status()).isEqualTo(404);
        assertThat(calendarApp.get(second).status()).isEqualTo(200);
        assertThat(text(page(ben, "/settings/notices"))).contains("You have a calendar address.");
        postAs(ben, "/settings/notices/calendar/stop", Map.of());
        assertThat(calendarApp.get(second).status()).isEqualTo(404);
        assertThat(calendarApp.get("/calendar/nonsense.ics").status()).isEqualTo(404);
        // Signed-out visitors cannot make or stop one.
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/settings/notices/calendar")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse().getRedirectedUrl()).endsWith("/sign-in");
    }

    /** Makes a calendar address in the person's browser; the address is shown once, after the redirect. */
    private String makeCalendar(TestPerson person) {
        app.kintsugi.HttpAgent browser = new app.kintsugi.HttpAgent(port);
        browser.signIn(person.email(), TestAccounts.PASSWORD);
        browser.get("/settings/notices");
        var made = browser.post("/settings/notices/calendar", Map.of());
        assertThat(made.location()).endsWith("/settings/notices#calendar");
        String shown = browser.get("/settings/notices").body();
        Matcher address = Pattern.compile("id=\"calendar-address\" type=\"text\" readonly value=\"([^\"]+)\"").matcher(shown);
        assertThat(shown).contains("Here is your calendar address.");
        assertThat(address.find()).isTrue();
        assertThat(browser.get("/settings/notices").body()).as("shown once").doesNotContain(address.group(1));
        return address.group(1);
    }

    private static jakarta.mail.Address[] invalid(String address) {
        try {
            return new jakarta.mail.Address[] {new InternetAddress(address)};
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The notice job as configured, but handing its mail to another server. */
    private NoticeJob jobWith(JavaMailSender server) {
        ObjectProvider<JavaMailSender> provider = new ObjectProvider<>() {
            @Override
            public JavaMailSender getObject() {
                return server;
            }

            @Override
            public JavaMailSender getIfAvailable() {
                return server;
            }
        };
        NoticeMail mail = new NoticeMail(provider, messages, templates, properties);
        return new NoticeJob(repository, mail, today, accounts, properties, clock,
                new RegistrationMails(null, accounts, mail, properties, repository) {
                    @Override
                    void run() {
                        // Registrations are not part of these tests.
                    }
                }, new ResetMails(null, accounts, null, mail, properties, repository) {
                    @Override
                    void run() {
                        // Nor are password resets.
                    }
                }, new SignInChangeMails(null, accounts, mail, properties, repository) {
                    @Override
                    void run() {
                        // Nor are changes to how people sign in.
                    }
                }, new SignInLinkMails(null, accounts, null, mail, properties, repository) {
                    @Override
                    void run() {
                        // Nor are links that sign in.
                    }
                });
    }

    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The person chose these and confirmed their address through the link in the real mail. */
    private void confirmed(TestPerson person, Map<String, String> choices) throws Exception {
        choose(person, choices);
        notices.requestConfirmation(person.id());
        job.run();
        List<MimeMessage> mails = TestMail.to(person.email());
        Matcher link = CONFIRM_LINK.matcher(TestMail.plainText(mails.get(mails.size() - 1)));
        assertThat(link.find()).isTrue();
        assertThat(notices.confirm(link.group(1))).isTrue();
    }

    private void choose(TestPerson person, Map<String, String> choices) throws Exception {
        Map<String, String> form = new java.util.HashMap<>(Map.of("delivery", "NOW", "dailyAt", "08:00",
                "version", String.valueOf(notices.status(person.id()).version())));
        form.putAll(choices);
        assertThat(postAs(person, "/settings/notices", form).getRedirectedUrl()).isEqualTo("/settings/notices?saved");
    }

    /** Moves the clock to this moment in Madrid. */
    private void moveTo(LocalDateTime local) {
        clock.advance(Duration.between(clock.instant(), ZonedDateTime.of(local, MADRID).toInstant()));
    }
}
