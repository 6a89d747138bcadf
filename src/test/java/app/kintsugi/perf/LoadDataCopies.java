package app.kintsugi.perf;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL only, for the load test's largest data set (perf/README.md): multiplies the couples the
 * {@link LoadDataGenerator} wrote by {@code 1 + KINTSUGI_PERF_COPIES}, copying their rows under new
 * ids ({@link RowCopies}). Writing 100,000 couples through the facades would take this machine
 * hours; the copies give the tables and indexes the size of 100,000 couples in minutes, while every
 * page the load test opens belongs to a generated couple. Sessions are not copied. Not part of the
 * test suite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.main.banner-mode=off", "logging.level.root=WARN"})
class LoadDataCopies {

    @Value("${kintsugi.perf.copies:0}")
    int copies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void copy() {
        String product = jdbc.sql("SELECT version()").query(String.class).single();
        if (!product.startsWith("PostgreSQL")) {
            throw new IllegalStateException("Copies are made on PostgreSQL only");
        }
        long before = jdbc.sql("SELECT COUNT(*) FROM couple_space").query(Long.class).single();
        long started = System.nanoTime();
        RowCopies.copy(jdbc, copies, Set.of("spring_session", "spring_session_attributes"));
        long after = jdbc.sql("SELECT COUNT(*) FROM couple_space").query(Long.class).single();
        System.out.printf("COPIES %d couples became %d in %.0f s%n", before, after, (System.nanoTime() - started) / 1e9);
    }
}
