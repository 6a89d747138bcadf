package app.kintsugi.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.kintsugi.shared.CommandRun;
import tools.jackson.databind.JsonNode;

class ApologyCheckCommandTest {

    private static CommandRun run(String input, String... args) {
        return CommandRun.of(ApologyCheckCommand::run, input, args);
    }

    @Test
    void printsOneJsonObjectPerNonBlankLine() {
        CommandRun run = run("I lied to you. I'm sorry.\n\n   \nIt was just a kiss, nothing happened.\r\n", "apology-check", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).endsWith("\n");
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(2);

        JsonNode first = lines.get(0);
        assertThat(first.get("lang").asString()).isEqualTo("en");
        assertThat(first.get("parts")).hasSize(2);
        JsonNode lied = first.get("parts").get(0);
        assertThat(lied.get("part").asString()).isEqualTo("ACKNOWLEDGE_RESPONSIBILITY");
        assertThat(lied.get("start").asInt()).isZero();
        assertThat(lied.get("end").asInt()).isEqualTo(6);
        assertThat(lied.get("text").asString()).isEqualTo("I lied");
        JsonNode sorry = first.get("parts").get(1);
        assertThat(sorry.get("part").asString()).isEqualTo("EXPRESS_REGRET");
        assertThat(sorry.get("text").asString()).isEqualTo("I'm sorry");
        assertThat(sorry.get("start").asInt()).isEqualTo(15);
        assertThat(first.get("patterns")).isEmpty();
        assertThat(first.get("score").asInt()).isEqualTo(38);

        JsonNode second = lines.get(1);
        assertThat(second.get("parts")).isEmpty();
        assertThat(second.get("patterns")).extracting(p -> p.get("pattern").asString())
                .containsExactly("MINIMISING", "MINIMISING");
        assertThat(second.get("patterns").get(1).get("text").asString()).isEqualTo("nothing happened");
        assertThat(second.get("score").asInt()).isZero();
    }

    @Test
    void keepsSpanishTextAsUtf8AndAcceptsLangWithEquals() {
        CommandRun run = run("\uFEFFPerdóname, te mentí.\n", "--lang=es");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"text\":\"Perdóname\"").contains("\"text\":\"te mentí\"");
        JsonNode line = run.lines().getFirst();
        assertThat(line.get("lang").asString()).isEqualTo("es");
        assertThat(line.get("parts").get(0).get("start").asInt()).isZero();
    }

    @Test
    void emptyInputPrintsNothing() {
        CommandRun run = run("", "apology-check", "--lang", "es");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingOrUnknownLanguageIsAnErrorWithExitCodeTwo() {
        for (String[] args : List.of(new String[] {"apology-check"}, new String[] {"apology-check", "--lang"},
                new String[] {"apology-check", "--lang", "fr"}, new String[] {"apology-check", "--lang", "en", "--fast"})) {
            CommandRun run = run("I'm sorry.\n", args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).as(String.join(" ", args)).isEmpty();
            assertThat(run.err()).as(String.join(" ", args)).isNotBlank();
        }
        assertThat(run("", "--lang", "fr").err()).contains("fr").contains("en, es");
    }

    @Test
    void helpGoesToStandardOutput() {
        CommandRun run = run("", "apology-check", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--lang");
    }
}
