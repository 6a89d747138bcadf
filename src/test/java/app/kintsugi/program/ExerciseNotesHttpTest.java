package app.kintsugi.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.TestCouples.TestCouple;

/** Exercises done away from the screen have a screen of their own: what it asks, a private notepad, "done for now". */
class ExerciseNotesHttpTest extends IntegrationTest {

    @Autowired
    Progress progress;

    private TestPerson ana;
    private TestPerson ben;

    @BeforeEach
    void aCouple() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        ana = couple.first();
        ben = couple.second();
    }

    @Test
    void theNoteIsSealedOnlyItsAuthorReadsItAndSavingStartsTheExercise() throws Exception {
        String path = "/exercises/understanding.basics";
        assertThat(text(page(ana, path))).contains("Look after the basics").contains("Only you can read this.");
        var saved = postAs(ana, path + "/note", Map.of("note", "Sleep by eleven <script>alert(1)</script> 🌙", "version", "-1"));
        assertThat(saved.getRedirectedUrl()).isEqualTo(path + "?saved");
        String again = page(ana, path + "?saved").getContentAsString();
        assertThat(again).contains("Sleep by eleven &lt;script&gt;alert(1)&lt;/script&gt; 🌙").doesNotContain("<script>alert(1)");
        assertThat(progress.of(ana.id()).get("understanding.basics").status()).isEqualTo(ProgressStatus.STARTED);

        byte[] raw = jdbc.sql("SELECT content FROM exercise_note WHERE person_id = ?").param(ana.id().value().toString())
                .query(byte[].class).single();
        assertThat(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Sleep by eleven");

        // The partner's screen of the same exercise is their own, empty notepad.
        assertThat(text(page(ben, path))).doesNotContain("Sleep by eleven");
        // An exercise not meant for the person does not exist for them; nor does one that does not exist.
        assertThat(page(ana, "/exercises/responsibility.apology-parts").getStatus()).isEqualTo(404);
        assertThat(page(ana, "/exercises/no.such").getStatus()).isEqualTo(404);
        assertThat(postAs(ana, "/exercises/responsibility.apology-parts/note", Map.of("note", "x", "version", "-1")).getStatus())
                .isEqualTo(404);

        // "Done for now" from the exercise's own screen comes back to it; marking it not done deletes no note.
        assertThat(postAs(ana, "/progress/understanding.basics/complete", Map.of("back", "exercise")).getRedirectedUrl())
                .isEqualTo(path + "?marked");
        assertThat(postAs(ana, "/progress/understanding.basics/reset", Map.of("back", "exercise")).getStatus()).isEqualTo(302);
        assertThat(text(page(ana, path))).contains("Sleep by eleven");
    }

    @Test
    void aTooLongNoteOrOneChangedElsewhereKeepsWhatWasTypedAndSaysWhy() throws Exception {
        String path = "/exercises/trust.small-promise";
        String tooLong = "a".repeat(ExerciseNotes.MAX_TEXT + 1);
        var refused = postAs(ana, path + "/note", Map.of("note", tooLong, "version", "-1"));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(text(refused)).contains("This is longer than 10,000 characters").contains(tooLong);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM exercise_note WHERE person_id = ?").param(ana.id().value().toString())
                .query(Long.class).single()).isZero();

        postAs(ana, path + "/note", Map.of("note", "First version", "version", "-1"));
        postAs(ana, path + "/note", Map.of("note", "From the phone", "version", "0"));
        var stale = postAs(ana, path + "/note", Map.of("note", "From the laptop", "version", "0"));
        assertThat(text(stale)).contains("changed somewhere else").contains("From the laptop").contains("From the phone");
        // Saving again keeps the person's version.
        String version = stale.getContentAsString().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        assertThat(postAs(ana, path + "/note", Map.of("note", "From the laptop", "version", version)).getRedirectedUrl())
                .isEqualTo(path + "?saved");
        assertThat(text(page(ana, path))).contains("From the laptop");
        // An empty note removes it.
        postAs(ana, path + "/note", Map.of("note", "  ", "version", "2"));
        assertThat(text(page(ana, path))).doesNotContain("From the laptop");
    }
}
