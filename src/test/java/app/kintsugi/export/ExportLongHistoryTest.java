package app.kintsugi.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.checkin.CheckIns;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.Reflections;
import app.kintsugi.respect.Appreciations;
import app.kintsugi.transparency.Questions;
import app.kintsugi.trust.CommitmentDraft;
import app.kintsugi.trust.Commitments;
import app.kintsugi.trust.Outcome;

/**
 * A couple two years in: the JSON export of the one with a long history is made in seconds, the PDF
 * within a budget. The figures are printed.
 */
class ExportLongHistoryTest extends IntegrationTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Autowired TestAccounts people;
    @Autowired Couples couples;
    @Autowired Reflections reflections;
    @Autowired Commitments commitments;
    @Autowired CheckIns checkIns;
    @Autowired Appreciations appreciations;
    @Autowired Questions questions;

    @Test
    void twoYearsOfHistoryExportInSeconds() throws Exception {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        couples.join(ben.id(), couples.start(ana.id(), Role.BOTH).code(), Role.BOTH);
        String words = "Today was a little easier than yesterday, and I said so out loud. ";
        UUID promise = commitments.create(ana.id(), new CommitmentDraft("Phone face up on the table at dinner", "DAILY", List.of(),
                "", "", "PARTNER"));
        for (int day = 0; day < 730; day++) {
            String today = LocalDate.now(clock.withZone(MADRID)).toString();
            commitments.report(ana.id(), promise, today, day % 9 == 0 ? Outcome.NOT_KEPT : Outcome.KEPT, words + day);
            if (day % 7 == 0) {
                checkIns.save(ana.id(), answers(), false);
                appreciations.send(ana.id(), "Thank you for the walk on day " + day + ". " + words);
                questions.ask(ana.id(), "Question of week " + day / 7 + ": " + words);
            }
            if (day % 10 == 0) {
                reflections.create(ana.id(), new ReflectionDraft("Day " + day, words.repeat(8), words, null, Map.of(), words));
            }
            clock.advance(Duration.ofDays(1));
        }

        long started = System.nanoTime();
        MockHttpServletResponse json = postAs(ana, "/settings/data", Map.of("format", "json", "password", TestAccounts.PASSWORD));
        long jsonMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        MockHttpServletResponse pdf = postAs(ana, "/settings/data", Map.of("format", "pdf", "password", TestAccounts.PASSWORD));
        long pdfMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(json.getStatus()).isEqualTo(200);
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(json.getContentAsString(StandardCharsets.UTF_8)).contains(words + "729");
        System.out.printf("export of two years (730 check-ins, 105 weekly check-ins, 105 appreciations, 105 questions,"
                + " 73 reflections): json %d KiB in %d ms, pdf %d KiB in %d ms%n", json.getContentAsByteArray().length / 1024,
                jsonMillis, pdf.getContentAsByteArray().length / 1024, pdfMillis);
        assertThat(jsonMillis).as("JSON export time, ms").isLessThan(10_000);
        // Laying out some 400 pages is the slow part (about 47 s measured on a busy two-core machine):
        // generous here so a loaded CI does not fail, and a regression of many times still does.
        assertThat(pdfMillis).as("PDF export time, ms").isLessThan(180_000);
    }

    private static Map<String, String> answers() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : List.of("predictable", "dependable", "faith", "checking", "safe", "hard-talks", "close", "hope",
                "overwhelmed", "distress")) {
            out.put(id, "3");
        }
        return out;
    }
}
