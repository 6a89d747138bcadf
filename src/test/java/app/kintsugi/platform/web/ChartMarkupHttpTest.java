package app.kintsugi.platform.web;

import static app.kintsugi.Questionnaire.phq9;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.AccountRole;
import app.kintsugi.account.Accounts;
import app.kintsugi.account.NewAccount;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.boundaries.Boundaries;
import app.kintsugi.boundaries.BoundaryDraft;
import app.kintsugi.checkin.CheckIns;
import app.kintsugi.checkin.Item;
import app.kintsugi.checkin.Questionnaires;
import app.kintsugi.couple.Role;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.counselor.Counselors;
import app.kintsugi.moments.HardMoments;
import app.kintsugi.moments.MomentDraft;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Timeline;
import app.kintsugi.program.TimelineDraft;
import app.kintsugi.program.TimelineKind;
import app.kintsugi.respect.Appreciations;
import app.kintsugi.respect.KindActs;
import app.kintsugi.respect.RespectRatio;
import app.kintsugi.trust.CommitmentDraft;
import app.kintsugi.trust.Commitments;
import app.kintsugi.trust.Confirmation;
import app.kintsugi.trust.Outcome;

/**
 * The charts the pages draw, for fixed histories on a fixed day, compared element by element and
 * attribute by attribute with the markup saved in {@code src/test/resources/charts/} (white space
 * and how a number is written, {@code 38} or {@code 38.0}, aside). The saved markup is what the
 * pages drew when every chart was still a template; run with {@code -Dkintsugi.charts.write=true}
 * to save it again after a change meant to alter a chart.
 */
class ChartMarkupHttpTest extends IntegrationTest {

    /** A Wednesday noon in Madrid: every date on the charts follows from it. */
    private static final Instant TODAY = Instant.parse("2026-03-11T11:00:00Z");
    private static final Path SAVED = Path.of("src/test/resources/charts");
    /** What people wrote can hold markup; the charts must show it as text. */
    private static final String MARKUP = "Our \"first\" <b>calm</b> talk & a walk";

    @Autowired
    CheckIns checkIns;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    Timeline timeline;
    @Autowired
    Appreciations appreciations;
    @Autowired
    KindActs kindActs;
    @Autowired
    RespectRatio ratio;
    @Autowired
    Boundaries boundaries;
    @Autowired
    HardMoments moments;
    @Autowired
    Commitments commitments;
    @Autowired
    Accounts accounts;
    @Autowired
    Counselors counselors;

    @BeforeEach
    void onAFixedDay() {
        clock.advance(Duration.between(clock.instant(), TODAY));
    }

    @Test
    void theTrajectoryWithBothLinesAMilestoneAndASetback() throws Exception {
        clock.advance(Duration.ofDays(-7L * 10));
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        for (int w = 0; w < 10; w++) {
            checkIn(ana, w, 3);
            if (w % 3 != 1) {
                checkIn(ben, w, 5);
            }
            if (w == 3) {
                timeline.add(ana.id(), new TimelineDraft(TimelineKind.SETBACK, today(), MARKUP, "", Visibility.PARTNER));
            }
            if (w == 7) {
                timeline.add(ben.id(), new TimelineDraft(TimelineKind.MILESTONE, today().minusDays(2), "A calm Sunday", "", Visibility.PARTNER));
            }
            clock.advance(Duration.ofDays(7));
        }
        checkIns.setSharing(ben.id(), true);

        String english = body(ana, "/check-in/trajectory", "en");
        assertThat(english).contains("&lt;b&gt;calm&lt;/b&gt;").doesNotContain("<b>calm</b>");
        matchesSaved("trajectory", charts(english));
        matchesSaved("trajectory-es", charts(body(ana, "/check-in/trajectory", "es")));
    }

    @Test
    void aMeasureShownToACounselorWithItsCutOffs() throws Exception {
        TestCouple couple = testCouples.of("Ana", Role.BROKE_TRUST, "Ben", Role.HURT_PARTNER);
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        var operator = accounts.register(new NewAccount(TestAccounts.uniqueEmail(), "Olga", TestAccounts.PASSWORD, "en", "Europe/Madrid"),
                AccountRole.OPERATOR);
        var created = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "Dr Rivera", "Practice", "en");
        TestPerson counselor = new TestPerson(created.counselor().id(), created.counselor().email(), "Dr Rivera",
                TestAccounts.principal(created.counselor().id(), AccountRole.COUNSELOR));
        postAs(ana, "/help/counselor/invite", Map.of("counselor", created.counselor().code(), "consent", "true"));
        UUID link = UUID.fromString(jdbc.sql("SELECT id FROM counselor_link WHERE invited_by = ? AND ended_at IS NULL")
                .param(ana.id().value().toString()).query(String.class).single());
        postAs(ben, "/help/counselor/" + link + "/consent", Map.of("agree", "true"));
        int[][] answers = {{1, 1, 1, 1, 0, 0, 0, 0, 0}, {2, 2, 2, 2, 1, 1, 0, 1, 0}, {3, 2, 3, 2, 2, 1, 1, 1, 0}};
        clock.advance(Duration.ofDays(-7L * answers.length));
        for (int[] a : answers) {
            clock.advance(Duration.ofDays(7));
            assertThat(postAs(ana, "/measures/phq-9", phq9(a)).getStatus()).isEqualTo(302);
        }
        assertThat(postAs(ana, "/help/counselor/show-measure", Map.of("questionnaire", "phq-9", "show", "true")).getRedirectedUrl())
                .contains("measureShown");

        String page = body(counselor, "/counselor/couples/" + link, "en");
        assertThat(page).contains("cutoff-line");
        matchesSaved("counselor-measure", charts(page));
    }

    @Test
    void theRatioMineAndTogetherWithANegativeWeek() throws Exception {
        clock.advance(Duration.ofDays(-7L * 6));
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        UUID boundary = boundaries.propose(ana.id(), new BoundaryDraft("We tell each other when we are in touch with an ex.",
                "I need to stop guessing.", "CONTACT", today().plusDays(91).toString()));
        boundaries.agree(ben.id(), boundary, boundaries.read(ben.id(), boundary).version(), 1);
        appreciations.send(ben.id(), "Thank you for staying at the table.");
        clock.advance(Duration.ofDays(7));
        appreciations.send(ana.id(), "Thank you for answering my question.");
        boundaries.crossed(ana.id(), boundary, "PARTNER", null);
        clock.advance(Duration.ofDays(14));
        for (int i = 0; i < 3; i++) {
            appreciations.send(ben.id(), "Thank you, " + i + ".");
            kindActs.setShared(ana.id(), kindActs.log(ana.id(), "Made tea, " + i, ""), true);
        }
        kindActs.log(ana.id(), "A private kind act", "");
        clock.advance(Duration.ofDays(7));
        appreciations.send(ana.id(), "Thank you for the walk.");
        clock.advance(Duration.between(clock.instant(), TODAY));
        ratio.setSharing(ana.id(), true);
        ratio.setSharing(ben.id(), true);

        matchesSaved("ratio", charts(body(ana, "/respect/ratio", "en")));
    }

    @Test
    void theLogOfHardMomentsOverEightWeeks() throws Exception {
        clock.advance(Duration.ofDays(-7L * 8));
        TestPerson ana = testCouples.of("Ana", "Ben").first();
        clock.advance(Duration.between(clock.instant(), TODAY));
        int[] perWeek = {1, 0, 3, 2, 0, 5, 1, 2};
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        LocalDateTime now = LocalDateTime.now(clock.withZone(MADRID)).withSecond(0).withNano(0);
        for (int w = 0; w < perWeek.length; w++) {
            for (int i = 0; i < perWeek[w]; i++) {
                LocalDateTime at = now.minusWeeks(perWeek.length - 1L - w).minusHours(i + 1L);
                moments.log(ana.id(), new MomentDraft(at.format(local), String.valueOf(3 + i), "A song in the shop", "", List.of(),
                        "", ""));
            }
        }
        matchesSaved("moments", charts(body(ana, "/moments", "en")));
    }

    @Test
    void theRecordOfACommitmentKeptMostDays() throws Exception {
        clock.advance(Duration.ofDays(-40));
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        UUID id = commitments.create(ben.id(), new CommitmentDraft("Tell you where I am", "DAILY", List.of(), "", "", "PARTNER"));
        Outcome[] pattern = {Outcome.KEPT, Outcome.KEPT, Outcome.PARTLY, Outcome.KEPT, Outcome.NOT_KEPT, Outcome.KEPT, Outcome.KEPT};
        for (int d = 0; d < 40; d++) {
            if (d % 9 != 8) {
                commitments.report(ben.id(), id, today().toString(), pattern[d % pattern.length], null);
                if (d % 3 == 0) {
                    commitments.confirm(ana.id(), id, today().toString(), 0, d % 12 == 0 ? Confirmation.DISPUTED : Confirmation.CONFIRMED,
                            null);
                }
            }
            clock.advance(Duration.ofDays(1));
        }
        matchesSaved("record", charts(body(ana, "/commitments/" + id, "en")));
    }

    private void checkIn(TestPerson who, int week, int shift) {
        Map<String, String> answers = new HashMap<>();
        for (Item item : questionnaires.weekly().items()) {
            int span = item.scale().max() - item.scale().min();
            answers.put(item.id(), String.valueOf(item.scale().min() + (week * shift + item.id().length()) % (span + 1)));
        }
        checkIns.save(who.id(), answers, false);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MADRID));
    }

    private String body(TestPerson viewer, String path, String lang) throws Exception {
        var response = mvc.perform(get(path).param("lang", lang).with(user(viewer.principal()))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** Every SVG on the page, in a form that keeps elements, attributes and texts and drops white space. */
    static String charts(String page) throws Exception {
        Matcher m = Pattern.compile("<svg[\\s>][\\s\\S]*?</svg>").matcher(page);
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (m.find()) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            Element svg = factory.newDocumentBuilder().parse(new InputSource(new StringReader(m.group()))).getDocumentElement();
            out.append("# chart ").append(++n).append('\n');
            write(svg, "", out);
        }
        assertThat(n).as("charts on the page").isPositive();
        return out.toString();
    }

    private static void write(Element e, String indent, StringBuilder out) {
        Map<String, String> attributes = new TreeMap<>();
        NamedNodeMap map = e.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            attributes.put(map.item(i).getNodeName(), numbers(map.item(i).getNodeValue()));
        }
        out.append(indent).append('<').append(e.getTagName());
        attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
        out.append(">\n");
        for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element c) {
                write(c, indent + "  ", out);
            } else if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()) {
                out.append(indent).append("  text: ").append(child.getNodeValue().strip()).append('\n');
            }
        }
    }

    /** A value made of numbers alone, each written the shortest way: {@code 38.0} and {@code 38} are one coordinate. */
    private static String numbers(String value) {
        if (!value.matches("[-0-9., ]+") || !value.matches(".*[0-9].*")) {
            return value;
        }
        Matcher m = Pattern.compile("-?[0-9]+(\\.[0-9]+)?").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, new BigDecimal(m.group()).stripTrailingZeros().toPlainString());
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void matchesSaved(String name, String charts) throws Exception {
        Path file = SAVED.resolve(name + ".txt");
        if (Boolean.getBoolean("kintsugi.charts.write")) {
            Files.createDirectories(SAVED);
            Files.writeString(file, charts);
            return;
        }
        assertThat(file).as("saved charts " + name).exists();
        assertThat(charts).as(name).isEqualTo(Files.readString(file));
    }
}
