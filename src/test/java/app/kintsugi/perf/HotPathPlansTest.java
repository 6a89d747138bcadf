package app.kintsugi.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.kintsugi.HttpAgent;
import app.kintsugi.MutableClock;
import app.kintsugi.TestClockConfiguration;
import app.kintsugi.TestDatabase;

/**
 * On PostgreSQL: no query on a hot path reads a large table from end to end. Three couples write
 * three weeks each through the facades; their rows are then copied 600 times under fresh ids (the
 * same id maps to the same copy in every table, so the copies hang together), the tables are
 * ANALYZEd, and two partners sign in through the real form and open the main pages. Every statement
 * the application ran for those pages, the session lookups included, is EXPLAINed with the values
 * it was run with; a sequential scan of a table of more than a thousand rows fails the test.
 *
 * <p>Runs in a schema of its own, so the copies never meet the other tests' data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kintsugi.registration.burst=10000", "kintsugi.quick-exit-url=/test-neutral"})
@Import({TestClockConfiguration.class, HotPathPlansTest.Recording.class})
@EnabledIf("app.kintsugi.TestDatabase#postgres")
@DirtiesContext
class HotPathPlansTest {

    private static final int SEEDED_COUPLES = 3;
    private static final int WEEKS = 3;
    private static final int COPIES = 600;
    private static final long LARGE = 1_000;
    private static final String SCHEMA = "kintsugi_plans_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on (\\w+)");

    /** Pages a partner opens most; {@code {commitment}} is the couple's daily commitment. */
    private static final List<String> PAGES = List.of("/", "/reflections", "/own-role", "/apologies", "/check-in",
            "/check-in/trajectory", "/commitments", "/commitments/{commitment}", "/questions", "/conversations", "/dialogue",
            "/appreciations", "/kind-acts", "/respect/ratio", "/accountability", "/amends", "/sharing", "/boundaries",
            "/expectations", "/space", "/settings", "/inbox", "/together", "/exercises/understanding.basics", "/meeting",
            "/meeting/history");

    /**
     * Statements a page may run (reads and writes, not inserts), with a couple three weeks in: an N+1
     * on a hot page fails the build. Today gathers every feature's news, so it has a budget of its own:
     * a feature adds a fixed number of statements there, never one per entry (hard moments: four, its
     * dates, requests, lines and repairs, read once per request; questionnaires a person chose: one, their
     * schedules, and their answers only when one is scheduled); 51 for an average couple, 53 with a long
     * history, where two more kinds of news exist. The weekly meeting's page reads six
     * practices, one facade call each, so it has one too.
     */
    private static final Map<String, Integer> BUDGETS = Map.of("/", 53, "/check-in/trajectory", 22, "/meeting", 30);
    private static final int DEFAULT_BUDGET = 18;

    /**
     * How many more statements a page may run for a couple with a long history than for an average one
     * (a few weeks more of everything): a page may look at one more kind of thing that exists, never
     * read one row per item.
     */
    private static final int GROWTH = 2;

    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {

        @Bean
        static StatementRecorder statementRecorder() {
            return new StatementRecorder();
        }
    }

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        String url = System.getenv().getOrDefault("KINTSUGI_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("KINTSUGI_TEST_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("KINTSUGI_TEST_DB_PASSWORD", "");
        registry.add("kintsugi.data-dir", () -> Path.of(TestDatabase.properties().get("kintsugi.data-dir"), "plans").toString());
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.create-schemas", () -> "true");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            } catch (SQLException ignored) {
                // Best effort, as for the suite's own schema.
            }
        }));
    }

    @Autowired
    StoryFacades facades;

    @Autowired
    MutableClock clock;

    @Autowired
    StatementRecorder recorder;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void theMainPagesReadNoLargeTableFromEndToEnd() throws Exception {
        CoupleStory first = null;
        for (int n = 1; n <= SEEDED_COUPLES; n++) {
            CoupleStory story = new CoupleStory(facades, clock, this::setClock, n, WEEKS);
            story.write();
            first = first == null ? story : first;
        }
        clock.reset();
        // Couple 1 has a long history (CoupleStory.longHistory), couple 2 an average one: a page that
        // reads one row per item of history runs more statements for the first.
        assertThat(CoupleStory.longHistory(1)).isTrue();
        assertThat(CoupleStory.longHistory(2)).isFalse();
        List<HttpAgent> partners = List.of(signIn(CoupleStory.email(1, 'a')), signIn(CoupleStory.email(1, 'b')));
        List<HttpAgent> average = List.of(signIn(CoupleStory.email(2, 'a')), signIn(CoupleStory.email(2, 'b')));
        RowCopies.copy(jdbc, COPIES, Set.of());
        Map<String, Long> large = largeTables();
        assertThat(large).as("tables large enough to matter").containsKeys("person", "couple_member", "reflection", "check_in",
                "question", "questionnaire_response", "spring_session", "appreciation");

        List<StatementRecorder.Executed> executed = new ArrayList<>();
        StringBuilder counts = new StringBuilder();
        StringBuilder histogram = new StringBuilder();
        List<String> overBudget = new ArrayList<>();
        Map<String, Long> averageReads = new LinkedHashMap<>();
        for (int who = 0; who < average.size(); who++) {
            for (String page : PAGES) {
                if (page.contains("{commitment}")) {
                    continue;
                }
                recorder.start();
                assertThat(average.get(who).get(page).status()).as(page).isEqualTo(200);
                averageReads.put(who + page, reads(recorder.stop()));
            }
        }
        List<String> growing = new ArrayList<>();
        for (HttpAgent partner : partners) {
            for (String page : PAGES) {
                String path = page.replace("{commitment}", first.dailyCommitment().toString());
                recorder.start();
                assertThat(partner.get(path).status()).as(path).isEqualTo(200);
                List<StatementRecorder.Executed> forPage = recorder.stop();
                counts.append(' ').append(page).append('=').append(forPage.size());
                long reads = reads(forPage);
                Long averageCount = averageReads.get(partners.indexOf(partner) + page);
                if (averageCount != null && reads > averageCount + GROWTH) {
                    growing.add(page + " (" + (partners.indexOf(partner) == 0 ? "hurt partner" : "partner who broke trust") + "): "
                            + reads + " statements with a long history, " + averageCount + " with an average one");
                }
                int budget = BUDGETS.getOrDefault(page, DEFAULT_BUDGET);
                if (reads > budget) {
                    overBudget.add(page + ": " + reads + " statements, budget " + budget);
                }
                histogram.append("== ").append(page).append(": ").append(forPage.size()).append(" statements\n");
                forPage.stream().collect(java.util.stream.Collectors.groupingBy(e -> e.sql().strip().replaceAll("\\s+", " "),
                        LinkedHashMap::new, java.util.stream.Collectors.counting()))
                        .forEach((sql, times) -> histogram.append(times).append(" x ").append(sql).append('\n'));
                executed.addAll(forPage);
            }
        }
        System.out.println("PLANS statements per page view:" + counts);
        System.out.println("PLANS reads per page view, average couple (0 = hurt partner, 1 = the other): " + averageReads);
        java.nio.file.Files.writeString(Path.of("target", "hot-path-statements.txt"), histogram);
        assertThat(overBudget).as("pages over their statement budget (see target/hot-path-statements.txt)").isEmpty();
        assertThat(growing).as("pages whose statements grow with a couple's history (see target/hot-path-statements.txt)").isEmpty();
        // A signed-in request that shows no page reads its session and nothing more: the layout's lookups
        // (the person, a pending closing, the safety check) are for pages only.
        recorder.start();
        assertThat(partners.get(0).get("/actuator/health").status()).isEqualTo(200);
        List<StatementRecorder.Executed> health = recorder.stop();
        assertThat(reads(health)).as("statements of a signed-in health check: %s", health.stream().map(StatementRecorder.Executed::sql).toList())
                .isLessThanOrEqualTo(1);

        Map<String, StatementRecorder.Executed> distinct = new LinkedHashMap<>();
        executed.stream().filter(e -> !e.sql().strip().toUpperCase(Locale.ROOT).startsWith("INSERT"))
                .forEach(e -> distinct.putIfAbsent(e.sql(), e));
        assertThat(distinct).as("statements recorded").hasSizeGreaterThan(20);
        List<String> scans = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        try (Connection c = dataSource.getConnection()) {
            for (StatementRecorder.Executed e : distinct.values()) {
                String plan = explain(c, e);
                report.append(e.sql().strip()).append('\n').append(plan).append('\n');
                Matcher m = SEQ_SCAN.matcher(plan);
                Set<String> tables = new LinkedHashSet<>();
                while (m.find()) {
                    if (large.containsKey(m.group(1))) {
                        tables.add(m.group(1) + " (" + large.get(m.group(1)) + " rows)");
                    }
                }
                if (!tables.isEmpty()) {
                    scans.add("Seq Scan on " + tables + " for:\n" + e.sql().strip() + "\n" + plan);
                }
            }
        }
        // Every plan, for whoever wants to read them: target/hot-path-plans.txt.
        java.nio.file.Files.writeString(Path.of("target", "hot-path-plans.txt"), report);
        System.out.printf("PLANS %d statements for %d page views explained; large tables: %s%n", distinct.size(),
                PAGES.size() * partners.size(), large);
        assertThat(scans).as("hot-path statements that read a large table from end to end").isEmpty();
    }

    /** Reads and updates: inserts are what is new (the first view of Today records what came in), not the page's cost. */
    private static long reads(List<StatementRecorder.Executed> forPage) {
        return forPage.stream().filter(e -> !e.sql().strip().toUpperCase(Locale.ROOT).startsWith("INSERT")).count();
    }

    private void setClock(Instant at) {
        clock.reset();
        clock.advance(Duration.between(Instant.now(), at));
    }

    private HttpAgent signIn(String email) {
        HttpAgent agent = new HttpAgent(port);
        assertThat(agent.signIn(email, CoupleStory.PASSWORD).status()).isEqualTo(302);
        assertThat(agent.sessionCookie()).isNotNull();
        return agent;
    }

    private Map<String, Long> largeTables() {
        Map<String, Long> large = new TreeMap<>();
        jdbc.sql("SELECT relname, reltuples::bigint FROM pg_class WHERE relnamespace = current_schema()::regnamespace "
                + "AND relkind = 'r'")
                .query((rs, n) -> large.put(rs.getString(1), rs.getLong(2))).list();
        large.values().removeIf(rows -> rows < LARGE);
        return large;
    }

    private static String explain(Connection c, StatementRecorder.Executed e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + e.sql())) {
            for (var p : e.parameters().entrySet()) {
                if (p.getValue() instanceof StatementRecorder.Null n) {
                    ps.setNull(p.getKey(), n.sqlType());
                } else {
                    ps.setObject(p.getKey(), p.getValue());
                }
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
