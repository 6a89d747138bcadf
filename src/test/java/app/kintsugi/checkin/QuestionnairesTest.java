package app.kintsugi.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class QuestionnairesTest {

    /** The built-in questionnaires, in file-name order. */
    private static final String[] BUILT_IN = {"csi-16", "csi-4", "gad-7", "kintsugi-weekly", "pcl-5", "phq-9"};


    private static final String SAMPLE = TestQuestionnaires.read("questionnaires-good/sample.yaml");

    @TempDir
    Path dir;

    private final Logger logger = (Logger) LoggerFactory.getLogger(Questionnaires.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void theBuiltInWeeklyCheckInAndItsSignalsAreThereWithoutAnOperatorDirectory() {
        Questionnaires questionnaires = new Questionnaires("");
        assertThat(questionnaires.weekly().id()).isEqualTo(Questionnaires.WEEKLY);
        assertThat(questionnaires.weekly().builtIn()).isTrue();
        assertThat(questionnaires.all()).extracting(Questionnaire::id).containsExactly(BUILT_IN);
        assertThat(questionnaires.find(Questionnaires.WEEKLY)).containsSame(questionnaires.weekly());
        assertThat(questionnaires.find("nothing-like-this")).isEmpty();
        assertThat(questionnaires.signals()).isEqualTo(new Signals(7, 3, 4));
        assertThat(questionnaires.warnings()).isEmpty();
    }

    @Test
    void aBrokenBuiltInDefinitionStopsTheStartListingEveryProblem() {
        assertThatThrownBy(() -> new Questionnaires("classpath*:questionnaires-broken/signals-unknown-subscale.yaml", null))
                .isInstanceOfSatisfying(InvalidQuestionnaireException.class, e -> assertThat(e.problems()).containsExactly(
                        "signals-unknown-subscale.yaml line 45: signals: 'distress_at_least' refers to subscale 'distress', which this questionnaire does not have",
                        "signals-unknown-subscale.yaml line 46: signals: 'distress_weeks' must be 1 or more",
                        "signals-unknown-subscale.yaml line 47: signals: 'overwhelmed_at_least' refers to subscale 'overwhelmed', which this questionnaire does not have"))
                .hasMessageStartingWith("The built-in questionnaires are not valid; Kintsugi will not start until they are fixed:\n"
                        + "  - signals-unknown-subscale.yaml line 45: ");
    }

    @Test
    void withoutTheWeeklyCheckInKintsugiDoesNotStart() {
        assertThatThrownBy(() -> new Questionnaires("classpath*:questionnaires-good/*.yaml", null))
                .isInstanceOf(InvalidQuestionnaireException.class)
                .hasMessageEndingWith("classpath*:questionnaires-good/*.yaml: the weekly check-in 'kintsugi-weekly' is missing");
    }

    @Test
    void aGoodAddedFileLoadsABrokenOneIsSkippedWithAWarningPerProblemAndBuiltInIdsAreKept() throws IOException {
        write("a-couple.yml", SAMPLE.replace("id: sample", "id: couple-sample"));
        write("b-broken.yaml", SAMPLE.replace("      es: Tuve esperanza.\n", "").replace("  ease: mean\n", "  ease: median\n"));
        write("c-weekly.yaml", SAMPLE.replace("id: sample", "id: kintsugi-weekly"));
        write("d-again.YAML", SAMPLE.replace("id: sample", "id: couple-sample"));
        write("notes.txt", "not a definition");
        write(".e-hidden.yaml", "not: [read");
        Files.createDirectory(dir.resolve("f-folder.yaml"));

        Questionnaires questionnaires = new Questionnaires(Questionnaires.BUILT_IN, dir);

        assertThat(questionnaires.all()).extracting(Questionnaire::id).containsExactly("csi-16", "csi-4", "gad-7", "kintsugi-weekly", "pcl-5", "phq-9", "couple-sample");
        Questionnaire added = questionnaires.find("couple-sample").orElseThrow();
        assertThat(added.builtIn()).isFalse();
        assertThat(added.items()).hasSize(3);
        assertThat(questionnaires.weekly().builtIn()).as("the built-in check-in is not replaced").isTrue();
        assertThat(questionnaires.warnings()).containsExactly(
                "b-broken.yaml line 23: item 'hope' has no Spanish text (file skipped)",
                "b-broken.yaml line 29: scoring of subscale 'ease' must be sum or mean, not 'median' (file skipped)",
                "c-weekly.yaml line 2: the id 'kintsugi-weekly' is already used by a built-in questionnaire; choose another id (file skipped)",
                "d-again.YAML line 2: the id 'couple-sample' is already used by a-couple.yml; choose another id (file skipped)");
        assertThat(logged.list).filteredOn(e -> e.getLevel() == Level.WARN).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactlyElementsOf(questionnaires.warnings().stream().map(w -> "Questionnaires: " + w).toList())
                .noneMatch(m -> m.contains("I had hope") || m.contains("Sentí"));
        assertThat(logged.list).filteredOn(e -> e.getLevel() == Level.INFO).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Added questionnaire 'couple-sample' version 1 from a-couple.yml");
    }

    @Test
    void aDirectoryThatIsNotThereIsAWarningNotAFailedStart() {
        Questionnaires questionnaires = new Questionnaires(dir.resolve("missing").toString());
        assertThat(questionnaires.all()).extracting(Questionnaire::id).containsExactly(BUILT_IN);
        assertThat(questionnaires.warnings()).singleElement().asString()
                .startsWith("kintsugi.questionnaires.dir ").endsWith("missing is not a directory; no questionnaires were added from it");
    }

    @Test
    void anAddedFileThatIsNotUtf8IsSkipped() throws IOException {
        Files.write(dir.resolve("latin1.yaml"), new byte[] {'i', 'd', ':', ' ', (byte) 0xE9});
        Questionnaires questionnaires = new Questionnaires(Questionnaires.BUILT_IN, dir);
        assertThat(questionnaires.warnings()).containsExactly("latin1.yaml: skipped, it is not UTF-8 text");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
