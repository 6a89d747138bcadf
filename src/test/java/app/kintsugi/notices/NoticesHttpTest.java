package app.kintsugi.notices;

import app.kintsugi.shared.LinkTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;

import app.kintsugi.HttpAgent;
import app.kintsugi.IntegrationTest;
import app.kintsugi.TestMail;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.transparency.Questions;

/**
 * Notices as a person meets them, against a real SMTP server: choosing them, confirming the address
 * through the link in the real mail, quiet hours, one neutral mail, and the way out without signing in.
 */
class NoticesHttpTest extends IntegrationTest {

    private static final Pattern CONFIRM_LINK = Pattern.compile("http://localhost(/notices/confirm/[A-Za-z0-9_-]{43})");
    private static final Pattern UNSUBSCRIBE_LINK = Pattern.compile("<http://localhost(/notices/unsubscribe/[A-Za-z0-9_-]{43})>");
    private static final String QUESTION = "Where were you on Friday night after the concert?";

    @Autowired
    SafetyChecks safety;
    @Autowired
    Questions questions;
    @Autowired
    NoticeJob job;
    @Autowired
    Notices notices;
    @Autowired
    RecurringTask<Void> noticeTask;
    @Autowired
    DataSource dataSource;

    private TestPerson ana;
    private TestPerson ben;

    @BeforeEach
    void aCoupleWhoFeelSafe() {
        TestCouple couple = testCouples.feelingSafe("Ana", "Benedikt");
        ana = couple.first();
        ben = couple.second();
    }

    @Test
    void aQuestionAskedInQuietHoursBringsOneNeutralMailWhenTheyEndAndUnsubscribingNeedsNoSignIn() throws Exception {
        assertThat(text(page(ana, "/settings"))).contains("Notices by e-mail").contains("/settings/notices");
        String settings = text(page(ana, "/settings/notices"));
        assertThat(settings).contains("Notices go to the address of your account, " + ana.email())
                .contains("Send me a confirmation link").doesNotContain("does not send e-mail yet");

        chooseNotices(ana, "NOW");
        assertThat(postAs(ana, "/settings/notices/confirm", Map.of()).getRedirectedUrl())
                .isEqualTo("/settings/notices?linkRequested");
        assertThat(TestMail.to(ana.email())).as("sent by the job, never during the request").isEmpty();

        job.run();
        List<MimeMessage> confirmations = TestMail.to(ana.email());
        assertThat(confirmations).hasSize(1);
        assertThat(confirmations.get(0).getSubject()).isEqualTo("Confirm your address for Kintsugi");
        Matcher link = CONFIRM_LINK.matcher(plainText(confirmations.get(0)));
        assertThat(link.find()).isTrue();

        HttpAgent stranger = new HttpAgent(port);
        assertThat(stranger.get(link.group(1)).body()).contains("Confirm this address");
        HttpAgent.Page confirmed = stranger.post(link.group(1), Map.of());
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Your address is confirmed.");
        assertThat(stranger.post(link.group(1), Map.of()).status()).as("a link works once").isEqualTo(404);
        assertThat(text(page(ana, "/settings/notices"))).contains("This address is confirmed.");

        moveTo(LocalTime.of(22, 30));
        questions.ask(ben.id(), QUESTION);
        job.run();
        assertThat(TestMail.to(ana.email())).as("quiet hours").hasSize(1);
        clock.advance(Duration.ofHours(8).plusMinutes(29));
        job.run();
        assertThat(TestMail.to(ana.email())).as("06:59, still quiet").hasSize(1);
        clock.advance(Duration.ofMinutes(1));
        job.run();
        clock.advance(Duration.ofMinutes(5));
        job.run();

        List<MimeMessage> mails = TestMail.to(ana.email());
        assertThat(mails).as("one notice at 07:00, and only one").hasSize(2);
        MimeMessage notice = mails.get(1);
        assertThat(notice.getSubject()).isEqualTo("You have something new in Kintsugi");
        String everything = notice.getSubject() + "\n" + plainText(notice) + "\n" + htmlText(notice) + "\n"
                + String.join("\n", java.util.Collections.list(notice.getAllHeaderLines()));
        assertThat(everything).doesNotContain("Benedikt").doesNotContain("Friday").doesNotContain("concert")
                .doesNotContainIgnoringCase("question").contains("You have something new in Kintsugi.");
        assertThat(notice.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        Matcher unsubscribe = UNSUBSCRIBE_LINK.matcher(notice.getHeader("List-Unsubscribe")[0]);
        assertThat(unsubscribe.find()).isTrue();
        assertThat(plainText(notice)).contains("http://localhost" + unsubscribe.group(1)).contains("http://localhost/settings/notices");

        // RFC 8058: the mail program posts once, with no cookie and no form token.
        HttpAgent mailProgram = new HttpAgent(port);
        HttpAgent.Page off = mailProgram.post(unsubscribe.group(1), Map.of("List-Unsubscribe", "One-Click"));
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.body()).contains("No more notices will be sent.");
        assertThat(notices.status(ana.id()).choices().partnerNews()).isFalse();

        questions.ask(ben.id(), "And on Saturday?");
        clock.advance(Duration.ofHours(1));
        job.run();
        assertThat(TestMail.to(ana.email())).as("nothing after unsubscribing").hasSize(2);
    }

    @Test
    void nothingIsSentToAnAddressThatWasNotConfirmed() throws Exception {
        chooseNotices(ana, "NOW");
        questions.ask(ben.id(), QUESTION);
        clock.advance(Duration.ofMinutes(10));
        job.run();
        clock.advance(Duration.ofDays(1));
        job.run();
        assertThat(TestMail.to(ana.email())).isEmpty();
        assertThat(text(page(ana, "/settings/notices"))).contains("Before anything is sent, confirm that this address is yours.");
    }

    @Test
    void theUnsubscribePageAsksFirstAndItsButtonWorksWithoutSigningIn() throws Exception {
        confirmedWithNotices(ana);
        questions.ask(ben.id(), QUESTION);
        clock.advance(Duration.ofMinutes(10));
        job.run();
        List<MimeMessage> mails = TestMail.to(ana.email());
        assertThat(mails).hasSize(2);
        Matcher unsubscribe = UNSUBSCRIBE_LINK.matcher(mails.get(1).getHeader("List-Unsubscribe")[0]);
        assertThat(unsubscribe.find()).isTrue();

        // A new browser session is dated by the real clock; back to it, so the session is not taken for an old one.
        clock.reset();
        HttpAgent visitor = new HttpAgent(port);
        HttpAgent.Page asked = visitor.get(unsubscribe.group(1));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).contains("Stop notices to this address?");
        assertThat(notices.status(ana.id()).choices().partnerNews()).as("a look changes nothing").isTrue();
        HttpAgent.Page done = visitor.post(unsubscribe.group(1), Map.of());
        assertThat(done.status()).as(done.location()).isEqualTo(200);
        assertThat(done.body()).contains("No more notices will be sent.");
        assertThat(notices.status(ana.id()).choices().partnerNews()).isFalse();
    }

    @Test
    void signedOutVisitorsAreSentToSignInAndLinksThatDoNotWorkDoNotExist() throws Exception {
        for (String path : List.of("/settings/notices")) {
            MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(r.getStatus()).as(path).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).as(path).endsWith("/sign-in");
        }
        for (String path : List.of("/settings/notices", "/settings/notices/confirm")) {
            MockHttpServletResponse r = mvc.perform(post(path).with(csrf())).andReturn().getResponse();
            assertThat(r.getStatus()).as(path).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).as(path).endsWith("/sign-in");
        }
        String wellFormedButUnknown = LinkTokens.newToken();
        for (String token : List.of(wellFormedButUnknown, "nonsense")) {
            for (String path : List.of("/notices/confirm/" + token, "/notices/unsubscribe/" + token)) {
                assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
                assertThat(mvc.perform(post(path).with(csrf())).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
            }
        }
        assertThat(mvc.perform(post("/notices/unsubscribe/" + wellFormedButUnknown)).andReturn().getResponse().getStatus())
                .as("no form token needed, still nothing there").isEqualTo(404);
    }

    @Test
    void theSchedulerRunsTheTaskFromItsTableOnceEvenWithTwoNodes() throws Exception {
        confirmedWithNotices(ana);
        questions.ask(ben.id(), QUESTION);
        SettableClock time = new SettableClock();
        time.set(clock.instant());
        ManualScheduler one = new TestHelper.ManualSchedulerBuilder(dataSource, List.of()).startTasks(List.of(noticeTask))
                .clock(time).build();
        ManualScheduler two = new TestHelper.ManualSchedulerBuilder(dataSource, List.of()).startTasks(List.of(noticeTask))
                .clock(time).build();
        try {
            one.start();
            two.start();
            time.tick(Duration.ofMinutes(6));
            clock.advance(Duration.ofMinutes(6));
            one.runAnyDueExecutions();
            two.runAnyDueExecutions();
            assertThat(TestMail.to(ana.email())).as("the confirmation, then one notice").hasSize(2);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ?").param(NoticeScheduling.TASK)
                    .query(Integer.class).single()).isEqualTo(1);
        } finally {
            jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = ?").param(NoticeScheduling.TASK).update();
        }
    }

    @Autowired
    org.springframework.mail.javamail.JavaMailSender mailSender;

    @Test
    void theCheckOfEveryMailInTheSuiteFindsWordsSomeoneWrote() throws Exception {
        TestMail.foreignWordsSinceLastLook();
        MimeMessage leak = mailSender.createMimeMessage();
        new org.springframework.mail.javamail.MimeMessageHelper(leak, true, "UTF-8");
        leak.setFrom("kintsugi@localhost");
        leak.setRecipients(jakarta.mail.Message.RecipientType.TO, ana.email());
        leak.setSubject("You have something new in Kintsugi");
        leak.setText("You have something new in Kintsugi.\n" + QUESTION + "\nhttp://localhost/\n", "UTF-8");
        mailSender.send(leak);
        assertThat(TestMail.foreignWordsSinceLastLook()).singleElement().asString().endsWith(QUESTION);
    }

    /** Ana chose notices as things come, with quiet hours 22:00 to 07:00, and confirmed her address. */
    @Test
    void aHardMomentBringsThePartnerOneNeutralMailAndNotAWordOfWhatSetItOff() throws Exception {
        confirmedWithNotices(ben);
        int before = TestMail.to(ben.email()).size();
        postAs(ana, "/moments", Map.of("strength", "8", "what", "Her name came up at dinner"));
        assertThat(postAs(ana, "/hard-moment/ask", Map.of()).getRedirectedUrl()).startsWith("/moments/reassurance/requests/");
        job.run();
        List<MimeMessage> mails = TestMail.to(ben.email());
        assertThat(mails).hasSize(before + 1);
        String mail = mails.get(mails.size() - 1).getSubject() + " " + plainText(mails.get(mails.size() - 1));
        assertThat(mail).doesNotContain("Her name came up").doesNotContain("hard moment").doesNotContain("Ana")
                .doesNotContainIgnoringCase("reassurance");
        job.run();
        assertThat(TestMail.to(ben.email())).as("one mail for one request").hasSize(before + 1);
    }

    private void confirmedWithNotices(TestPerson person) throws Exception {
        chooseNotices(person, "NOW");
        notices.requestConfirmation(person.id());
        job.run();
        List<MimeMessage> mails = TestMail.to(person.email());
        Matcher link = CONFIRM_LINK.matcher(plainText(mails.get(mails.size() - 1)));
        assertThat(link.find()).isTrue();
        assertThat(notices.confirm(link.group(1).substring("/notices/confirm/".length()))).isTrue();
        // Daytime, away from quiet hours.
        moveTo(LocalTime.of(12, 0));
    }

    private void chooseNotices(TestPerson person, String delivery) throws Exception {
        int version = notices.status(person.id()).version();
        MockHttpServletResponse saved = postAs(person, "/settings/notices", Map.of("partnerNews", "true",
                "quietHours", "true", "quietFrom", "22:00", "quietUntil", "07:00", "delivery", delivery,
                "dailyAt", "08:00", "version", String.valueOf(version)));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/settings/notices?saved");
    }

    /** Moves the clock forward to the next time this is the hour in Madrid. */
    private void moveTo(LocalTime time) {
        ZonedDateTime now = clock.instant().atZone(MADRID);
        ZonedDateTime target = now.with(time);
        if (!target.isAfter(now)) {
            target = target.plusDays(1);
        }
        clock.advance(Duration.between(now.toInstant(), target.toInstant()));
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        return textOf(part, "text/plain");
    }

    private static String htmlText(Part part) throws MessagingException, IOException {
        return textOf(part, "text/html");
    }

    private static String textOf(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        StringBuilder out = new StringBuilder();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                out.append(textOf(child, type));
            }
        }
        return out.toString();
    }

}
