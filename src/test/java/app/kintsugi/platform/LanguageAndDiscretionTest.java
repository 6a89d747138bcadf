package app.kintsugi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import app.kintsugi.HttpAgent;
import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts;

class LanguageAndDiscretionTest extends IntegrationTest {

    @Autowired
    MessageSource messages;

    @ParameterizedTest
    @ValueSource(strings = {"messages", "program/reflection", "program/safety", "program/decision", "program/movingon"})
    void everyBundleHasTheSameKeysInEveryLanguage(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties es = load(bundle + "_es.properties");
        assertThat(es.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(es.getProperty(key)).as(key).isNotBlank();
            assertThat(placeholders(es.getProperty(key))).as("placeholders of " + key).isEqualTo(placeholders(en.getProperty(key)));
            // MessageFormat would swallow a plain apostrophe in messages with arguments.
            if (!key.startsWith("format.")) {
                assertThat(en.getProperty(key) + es.getProperty(key)).as(key).doesNotContain("'").doesNotContain("!");
            }
        }
    }

    /** Every message is an ICU message format that parses in its own language, plural forms included. */
    @ParameterizedTest
    @ValueSource(strings = {"messages", "program/reflection", "program/safety", "program/decision", "program/movingon"})
    void everyMessageIsAValidIcuPatternInEveryLanguage(String bundle) throws IOException {
        for (String language : new String[] {"en", "es"}) {
            Properties p = load(bundle + ("en".equals(language) ? "" : "_" + language) + ".properties");
            Locale locale = Locale.forLanguageTag(language);
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("format.")) {
                    continue;
                }
                String pattern = p.getProperty(key);
                assertThatCode(() -> new com.ibm.icu.text.MessageFormat(pattern, locale))
                        .as(language + ": " + key).doesNotThrowAnyException();
            }
        }
    }

    /** Wherever a message names the application, discreet mode has a neutral variant of it. */
    @Test
    void everyMessageThatNamesTheAppHasANeutralVariant() throws IOException {
        for (String language : new String[] {"", "_es"}) {
            Properties p = load("messages" + language + ".properties");
            for (String key : p.stringPropertyNames()) {
                if (p.getProperty(key).toLowerCase(Locale.ROOT).contains("kintsugi") && !key.endsWith(".discreet")) {
                    String neutral = p.getProperty(key + ".discreet");
                    assertThat(neutral).as("neutral variant of " + key + language).isNotBlank();
                    assertThat(neutral.toLowerCase(Locale.ROOT)).as(key + ".discreet" + language).doesNotContain("kintsugi");
                }
            }
        }
    }

    @Test
    void countsReadNaturallyInBothLanguages() {
        Locale en = Locale.ENGLISH;
        Locale es = Locale.forLanguageTag("es");
        assertThat(messages.getMessage("record.trend.heading", new Object[] {1}, en)).isEqualTo("Week by week, last 1 week");
        assertThat(messages.getMessage("record.trend.heading", new Object[] {2}, en)).isEqualTo("Week by week, last 2 weeks");
        assertThat(messages.getMessage("record.trend.heading", new Object[] {1}, es)).isEqualTo("Semana a semana, última semana");
        assertThat(messages.getMessage("record.trend.heading", new Object[] {8}, es)).isEqualTo("Semana a semana, últimas 8 semanas");
        assertThat(messages.getMessage("dashboard.step.done", new Object[] {0, 1}, es)).isEqualTo("0 de 1 hecho");
        assertThat(messages.getMessage("dashboard.step.done", new Object[] {1, 3}, es)).isEqualTo("1 de 3 hechos");
        assertThat(messages.getMessage("record.trend.summary", new Object[] {1}, es)).contains("en la única semana con registros");
        assertThat(messages.getMessage("record.trend.summary", new Object[] {3}, es)).contains("en las 3 semanas con registros");
        assertThat(messages.getMessage("question.age", new Object[] {1}, en)).isEqualTo("Asked yesterday");
        assertThat(messages.getMessage("question.age", new Object[] {5}, es)).isEqualTo("Preguntada hace 5 días");
        assertThat(messages.getMessage("ratio.thisWeek", new Object[] {1, 0}, es)).isEqualTo("Esta semana, por ahora: 1 positivo, 0 negativos.");
        assertThat(messages.getMessage("space.partner.role", new Object[] {"Maria",
                messages.getMessage("role.HURT_PARTNER.short", null, en)}, en))
                .isEqualTo("In this program, Maria is the partner who was hurt by what happened.");
        assertThat(messages.getMessage("commitment.theirDay.text", new Object[] {"Daniel", "Europe/Madrid"}, en))
                .isEqualTo("Days are counted in Daniel’s time zone (Europe/Madrid).");
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() throws IOException {
        Properties all = new Properties();
        for (String bundle : new String[] {"messages", "program/reflection", "program/safety", "program/decision", "program/movingon"}) {
            all.putAll(load(bundle + ".properties"));
        }
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(file));
                while (m.find()) {
                    if (!all.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void pagesSpeakSpanishWhenAsked() {
        HttpAgent browser = new HttpAgent(port);
        var page = browser.get("/sign-in?lang=es");
        assertThat(page.body()).contains("lang=\"es\"").contains("Salir rápido");
        // The choice is remembered by this browser.
        assertThat(browser.get("/register").body()).contains("lang=\"es\"");
        assertThat(browser.get("/register?lang=en").body()).contains("lang=\"en\"").contains("Leave quickly");
        assertThat(browser.get("/register?lang=xx").body()).contains("lang=\"en\"");
    }

    @Test
    void discreetModeShowsANeutralNameAndIconAlsoAfterSigningOut() {
        var person = people.create("Ana");
        HttpAgent browser = new HttpAgent(port);
        browser.signIn(person.email(), TestAccounts.PASSWORD);
        var settings = browser.get("/settings");
        assertThat(settings.body()).contains("<title>Settings · Kintsugi</title>");
        browser.post("/settings", Map.of("displayName", "Ana", "language", "", "theme", "DARK", "discreetMode", "true",
                "timeZone", "Europe/Madrid", "version", "0"));
        var discreet = browser.get("/");
        assertThat(discreet.body()).contains("<title>Notes</title>").contains("/img/notes.svg")
                .doesNotContain("kintsugi.svg").contains("data-theme=\"dark\"");
        browser.get("/");
        browser.post("/sign-out", Map.of());
        var signIn = browser.get("/sign-in");
        assertThat(signIn.body()).contains("<title>Notes</title>").doesNotContain("<title>Sign in · Kintsugi");
    }

    @Test
    void aPersonsSavedLanguageFollowsThemToANewBrowser() {
        var person = people.create("Ana");
        HttpAgent first = new HttpAgent(port);
        first.signIn(person.email(), TestAccounts.PASSWORD);
        first.get("/settings");
        first.post("/settings", Map.of("displayName", "Ana", "language", "es", "theme", "SYSTEM",
                "timeZone", "America/Mexico_City", "version", "0"));
        HttpAgent second = new HttpAgent(port);
        second.signIn(person.email(), TestAccounts.PASSWORD);
        assertThat(second.get("/").body()).contains("lang=\"es\"").contains("Hola, Ana");
    }

    @Test
    void keepAliveAnswersSignedInPagesOnly() {
        var person = people.create("Ana");
        HttpAgent browser = new HttpAgent(port);
        assertThat(browser.get("/keepalive").status()).isEqualTo(302);
        browser.signIn(person.email(), TestAccounts.PASSWORD);
        assertThat(browser.get("/keepalive").status()).isEqualTo(204);
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        // Simple arguments and the arguments of plural, number and select forms alike.
        Matcher m = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]").matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (var in = LanguageAndDiscretionTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
