package app.kintsugi.communication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.kintsugi.shared.CommandRun;
import tools.jackson.databind.JsonNode;

class ToneCheckCommandTest {

    private static CommandRun run(String input, String... args) {
        return CommandRun.of(ToneCheckCommand::run, input, args);
    }

    private static CommandRun run(InputStream in, String... args) {
        return CommandRun.of(ToneCheckCommand::run, in, args);
    }

    @Test
    void printsOneJsonObjectPerNonBlankLine() {
        CommandRun run = run("You never listen to me.\n\n   \nI need ten minutes with you tonight.\r\nWhatever.\n", "tone-check",
                "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).endsWith("\n");
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(3);

        JsonNode first = lines.get(0);
        assertThat(first.get("lang").asString()).isEqualTo("en");
        assertThat(first.get("categories")).extracting(JsonNode::asString).containsExactly("criticism", "absolutes");
        JsonNode criticism = first.get("flags").get(0);
        assertThat(criticism.get("category").asString()).isEqualTo("criticism");
        assertThat(criticism.get("start").asInt()).isZero();
        assertThat(criticism.get("end").asInt()).isEqualTo(16);
        assertThat(criticism.get("words").asString()).isEqualTo("You never listen");
        JsonNode absolute = first.get("flags").get(1);
        assertThat(absolute.get("category").asString()).isEqualTo("absolutes");
        assertThat(absolute.get("words").asString()).isEqualTo("never");
        assertThat(absolute.get("start").asInt()).isEqualTo(4);
        assertThat(first.get("rewrite").asString()).isEqualTo("I feel … when you don't listen to me. I need …");

        JsonNode calm = lines.get(1);
        assertThat(calm.get("categories")).isEmpty();
        assertThat(calm.get("flags")).isEmpty();
        assertThat(calm.has("rewrite")).isFalse();

        assertThat(lines.get(2).get("categories")).extracting(JsonNode::asString).containsExactly("contempt");
    }

    @Test
    void keepsSpanishTextAsUtf8SkipsTheByteOrderMarkAndAcceptsLangWithEquals() {
        CommandRun run = run("\uFEFFJamás me preguntas cómo estoy.\n", "--lang=es");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"words\":\"Jamás me preguntas\"").contains("\"words\":\"Jamás\"")
                .contains("Me siento … cuando no me preguntas cómo estoy. Necesito …");
        JsonNode line = run.lines().getFirst();
        assertThat(line.get("lang").asString()).isEqualTo("es");
        assertThat(line.get("flags").get(0).get("start").asInt()).isZero();
    }

    @Test
    void aRegionTagUsesItsLanguage() {
        CommandRun run = run("Nunca me escuchas.\n", "tone-check", "-l", "es-AR");
        assertThat(run.exitCode()).isZero();
        assertThat(run.lines().getFirst().get("lang").asString()).isEqualTo("es");
    }

    @Test
    void emptyInputPrintsNothing() {
        CommandRun run = run("", "tone-check", "--lang", "es");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aMissingOrUnknownLanguageOrOptionIsAnErrorWithExitCodeTwo() {
        for (String[] args : List.of(new String[] {"tone-check"}, new String[] {"tone-check", "--lang"},
                new String[] {"tone-check", "--lang", "fr"}, new String[] {"tone-check", "--lang", "en", "--fast"},
                new String[] {"tone-check", "--lang="})) {
            CommandRun run = run("You never listen.\n", args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).as(String.join(" ", args)).isEmpty();
            assertThat(run.err()).as(String.join(" ", args)).isNotBlank();
        }
        assertThat(run("", "--lang", "fr").err()).contains("fr").contains("en, es");
    }

    @Test
    void unreadableInputIsExitCodeOne() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        CommandRun run = run(broken, "tone-check", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("disk gone");
    }

    @Test
    void helpGoesToStandardOutput() {
        CommandRun run = run("", "tone-check", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--lang").contains("en|es");
    }
}
