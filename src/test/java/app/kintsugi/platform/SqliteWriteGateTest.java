package app.kintsugi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;

class SqliteWriteGateTest {

    @Test
    void writesAreToldApartFromReads() {
        assertThat(SqliteWriteGate.isWrite("  INSERT INTO x VALUES (1)")).isTrue();
        assertThat(SqliteWriteGate.isWrite("update x set a = 1")).isTrue();
        assertThat(SqliteWriteGate.isWrite("DELETE FROM x")).isTrue();
        assertThat(SqliteWriteGate.isWrite("SELECT * FROM x")).isFalse();
        assertThat(SqliteWriteGate.isWrite("WITH a AS (SELECT 1) SELECT * FROM a")).isFalse();
        assertThat(SqliteWriteGate.isWrite(null)).isFalse();
    }

    /**
     * Many virtual threads each hold a write transaction for a while, with a busy timeout far
     * shorter than the queue: without the gate most of them fail with SQLITE_BUSY (or, on few
     * carriers, stall); with it they take turns and all succeed.
     */
    @Test
    void concurrentWriteTransactionsTakeTurnsInsteadOfFailing() throws Exception {
        Path dir = Files.createTempDirectory("gate");
        HikariDataSource hikari = new HikariDataSource();
        hikari.setJdbcUrl("jdbc:sqlite:" + dir.resolve("gate.db")
                + "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=20&transaction_mode=IMMEDIATE");
        hikari.setMaximumPoolSize(10);
        try (hikari) {
            DataSource gated = (DataSource) new SqliteWriteGate().postProcessAfterInitialization(hikari, "dataSource");
            assertThat(gated).isNotSameAs(hikari);
            try (Connection c = gated.getConnection(); var s = c.createStatement()) {
                s.execute("CREATE TABLE t (n INTEGER)");
            }
            List<Future<?>> writers = new ArrayList<>();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 30; i++) {
                    int n = i;
                    writers.add(threads.submit(() -> {
                        try (Connection c = gated.getConnection()) {
                            c.setAutoCommit(false);
                            try (var insert = c.prepareStatement("INSERT INTO t (n) VALUES (?)")) {
                                insert.setInt(1, n);
                                insert.executeUpdate();
                            }
                            Thread.sleep(10);
                            c.commit();
                            c.setAutoCommit(true);
                        }
                        return null;
                    }));
                }
                for (Future<?> w : writers) {
                    w.get();
                }
            }
            try (Connection c = gated.getConnection(); var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(30);
            }
        }
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        HikariDataSource hikari = new HikariDataSource();
        hikari.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/none");
        assertThat(new SqliteWriteGate().postProcessAfterInitialization(hikari, "dataSource")).isSameAs(hikari);
    }
}
