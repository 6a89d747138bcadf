package app.kintsugi.export.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.export.DataExport;
import app.kintsugi.export.PasswordCheck;
import app.kintsugi.platform.BrowserPreferences;

/**
 * "Your data": what the export holds, and the two downloads behind the password. A download goes
 * straight to the browser, is never cached, and nothing of it stays on the server. The password
 * is never put back into the page.
 */
@Controller
@RequestMapping("/settings/data")
class DataPages {

    private final DataExport export;
    private final PasswordCheck passwords;

    DataPages(DataExport export, PasswordCheck passwords) {
        this.export = export;
        this.passwords = passwords;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("format", "json");
        return "export/data";
    }

    @PostMapping
    Object download(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) String password,
            @RequestParam(defaultValue = "json") String format, Locale locale, HttpServletRequest request, Model model) {
        boolean pdf = "pdf".equals(format);
        PasswordCheck.Result result = passwords.check(me.id(), password);
        if (!result.ok()) {
            model.addAttribute("format", pdf ? "pdf" : "json");
            model.addAttribute("passwordError", result.mustWait() ? "export.password.wait"
                    : password == null || password.isEmpty() ? "export.password.required" : "export.password.wrong");
            model.addAttribute("waitSeconds", result.waitSeconds());
            return "export/data";
        }
        boolean discreet = request.getAttribute(BrowserPreferences.ATTRIBUTE) instanceof BrowserPreferences prefs && prefs.discreet();
        DataExport.Download file = pdf ? export.pdf(me.id(), locale, discreet) : export.json(me.id());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(file.content());
    }
}
