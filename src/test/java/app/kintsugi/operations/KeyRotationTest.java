package app.kintsugi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.kintsugi.privacy.KeyMaintenance;
import app.kintsugi.privacy.TestSealing;

/**
 * {@code migrate}, {@code rotate-master-key} and {@code verify} run in-process against a database
 * of their own (SQLite, or PostgreSQL with KINTSUGI_TEST_DB=postgres). The crash midway is
 * simulated by stopping after a number of batches; {@link RotationKilledTest} kills a real process.
 */
class KeyRotationTest {

    @TempDir
    Path temp;

    @Test
    void aRotationStoppedMidwayKeepsEverythingReadableAndASecondRunFinishesIt() throws Exception {
        try (FreshDatabase db = new FreshDatabase(temp.resolve("data"))) {
            assertThat(db.run("migrate").code()).isZero();
            var ds = db.dataSource();
            try {
                // The application, running all along, with the key as it was at its start.
                TestSealing running = new TestSealing(ds, db.keys());
                List<UUID> reflections = new ArrayList<>();
                new TransactionTemplate(new DataSourceTransactionManager(ds)).executeWithoutResult(s -> {
                    for (int i = 0; i < 300; i++) {
                        reflections.add(running.reflection("what happened " + i));
                    }
                });
                String oldKey = Files.readString(db.keyFile());
                assertThat(KeyMaintenance.dataKeysByMasterKey(ds)).hasSize(1);

                var stopped = db.run(new OperationsCommand.Hooks(3, Duration.ZERO), "rotate-master-key", "--batch-size", "50");
                assertThat(stopped.code()).as(stopped.err()).isEqualTo(1);
                assertThat(stopped.out()).contains("Stopped midway after re-wrapping 150 data keys");
                assertThat(KeyMaintenance.dataKeysByMasterKey(ds).values()).containsExactlyInAnyOrder(150L, 150L);
                assertThat(db.run("verify").code()).as("both keys in the file: everything still unwraps").isZero();
                // New people meanwhile get a data key wrapped by the new key; old ones still open.
                UUID during = running.reflection("written during the rotation");
                assertThat(running.open(reflections.get(0))).isEqualTo("what happened 0");
                assertThat(new TestSealing(ds, db.keys()).open(reflections.get(299))).isEqualTo("what happened 299");

                var finished = db.run("rotate-master-key", "--batch-size", "50");
                assertThat(finished.code()).as(finished.err()).isZero();
                assertThat(finished.out()).contains("Resuming an unfinished rotation", "Rotation finished: 150 of 301");
                assertThat(KeyMaintenance.dataKeysByMasterKey(ds)).hasSize(1);
                try (var files = Files.list(db.keyFile().getParent())) {
                    assertThat(files.map(p -> p.getFileName().toString()))
                            .anyMatch(n -> n.startsWith("master-key.retired-") && n.endsWith(".json"));
                }
                assertThat(Files.readString(db.keyFile())).isNotEqualTo(oldKey);

                var verify = db.run("verify", "--all");
                assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
                assertThat(verify.out()).contains("Data keys: 301, unwrapped 301, failed 0", "301 opened", "Verify passed.");
                // The running application reads what it wrote before and during, and writes on after the old key left.
                assertThat(running.open(during)).isEqualTo("written during the rotation");
                UUID after = running.reflection("written after the rotation");
                assertThat(new TestSealing(ds, db.keys()).open(after)).isEqualTo("written after the rotation");
                assertThat(KeyMaintenance.dataKeysByMasterKey(ds)).hasSize(1);
            } finally {
                ds.destroy();
            }
        }
    }

    @Test
    void verifyFailsWhenAnEntryDoesNotOpenAndWhenTheKeyIsAnotherOne() throws Exception {
        try (FreshDatabase db = new FreshDatabase(temp.resolve("data"))) {
            assertThat(db.run("migrate").code()).isZero();
            var ds = db.dataSource();
            try {
                TestSealing sealing = new TestSealing(ds, db.keys());
                UUID one = sealing.reflection("one");
                sealing.reflection("two");
                assertThat(db.run("verify", "--all").code()).isZero();
                // A ciphertext moved to another row no longer opens (its record id is bound into it).
                org.springframework.jdbc.core.simple.JdbcClient.create(ds)
                        .sql("UPDATE reflection SET id = ? WHERE id = ?").params(UUID.randomUUID().toString(), one.toString()).update();
                var broken = db.run("verify", "--all");
                assertThat(broken.code()).isEqualTo(1);
                assertThat(broken.out()).contains("1 FAILED");
                // Another master key: no data key unwraps.
                Files.move(db.keyFile(), db.keyFile().resolveSibling("kept.json"));
                TestSealing.newKeyFile(temp.resolve("other").resolve("key.json"));
                db.settings.put("kintsugi.crypto.master-key-file", temp.resolve("other").resolve("key.json").toString());
                var wrongKey = db.run("verify");
                assertThat(wrongKey.code()).isEqualTo(1);
                assertThat(wrongKey.out()).contains("Data keys: 2, unwrapped 0, failed 2");
            } finally {
                ds.destroy();
            }
        }
    }
}
