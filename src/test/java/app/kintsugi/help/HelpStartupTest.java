package app.kintsugi.help;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import app.kintsugi.KintsugiApplication;
import app.kintsugi.TestDatabase;

/** A resources file that cannot be used stops Kintsugi from starting, and says which file and why. */
class HelpStartupTest {

    @Test
    void aBrokenResourcesFileRefusesTheStartNamingTheFileAndTheProblem() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "help-start-");
        Path file = dir.resolve("help-resources.yaml");
        Files.writeString(file, """
                regions:
                  - code: ES
                    name: {en: Spain, es: España}
                    resources:
                      - kind: hotline
                        name: "112"
                        description: {en: Emergencies., es: Emergencias.}
                """, StandardCharsets.UTF_8);
        // The test database and its key as they are: only the resources file is wrong.
        Map<String, Object> props = new HashMap<>(TestDatabase.properties());
        props.put("server.port", "0");
        props.put("kintsugi.help.resources-file", file.toAbsolutePath().toString());
        assertThatThrownBy(() -> start(props).close())
                .hasStackTraceContaining("The help resources file " + file.toAbsolutePath() + " (kintsugi.help.resources-file) is not valid")
                .hasStackTraceContaining(file.toAbsolutePath() + " line 1: no region has the code INTL")
                .hasStackTraceContaining(file.toAbsolutePath() + " line 5: region 'ES', resource 1: unknown kind 'hotline'");

        props.put("kintsugi.help.resources-file", " ");
        assertThatThrownBy(() -> start(props).close()).hasStackTraceContaining("kintsugi.help.resources-file");
    }

    private static org.springframework.context.ConfigurableApplicationContext start(Map<String, Object> props) {
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(KintsugiApplication.class).run(args);
    }
}
