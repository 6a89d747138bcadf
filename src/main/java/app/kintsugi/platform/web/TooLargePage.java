package app.kintsugi.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page for a post larger than the server reads (413): nothing was saved, the text is most likely
 * still in the form, and the way back to it. The platform's headers filter forwards here
 * ({@code platform.TooLarge}) before anything has read the body. See decision 32.
 */
@Controller
class TooLargePage {

    @RequestMapping("/error/too-large")
    String tooLarge(HttpServletResponse response) {
        response.setStatus(413);
        return "error/413";
    }
}
