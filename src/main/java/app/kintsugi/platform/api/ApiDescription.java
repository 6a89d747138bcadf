package app.kintsugi.platform.api;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI document's frame: what the API is, that every call carries a personal token, and the
 * problem details each operation can answer with, so a client knows every error before meeting it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String TOKEN = "personalToken";
    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI kintsugiApi() {
        return new OpenAPI()
                .info(new Info().title("Kintsugi API").version("1")
                        .description("""
                                Everything a person does in the browser, as JSON. Every call carries a personal token made \
                                in Settings → Access for apps, as `Authorization: Bearer kt_…`; no cookie counts. A token is \
                                read-only or read-and-change. Anything that is not the caller's answers 404, exactly as if \
                                it did not exist. Errors are RFC 9457 problem details in the language of `Accept-Language` \
                                (English or Spanish); input that breaks a rule lists each field with its code and message. \
                                A change to an entry sends the `ETag` it read as `If-Match` (428 without one, 412 when the \
                                entry changed meanwhile). Lists take `page` and `size` and give the `next` page's address. \
                                Each token may send 300 requests a minute; past that, 429 with `Retry-After`."""))
                // Relative, so the document is the same on every instance and a client calls the one it read it from.
                .servers(List.of(new Server().url("/").description("This instance")))
                .components(new Components()
                        .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal token, kt_…")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }

    /**
     * Operation ids a client generator can keep: the controller's name without "Api" and the method's,
     * such as {@code Reflection.update}, never a counter that shifts when a route is added.
     */
    @Bean
    org.springdoc.core.customizers.OperationCustomizer stableOperationIds() {
        return (operation, handler) -> operation.operationId(
                handler.getBeanType().getSimpleName().replaceFirst("Api$", "") + "." + handler.getMethod().getName());
    }

    /** Every operation lists the problems it may answer with, all in the one problem schema. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                boolean change = method != PathItem.HttpMethod.GET;
                boolean withId = path.contains("{");
                add(operation, "401", "No token, or one that does not work", "unauthorized", 401, "Token needed");
                if (change) {
                    add(operation, "403", "A read-only token sent a change", "read-only", 403, "Read-only token");
                }
                if (withId || path.endsWith("/space")) {
                    add(operation, "404", "Not there, or not the caller's (the same answer)", "not-found", 404, "Not found");
                }
                if (change && method != PathItem.HttpMethod.DELETE) {
                    add(operation, "400", "The body is not readable JSON of the described shape", "unreadable", 400,
                            "Request not readable");
                    add(operation, "422", "Input that breaks a rule: each field with its code and message", "invalid-input", 422,
                            "Some fields need another look");
                }
                boolean ifMatch = operation.getParameters() != null
                        && operation.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
                if (ifMatch) {
                    add(operation, "412", "The entry changed since its ETag was read", "stale", 412, "Changed meanwhile");
                    add(operation, "428", "If-Match is missing", "if-match-required", 428, "If-Match needed");
                }
                add(operation, "429", "Too many requests this minute; see Retry-After", "too-many", 429, "A short pause");
            }));
        };
    }

    private static void add(Operation operation, String code, String description, String kind, int status, String title) {
        if (operation.getResponses().containsKey(code)) {
            return;
        }
        Example example = new Example().value(Map.of("type", "https://kintsugi.invalid/problems/" + kind, "title", title,
                "status", status));
        operation.getResponses().addApiResponse(code, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json", new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)).addExamples(kind, example))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> field = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field as the request names it"))
                .addProperty("code", new StringSchema().description("The rule's stable code, such as reflection.whatHappened.required"))
                .addProperty("message", new StringSchema().description("The message a page shows next to the field"));
        return new ObjectSchema().description("RFC 9457 problem details; never holds what a person wrote")
                .addProperty("type", new StringSchema().description("What kind of problem, as a URI"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("errors", new ArraySchema().items(field).description("Only for 422: one entry per field"));
    }
}
