package app.kintsugi.account.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Touched by the page while a person is typing, so writing slowly never counts as being idle. */
@Controller
class KeepAlive {

    @GetMapping("/keepalive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
