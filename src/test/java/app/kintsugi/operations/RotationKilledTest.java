package app.kintsugi.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.kintsugi.TestDatabase;
import app.kintsugi.privacy.KeyMaintenance;
import app.kintsugi.privacy.TestSealing;

/**
 * {@code rotate-master-key} in a process of its own, killed with SIGKILL (kill -9) midway, then run
 * again: it finishes and {@code verify} passes. SQLite only: the command runs in a separate JVM on
 * the test's classpath, and SIGKILL leaves the database as a power cut would.
 */
class RotationKilledTest {

    @TempDir
    Path temp;

    @Test
    void killedMidwayAndRunAgainItFinishesAndVerifyPasses() throws Exception {
        assumeTrue(!TestDatabase.postgres(), "the kill -9 drill runs on the embedded database");
        try (FreshDatabase db = new FreshDatabase(temp.resolve("data"))) {
            assertThat(db.run("migrate").code()).isZero();
            var ds = db.dataSource();
            try {
                TestSealing sealing = new TestSealing(ds, db.keys());
                List<UUID> written = new ArrayList<>();
                new TransactionTemplate(new DataSourceTransactionManager(ds)).executeWithoutResult(s -> {
                    for (int i = 0; i < 4000; i++) {
                        written.add(sealing.reflection("entry " + i));
                    }
                });

                List<String> command = new ArrayList<>(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path")));
                for (Map.Entry<String, Object> setting : db.settings.entrySet()) {
                    command.add("-D" + setting.getKey() + "=" + setting.getValue());
                }
                command.addAll(List.of("app.kintsugi.KintsugiApplication", "rotate-master-key", "--batch-size", "1"));
                Process rotation = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(temp.resolve("rotation.log").toFile()).start();
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (KeyMaintenance.dataKeysByMasterKey(ds).size() < 2 && rotation.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                Thread.sleep(100);
                rotation.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally
                int exit = rotation.waitFor();
                assertThat(exit).as("killed, not finished: " + java.nio.file.Files.readString(temp.resolve("rotation.log")))
                        .isEqualTo(137);
                var midway = KeyMaintenance.dataKeysByMasterKey(ds);
                assertThat(midway).as("some data keys re-wrapped, some not").hasSize(2);

                var again = db.run("rotate-master-key");
                assertThat(again.code()).as(again.err()).isZero();
                assertThat(again.out()).contains("Resuming an unfinished rotation", "Rotation finished");
                var verify = db.run("verify", "--all");
                assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
                assertThat(verify.out()).contains("Data keys: 4000, unwrapped 4000, failed 0", "4000 opened");
                assertThat(new TestSealing(ds, db.keys()).open(written.get(3999))).isEqualTo("entry 3999");
            } finally {
                ds.destroy();
            }
        }
    }
}
