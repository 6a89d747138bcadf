package app.kintsugi.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.kintsugi.account.PersonId;
import app.kintsugi.export.ExportDocument;
import app.kintsugi.privacy.AuditLog.AuditEvent;
import app.kintsugi.privacy.ExportEntry;
import app.kintsugi.privacy.ExportField;
import app.kintsugi.privacy.Visibility;

/** The rules that put the modules' answers together, without a database. */
class ExportAssemblyTest {

    private final PersonId ana = new PersonId(UUID.randomUUID());
    private final PersonId ben = new PersonId(UUID.randomUUID());
    private final UUID anasEntry = UUID.randomUUID();
    private final UUID anasPart = UUID.randomUUID();
    private final UUID bensEntry = UUID.randomUUID();

    private Map<String, List<ExportEntry>> sections() {
        Map<String, List<ExportEntry>> sections = new LinkedHashMap<>();
        ExportAssembly.put(sections, "trust", List.of(ExportEntry.of("commitment", anasEntry).visibility(Visibility.PRIVATE)
                .created(1_000).written("text", "mine").part(ExportEntry.of("check-in", anasPart).created(2_000).build()).build()));
        ExportAssembly.put(sections, "boundaries", List.of());
        return sections;
    }

    @Test
    void sectionsAreSortedByNameAndANameCannotBeUsedTwice() {
        Map<String, List<ExportEntry>> sections = sections();
        assertThat(ExportAssembly.sections(sections, List.of())).extracting(ExportDocument.Section::name)
                .containsExactly("boundaries", "trust");
        assertThatThrownBy(() -> ExportAssembly.put(sections, "trust", List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyEntryAndPartIsASubjectToLookForInTheAuditLog() {
        assertThat(ExportAssembly.ids(sections())).containsExactlyInAnyOrder(anasEntry, anasPart);
    }

    @Test
    void auditEventsKeepWhatTheyAreAboutButNeverNameAnotherPerson() {
        List<AuditEvent> events = List.of(
                new AuditEvent(3_000, ana.value().toString(), "VISIBILITY_CHANGED", "commitment", anasEntry.toString(), "PRIVATE->PARTNER"),
                new AuditEvent(4_000, ben.value().toString(), "READ_DENIED", "commitment", anasEntry.toString(), null),
                new AuditEvent(5_000, ana.value().toString(), "READ_DENIED", "reflection", bensEntry.toString(), null),
                new AuditEvent(6_000, ben.value().toString(), "VISIBILITY_CHANGED", "reflection", bensEntry.toString(), "PRIVATE->PARTNER"),
                new AuditEvent(2_000, null, "DATA_EXPORTED", "person", ana.value().toString(), "json"));

        List<ExportDocument.AuditLine> audit = ExportAssembly.audit(ana, Set.of(anasEntry, anasPart), events);

        assertThat(audit).extracting(ExportDocument.AuditLine::action)
                .as("oldest first; Ben's own change to his own entry is not about Ana's data")
                .containsExactly("DATA_EXPORTED", "VISIBILITY_CHANGED", "READ_DENIED", "READ_DENIED");
        assertThat(audit).extracting(ExportDocument.AuditLine::actor).containsExactly("system", "self", "other", "self");
        assertThat(audit.toString()).doesNotContain(ben.value().toString());
    }

    @Test
    void anEntryTellsItsOwnStoryFromTheAuditLog() {
        List<ExportDocument.AuditLine> audit = List.of(
                new ExportDocument.AuditLine(Instant.ofEpochMilli(3_000), "VISIBILITY_CHANGED", "commitment", anasEntry, "self",
                        "PRIVATE->PARTNER"),
                new ExportDocument.AuditLine(Instant.ofEpochMilli(4_000), "READ_DENIED", "check-in", anasPart, "other", null));

        ExportEntry entry = ExportAssembly.sections(sections(), audit).get(1).entries().get(0);

        assertThat(entry.history()).extracting(h -> h.event() + " " + h.detail()).containsExactly("VISIBILITY_CHANGED self PRIVATE->PARTNER");
        assertThat(entry.parts().get(0).history()).extracting(h -> h.event() + " " + h.detail()).containsExactly("READ_DENIED other");
        assertThat(entry.fields()).containsExactly(ExportField.written("text", "mine"));
    }

    @Test
    void emptyTextIsLeftOutAndAFieldHoldsOnlyWhatAnExportCanCarry() {
        ExportEntry entry = ExportEntry.of("apology", anasEntry).written("text", null).written("note", "").value("status", null)
                .value("status", "SENT").build();
        assertThat(entry.fields()).containsExactly(ExportField.value("status", "SENT"));
        assertThatThrownBy(() -> ExportField.value("bytes", new byte[1])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExportField("text", true, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
