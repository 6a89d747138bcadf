package app.kintsugi.platform.web;

import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The API description viewer (Swagger UI) keeps its own page but takes its page style sheet from here:
 * the same layout, with colours of enough contrast and controls large enough to tap.
 */
@Controller
class ApiViewerStyle {

    private static final Resource STYLE = new ClassPathResource("api-docs/index.css");

    @GetMapping(value = "/swagger-ui/index.css", produces = "text/css")
    ResponseEntity<Resource> style() {
        return ResponseEntity.ok().contentType(MediaType.valueOf("text/css"))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(STYLE);
    }
}
