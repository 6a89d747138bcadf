package app.kintsugi.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.NewAccount;
import app.kintsugi.account.Person;
import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.account.Registrations;
import app.kintsugi.account.SignIn;
import app.kintsugi.account.Settings;
import app.kintsugi.platform.BrowserPreferences;
import app.kintsugi.platform.DiscreetMode;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;

@Controller
class AccountPages {

    private final Accounts accounts;
    private final Registrations registrations;
    private final SignIn signIn;
    private final ObjectProvider<JavaMailSender> mail;
    private final boolean confirmByMail;
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    AccountPages(Accounts accounts, Registrations registrations, SignIn signIn, ObjectProvider<JavaMailSender> mail,
            @Value("${kintsugi.registration.confirm-by-mail:true}") boolean confirmByMail) {
        this.accounts = accounts;
        this.registrations = registrations;
        this.signIn = signIn;
        this.mail = mail;
        this.confirmByMail = confirmByMail;
    }

    /**
     * Where mail is set up, registration goes through a link mailed to the address, and the answer is
     * the same whether or not the address has an account. Without mail there is no way to keep that
     * secret and still let people in, so the account is created at once.
     */
    private boolean registerByMail() {
        return confirmByMail && mail.getIfAvailable() != null;
    }

    @GetMapping("/register")
    String registerForm(@ModelAttribute("form") RegisterForm form, @AuthenticationPrincipal PersonPrincipal me) {
        return me != null ? "redirect:/" : "account/register";
    }

    @PostMapping("/register")
    String register(@ModelAttribute("form") RegisterForm form, BindingResult result, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        long wait = signIn.registrationWaitMinutes(request);
        if (wait > 0) {
            model.addAttribute("registrationWait", wait);
            form.setPassword("");
            response.setStatus(429);
            return "account/register";
        }
        String language = RequestContextUtils.getLocale(request).getLanguage();
        SavedRequest saved = requestCache.getRequest(request, response);
        String next = saved != null && saved.getRedirectUrl() != null ? localPath(saved.getRedirectUrl()) : null;
        NewAccount account = new NewAccount(form.getEmail(), form.getDisplayName(), form.getPassword(), language,
                form.getTimeZone());
        Person person;
        try {
            if (registerByMail()) {
                registrations.request(account, next, DiscreetMode.on(request));
                model.addAttribute("address", form.getEmail().strip());
                return "account/check-inbox";
            }
            person = accounts.register(account);
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            form.setPassword("");
            return "account/register";
        }
        signIn.signIn(person.id(), request, response);
        return "redirect:" + (next != null ? next : "/welcome");
    }

    /** The link in the mail asks first: mail scanners open links, and only a person presses the button. */
    @GetMapping("/register/confirm/{token}")
    String finishRegistrationPage(@PathVariable String token, Model model) {
        if (!registrations.linkWorks(token)) {
            throw new NotFoundException();
        }
        model.addAttribute("token", token);
        return "account/register-confirm";
    }

    @PostMapping("/register/confirm/{token}")
    String finishRegistration(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        Registrations.Created created = registrations.complete(token).orElseThrow(NotFoundException::new);
        signIn.signIn(created.person().id(), request, response);
        return "redirect:" + (created.continuePath() != null ? localPath(created.continuePath()) : "/welcome");
    }

    @GetMapping("/sign-in")
    String signInForm(@AuthenticationPrincipal PersonPrincipal me, Model model,
            @RequestParam(name = "email", required = false) String email) {
        if (me != null) {
            return "redirect:/";
        }
        model.addAttribute("email", email == null ? "" : email);
        return "account/sign-in";
    }

    /** Reached by forward after a failed or throttled attempt: the same answer for every reason. */
    @RequestMapping(path = "/sign-in/failed", method = {RequestMethod.GET, RequestMethod.POST})
    String signInFailed(HttpServletRequest request, HttpServletResponse response, Model model) {
        String email = request.getParameter("email");
        model.addAttribute("email", email == null ? "" : email);
        Object wait = request.getAttribute("signInWaitSeconds");
        if (wait != null) {
            model.addAttribute("waitSeconds", wait);
            response.setStatus(429);
        } else if ("POST".equals(request.getMethod())) {
            model.addAttribute("failed", true);
            response.setStatus(401);
        }
        return "account/sign-in";
    }

    @ModelAttribute("timeZones")
    java.util.List<String> timeZones() {
        return TIME_ZONES;
    }

    private static final java.util.List<String> TIME_ZONES = java.time.ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
            .sorted()
            .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
                list.addFirst("UTC");
                return java.util.List.copyOf(list);
            }));

    @GetMapping("/settings")
    String settings(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        Person person = accounts.find(me.id()).orElseThrow(NotFoundException::new);
        model.addAttribute("form", SettingsForm.of(person));
        return "account/settings";
    }

    @PostMapping("/settings")
    String saveSettings(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") SettingsForm form,
            BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (result.hasErrors()) {
            // A value that cannot be read (a crafted theme or version) is reported, never silently replaced.
            return "account/settings";
        }
        try {
            Person saved = accounts.updateSettings(me.id(), new Settings(form.getDisplayName(), form.getLanguage(),
                    form.getTheme(), form.isDiscreetMode(), form.getTimeZone(), form.getVersion()));
            BrowserPreferences.apply(request, response, saved.language(), saved.theme().name(), saved.discreetMode());
            return "redirect:/settings?saved";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return "account/settings";
        } catch (StaleEditException e) {
            Person current = accounts.find(me.id()).orElseThrow(NotFoundException::new);
            form.setVersion(current.version());
            model.addAttribute("stale", true);
            return "account/settings";
        }
    }

    /** Only ever redirect within this instance. */
    private static String localPath(String url) {
        try {
            var uri = java.net.URI.create(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
