package app.kintsugi.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import app.kintsugi.account.internal.AccountRules;
import app.kintsugi.account.internal.CommonPasswords;
import app.kintsugi.account.internal.LoggedAddresses;
import app.kintsugi.platform.BrowserPreferences;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    static final String WAIT_ATTRIBUTE = "signInWaitSeconds";
    private static final String ATTEMPT_ATTRIBUTE = "kintsugi.signInAttempt";
    /** A throttled attempt that goes ahead only because it carries a code: only password and code together let it in. */
    private static final String BYPASS_ATTRIBUTE = "kintsugi.signInWithCode";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new PasswordHashing();
    }

    @Bean
    AccountRules accountRules() {
        return new AccountRules(CommonPasswords.load());
    }

    /** One allowance for all nodes: the buckets are rows in the database, found by pseudonyms. */
    @Bean
    SignInThrottle signInThrottle(Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc, Pseudonyms pseudonyms,
            @Value("${kintsugi.registration.burst:5}") int registrationBurst) {
        return SignInThrottle.shared(jdbc, clock, pseudonyms, registrationBurst);
    }

    /**
     * Static files (styles, scripts, images, the icon and the manifest) skip the security filters
     * altogether: they hold nothing of anyone's, and a signed-in browser asking for them must not read
     * or rewrite its session row each time. The platform's header filter still gives them every
     * security header.
     */
    @Bean
    org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer staticFilesWithoutSession() {
        return web -> web.ignoring().requestMatchers(app.kintsugi.platform.StaticFiles.PATTERNS);
    }

    /** A URL the firewall refuses (encoded NUL, path tricks) is simply something that does not exist. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(HttpServletResponse.SC_NOT_FOUND);
    }

    @Bean
    UserDetailsService userDetailsService(Accounts accounts) {
        return email -> accounts.principalForEmail(email)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    /**
     * The JSON API's own chain, tried before the pages': a personal token in {@code Authorization:
     * Bearer} and nothing else. No session is read or made and no cookie counts, so there is no CSRF
     * to guard against. A route meant for another kind of account answers 404, as pages do.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, app.kintsugi.platform.api.ApiProblems problems,
            @Value("${kintsugi.api.requests-per-minute:300}") int perMinute) throws Exception {
        http
                .securityMatcher(app.kintsugi.platform.api.ApiProblems.PREFIX + "**")
                .authorizeHttpRequests(auth -> auth
                        // Every account has itself, its tokens and how it signs in, as in the browser.
                        .requestMatchers("/api/v1/me", "/api/v1/tokens", "/api/v1/tokens/**", "/api/v1/security",
                                "/api/v1/security/**").authenticated()
                        .requestMatchers("/api/v1/counselor/**").hasRole(AccountRole.COUNSELOR.name())
                        .requestMatchers("/api/v1/operator/**").hasRole(AccountRole.OPERATOR.name())
                        .anyRequest().hasRole(AccountRole.PERSON.name()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> problems.write(response,
                                problems.of(org.springframework.http.HttpStatus.UNAUTHORIZED, "unauthorized", request),
                                java.util.Map.of("WWW-Authenticate", "Bearer")))
                        .accessDeniedHandler((request, response, denied) -> problems.write(response,
                                problems.of(org.springframework.http.HttpStatus.NOT_FOUND, "not-found", request), java.util.Map.of())))
                .headers(headers -> headers
                        .contentTypeOptions(c -> c.disable())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny())
                        .cacheControl(c -> { })
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(Duration.ofDays(365).toSeconds())))
                .addFilterBefore(new ApiTokenFilter(tokens, problems, perMinute),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
            SignInThrottle throttle, Accounts accounts, TrustedDevices devices, SignIn signIn, SecondFactors factors,
            Clock clock,
            @Value("${kintsugi.session.absolute-timeout:12h}") Duration absoluteTimeout,
            @Value("${kintsugi.metrics.token:}") String metricsToken) throws Exception {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);

        SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
        redirect.setDefaultTargetUrl("/");
        redirect.setAlwaysUseDefaultTargetUrl(false);

        http
                .authenticationProvider(provider)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/css/**", "/js/**", "/img/**", "/favicon.ico", "/manifest.webmanifest").permitAll()
                        .requestMatchers("/sign-in", "/sign-in/failed", "/sign-in/code", "/sign-in/mail", "/sign-in/link/*", "/sign-in/passkey", "/sign-in/passkey/options", "/register", "/error", "/error/**", "/safety/resources").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // The API's description is public, as any published API's is; it holds no one's data.
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/api-docs", "/swagger-ui/**").permitAll()
                        // Metrics show when pages are used; only a scraper holding the configured token may read them.
                        .requestMatchers("/actuator/prometheus").access((authentication, context) ->
                                new AuthorizationDecision(bearerMatches(context.getRequest(), metricsToken)))
                        .requestMatchers("/counselor/register", "/join/*", "/register/confirm/*", "/calendar/*").permitAll()
                        .requestMatchers("/password/forgot", "/password/reset/*").permitAll()
                        // The token in a mail's link is the permission; a link that does not work answers 404.
                        .requestMatchers("/notices/confirm/*", "/notices/unsubscribe/*").permitAll()
                        .requestMatchers("/counselor", "/counselor/**").hasRole(AccountRole.COUNSELOR.name())
                        .requestMatchers("/operator", "/operator/**").hasRole(AccountRole.OPERATOR.name())
                        // Every account has a home, its settings and a way out; the program is for people in it.
                        .requestMatchers("/", "/settings", "/sign-out").authenticated()
                        .requestMatchers("/settings/password", "/settings/sessions", "/settings/sessions/**",
                                "/settings/devices/**", "/settings/security", "/settings/security/**",
                                "/sign-in/attempts", "/settings/delete", "/settings/delete/**", "/settings/data",
                                "/settings/tokens", "/settings/tokens/**").authenticated()
                        .anyRequest().hasRole(AccountRole.PERSON.name()))
                // A page meant for another kind of account looks exactly like a page that does not exist.
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, denied) ->
                        response.sendError(denied instanceof org.springframework.security.web.csrf.CsrfException
                                ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND)))
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler((request, response, authentication) -> {
                            if (!(authentication.getPrincipal() instanceof PersonPrincipal principal)) {
                                redirect.onAuthenticationSuccess(request, response, authentication);
                                return;
                            }
                            String code = request.getParameter("code");
                            if (request.getAttribute(BYPASS_ATTRIBUTE) instanceof Long wait) {
                                // The password's buckets said wait: only a valid code with it lets the owner in.
                                if (factors.check(principal.id(), code).outcome() == SecondFactors.Outcome.PASSED) {
                                    log.info("event=signed_in person={} second_step=yes past=throttle", principal.id());
                                    response.sendRedirect(request.getContextPath() + signIn.complete(principal.id(), request, response));
                                } else {
                                    signIn.undo(request, response);
                                    waitPage(request, response, wait);
                                }
                                return;
                            }
                            if (request.getAttribute(ATTEMPT_ATTRIBUTE) instanceof SignInThrottle.Attempt attempt) {
                                throttle.succeeded(attempt);
                            }
                            if (signIn.needsSecondStep(principal.id(), request)) {
                                signIn.holdForSecondStep(principal.id(), request, response);
                                if (code != null && !code.isBlank()) {
                                    SignIn.StepResult result = signIn.secondStep(code, request, response);
                                    if (result.step() == SignIn.Step.SIGNED_IN) {
                                        response.sendRedirect(request.getContextPath() + result.next());
                                        return;
                                    }
                                }
                                response.sendRedirect(request.getContextPath() + "/sign-in/code");
                                return;
                            }
                            log.info("event=signed_in person={}", principal.id());
                            response.sendRedirect(request.getContextPath() + signIn.complete(principal.id(), request, response));
                        })
                        .failureHandler(failureHandler(accounts, signIn))
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signedOut")
                        // Cookies that name the application (set by earlier versions) are cleared on
                        // every request, this one included, by the platform's headers filter.
                        .deleteCookies("KSESSION"))
                // RFC 8058: a mail program unsubscribes with one POST that has no cookie and no form token;
                // the random token in the address authorises it, and all it can do is turn notices off.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/notices/unsubscribe/*"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        // The platform filter writes these (and the CSP with its nonce) on every response.
                        .contentTypeOptions(c -> c.disable())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(Duration.ofDays(365).toSeconds())))
                .addFilterBefore(throttleFilter(throttle, accounts, devices, factors, signIn), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new AbsoluteSessionTimeoutFilter(clock, absoluteTimeout), SecurityContextHolderFilter.class)
                .addFilterAfter(new PasswordChangeDueFilter(), org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        return http.build();
    }

    static boolean bearerMatches(HttpServletRequest request, String expected) {
        String header = request.getHeader("Authorization");
        if (expected == null || expected.isBlank() || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return java.security.MessageDigest.isEqual(header.substring(7).strip().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                expected.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void waitPage(HttpServletRequest request, HttpServletResponse response, long wait)
            throws ServletException, IOException {
        request.setAttribute(WAIT_ATTRIBUTE, wait);
        request.getRequestDispatcher("/sign-in/failed").forward(request, response);
    }

    /** The session remembers the kind of browser that signed in, for the person's list of sessions. */
    static void markDevice(HttpServletRequest request) {
        request.getSession().setAttribute(Sessions.DEVICE, Device.of(request.getHeader("User-Agent")).code());
    }

    /** A failed sign-in shows the form again with the email kept, through a forward, not a redirect. */
    private static AuthenticationFailureHandler failureHandler(Accounts accounts, SignIn signIn) {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            // The attempt's tokens were taken when it arrived; a failure keeps them spent. The log names
            // the account by its id (never the address typed) and the client by a keyed hash.
            String email = request.getParameter("email");
            Optional<PersonPrincipal> known = accounts.principalForEmail(email == null ? "" : email);
            known.ifPresent(p -> signIn.failed(p.id()));
            log.info("event=sign_in_failed account={} client={}", known.map(p -> p.id().toString()).orElse("none"),
                    LoggedAddresses.of(request.getRemoteAddr()));
            if (request.getAttribute(BYPASS_ATTRIBUTE) instanceof Long wait) {
                // Past the throttle with a code but the password was wrong: the same answer as any wait.
                waitPage(request, response, wait);
                return;
            }
            request.getRequestDispatcher("/sign-in/failed").forward(request, response);
        };
    }

    private static OncePerRequestFilter throttleFilter(SignInThrottle throttle, Accounts accounts, TrustedDevices devices,
            SecondFactors factors, SignIn signIn) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && "/sign-in".equals(request.getServletPath())) {
                    String email = request.getParameter("email");
                    Optional<PersonPrincipal> account = accounts.principalForEmail(email == null ? "" : email);
                    String trusted = account.flatMap(p -> devices.trustedFor(request, p.id())).orElse(null);
                    SignInThrottle.Begin begin = throttle.begin(email, request.getRemoteAddr(), trusted);
                    String code = request.getParameter("code");
                    if (begin.allowed()) {
                        request.setAttribute(ATTEMPT_ATTRIBUTE, begin.attempt());
                    } else if (SecondFactors.looksLikeCode(code) && account.isPresent()
                            && SecondFactors.mayGoPastTheThrottle(code, factors.active(account.get().id()))) {
                        // Nobody is locked out by someone else's guesses: password and code together still
                        // go ahead, and anything short of both gets the same wait as before.
                        request.setAttribute(BYPASS_ATTRIBUTE, begin.waitSeconds());
                    } else {
                        // Told to the owner after their next sign-in, with the attempts that were checked.
                        account.ifPresent(p -> signIn.failed(p.id()));
                        long wait = begin.waitSeconds();
                        log.info("event=sign_in_throttled wait_seconds={} client={}", wait,
                                LoggedAddresses.of(request.getRemoteAddr()));
                        request.setAttribute(WAIT_ATTRIBUTE, wait);
                        request.getRequestDispatcher("/sign-in/failed").forward(request, response);
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }
}
