package app.kintsugi.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.kintsugi.account.PersonId;

/** What a download is called, without a database. */
class DataExportTest {

    private final PersonId ana = new PersonId(UUID.randomUUID());

    @Test
    void theFileNameNamesNothingButTheDay() {
        ExportDocument d = new ExportDocument(1, Instant.parse("2026-03-01T23:30:00Z"), false,
                new ExportDocument.Account(ana.value(), "ana@example.org", "Ana", "en", "Europe/Madrid", "SYSTEM", false, "PERSON",
                        null, null),
                null, List.of(), List.of());
        assertThat(DataExport.fileName(d, "pdf")).isEqualTo("my-data-2026-03-02.pdf");
    }
}
