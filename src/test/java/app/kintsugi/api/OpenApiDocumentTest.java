package app.kintsugi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.kintsugi.ApiClient;
import app.kintsugi.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's description is part of the API: the committed document ({@code docs/api/openapi.json}) is
 * exactly what the application serves, it names every route the controllers answer, and nothing the
 * last published document ({@code docs/api/openapi-published.json}) promised is broken. To bring the
 * committed document up to date after a change that breaks nothing, run this test with
 * {@code -Dkintsugi.openapi.write=true}; publishing a version copies it to the published file.
 */
class OpenApiDocumentTest extends IntegrationTest {

    static final Path COMMITTED = Path.of("docs", "api", "openapi.json");
    static final Path PUBLISHED = Path.of("docs", "api", "openapi-published.json");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(tools.jackson.databind.cfg.EnumFeature.WRITE_ENUMS_USING_TO_STRING).build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private String served() {
        ApiClient.Answer answer = new ApiClient(port).get("/v3/api-docs", null);
        assertThat(answer.status()).as("the description is public").isEqualTo(200);
        return JSON.writeValueAsString(JSON.readTree(answer.body())) + "\n";
    }

    @Test
    void theCommittedDescriptionIsExactlyTheOneTheApplicationServes() throws IOException {
        String served = served();
        if (Boolean.getBoolean("kintsugi.openapi.write")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
            if (!Files.exists(PUBLISHED)) {
                Files.writeString(PUBLISHED, served, StandardCharsets.UTF_8);
            }
        }
        assertThat(served).as(COMMITTED + " is out of date: run this test with -Dkintsugi.openapi.write=true")
                .isEqualTo(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    }

    @Test
    void theDescriptionNamesEveryRouteTheControllersAnswerAndEveryErrorTheyGive() {
        JsonNode doc = JSON.readTree(served());
        Set<String> described = new TreeSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> described.add(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
        Set<String> answered = new TreeSet<>();
        for (var info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> answered.add(m.name() + " " + pattern));
                }
            }
        }
        assertThat(described).isEqualTo(answered);
        List<String> missing = new ArrayList<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            JsonNode responses = op.getValue().get("responses");
            for (String code : List.of("401", "429")) {
                if (!responses.has(code)) {
                    missing.add(op.getKey() + " " + path.getKey() + " " + code);
                }
            }
            if (!op.getKey().equals("get") && !responses.has("403")) {
                missing.add(op.getKey() + " " + path.getKey() + " 403");
            }
            if (!op.getValue().has("summary")) {
                missing.add(op.getKey() + " " + path.getKey() + " summary");
            }
        }));
        assertThat(missing).as("operations without their errors or a summary").isEmpty();
        assertThat(doc.get("openapi").asString()).startsWith("3.1");
        assertThat(doc.get("components").get("securitySchemes").get("personalToken").get("scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void nothingThePublishedDescriptionPromisedIsBroken() throws IOException {
        ChangedOpenApi diff = OpenApiCompare.fromContents(Files.readString(PUBLISHED, StandardCharsets.UTF_8), served());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.OutputStreamWriter report = new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, report);
        }
        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(diff.isIncompatible()).as("breaking changes against " + PUBLISHED + ":\n" + report).isFalse();
    }

    @Test
    void theBreakingChangeCheckNoticesARemovedRouteAndANewRequiredField() {
        String published = """
                {"openapi":"3.0.1","info":{"title":"t","version":"1"},"paths":{
                "/a":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"object",
                "properties":{"x":{"type":"string"}}}}}}}}},
                "/b":{"get":{"responses":{"200":{"description":"ok"}}}}}}""";
        String removed = """
                {"openapi":"3.0.1","info":{"title":"t","version":"1"},"paths":{
                "/a":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"object",
                "properties":{"x":{"type":"string"}}}}}}}}}}}""";
        assertThat(OpenApiCompare.fromContents(published, removed).isIncompatible()).isTrue();
        assertThat(OpenApiCompare.fromContents(published, published).isIncompatible()).isFalse();
    }
}
