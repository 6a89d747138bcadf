package app.kintsugi.platform.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI document's frame: what the API is, and that every call carries a personal token. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String TOKEN = "personalToken";

    @Bean
    OpenAPI kintsugiApi() {
        return new OpenAPI()
                .info(new Info().title("Kintsugi API").version("1")
                        .description("""
                                Everything a person does in the browser, as JSON. Every call carries a personal token made \
                                in Settings → API tokens, as `Authorization: Bearer kt_…`; no cookie counts. A token is \
                                read-only or read-and-change. Anything that is not the caller's answers 404, exactly as if \
                                it did not exist. Errors are RFC 9457 problem details in the language of `Accept-Language` \
                                (English or Spanish); input that breaks a rule lists each field with its code and message. \
                                A change to an entry sends the `ETag` it read as `If-Match` (428 without one, 412 when the \
                                entry changed meanwhile). Lists take `page` and `size` and give the `next` page's address."""))
                .components(new Components().addSecuritySchemes(TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").description("A personal token, kt_…")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }
}
