package app.kintsugi.perf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.kintsugi.MutableClock;
import app.kintsugi.account.OneHashPasswordEncoder;

/**
 * Generates data for the load test (perf/README.md): N couples, each with M weeks of activity written
 * through the application's own facades, on whatever database the environment names (SQLite in
 * {@code KINTSUGI_DATA_DIR}, or PostgreSQL through {@code SPRING_DATASOURCE_URL}). Not part of the
 * test suite. What one couple does is {@link CoupleStory}.
 *
 * <p>Each couple is written by one worker thread whose clock (only that thread's) walks from M weeks
 * ago to today, so every entry carries the time it would have had. A second run adds couples after
 * the last one written. The one deviation from the application's own paths: the shared password is
 * hashed once and that Argon2id hash reused (see {@link OneHashPasswordEncoder}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.main.banner-mode=off", "logging.level.root=WARN", "logging.level.app.kintsugi.perf=INFO"})
class LoadDataGenerator {

    static final String PASSWORD = CoupleStory.PASSWORD;

    /** How many couples the database should hold in the end; a second run adds the missing ones. */
    @Value("${kintsugi.perf.couples:20}")
    int couples;

    @Value("${kintsugi.perf.weeks:12}")
    int weeks;

    @Value("${kintsugi.perf.threads:4}")
    int threads;

    @Autowired
    ThreadClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StoryFacades facades;

    @Test
    void generate() throws Exception {
        refuseAnInstanceWithRealPeople();
        int first = nextCoupleNumber();
        int toWrite = Math.max(0, couples - (first - 1));
        System.out.printf("GEN %d couples wanted, %d there: writing couples %d..%d, %d weeks each, %d threads%n", couples,
                first - 1, first, first + toWrite - 1, weeks, threads);
        long started = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < toWrite; i++) {
                int n = first + i;
                futures.add(pool.submit(() -> {
                    try {
                        new CoupleStory(facades, clock, clock::set, n, weeks).write();
                    } finally {
                        clock.release();
                    }
                    int d = done.incrementAndGet();
                    if (d % Math.max(1, Math.min(1000, toWrite / 10)) == 0) {
                        double s = (System.nanoTime() - started) / 1e9;
                        System.out.printf("GEN %d couples in %.0f s (%.2f s per 100 couples)%n", d, s, s * 100 / d);
                        freshStatistics();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        freshStatistics();
        double seconds = (System.nanoTime() - started) / 1e9;
        long people = jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
        System.out.printf("GEN done: %d couples of %d weeks in %.1f s (%.2f s per 100 couples); %d people in the database%n",
                toWrite, weeks, seconds, seconds * 100 / Math.max(1, toWrite), people);
    }

    /**
     * On PostgreSQL, the planner's statistics brought up to date. A server without autovacuum (a test
     * server, for one) otherwise plans every statement for the empty tables it started with, and the
     * generation slows down as the tables grow: 25 s per 100 couples after the first thousand, 42 s
     * after three thousand, here.
     */
    private void freshStatistics() {
        if (isPostgres()) {
            jdbc.sql("ANALYZE").update();
        }
    }

    private boolean isPostgres() {
        return String.valueOf(System.getenv("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql:");
    }

    /** The generator writes only into a database of generated people (or an empty one), never beside real ones. */
    private void refuseAnInstanceWithRealPeople() {
        if (System.getenv("KINTSUGI_DATA_DIR") == null && System.getProperty("kintsugi.data-dir") == null) {
            throw new IllegalStateException("Set KINTSUGI_DATA_DIR to the load test's data directory (see perf/README.md)");
        }
        long others = jdbc.sql("SELECT COUNT(*) FROM person WHERE email NOT LIKE 'perf-%@example.org' "
                + "AND email NOT LIKE 'copy%.perf-%@example.org'").query(Long.class).single();
        if (others > 0) {
            throw new IllegalStateException("This database holds " + others + " accounts not made by the generator; refusing to add to it");
        }
    }

    private int nextCoupleNumber() {
        return jdbc.sql("SELECT email FROM person WHERE email LIKE 'perf-%'").query(String.class).stream()
                .map(e -> e.substring("perf-".length(), e.indexOf('-', "perf-".length())))
                .mapToInt(Integer::parseInt).max().orElse(0) + 1;
    }

    /** A clock each generator thread sets on its own; other threads (and the scheduler) see real time. */
    static final class ThreadClock extends Clock {

        private final ThreadLocal<Duration> offset = ThreadLocal.withInitial(() -> Duration.ZERO);

        void set(Instant now) {
            offset.set(Duration.between(Instant.now(), now));
        }

        void release() {
            offset.remove();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return MutableClock.readIn(this, zone);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get()).truncatedTo(ChronoUnit.MILLIS);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class GeneratorConfiguration {

        @Bean
        @Primary
        ThreadClock generatorClock() {
            return new ThreadClock();
        }

        @Bean
        @Primary
        PasswordEncoder oneHashForTheLoadTestPassword() {
            return new OneHashPasswordEncoder(PASSWORD);
        }
    }
}
