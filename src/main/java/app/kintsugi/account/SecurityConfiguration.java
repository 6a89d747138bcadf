package app.kintsugi.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

import app.kintsugi.platform.BrowserPreferences;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    static final String WAIT_ATTRIBUTE = "signInWaitSeconds";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new PasswordHashing();
    }

    @Bean
    AccountRules accountRules() {
        return new AccountRules(CommonPasswords.load());
    }

    @Bean
    SignInThrottle signInThrottle(Clock clock) {
        return new SignInThrottle(clock);
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

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
            SignInThrottle throttle, Accounts accounts, Clock clock,
            @Value("${kintsugi.session.absolute-timeout:12h}") Duration absoluteTimeout) throws Exception {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);

        SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
        redirect.setDefaultTargetUrl("/");
        redirect.setAlwaysUseDefaultTargetUrl(false);

        http
                .authenticationProvider(provider)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/css/**", "/js/**", "/img/**", "/favicon.ico").permitAll()
                        .requestMatchers("/sign-in", "/sign-in/failed", "/register", "/error", "/error/**", "/safety/resources").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler((request, response, authentication) -> {
                            signedIn(request, response, authentication, accounts);
                            redirect.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler(failureHandler(throttle))
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signedOut")
                        .deleteCookies("KSESSION"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        // The platform filter writes these (and the CSP with its nonce) on every response.
                        .contentTypeOptions(c -> c.disable())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(Duration.ofDays(365).toSeconds())))
                .addFilterBefore(throttleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new AbsoluteSessionTimeoutFilter(clock, absoluteTimeout), SecurityContextHolderFilter.class);
        return http.build();
    }

    private static void signedIn(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication, Accounts accounts) {
        if (authentication.getPrincipal() instanceof PersonPrincipal principal) {
            log.info("event=signed_in person={}", principal.id());
            accounts.find(principal.id()).ifPresent(person -> BrowserPreferences.apply(request, response,
                    person.language(), person.theme().name(), person.discreetMode()));
        }
    }

    /** A failed sign-in shows the form again with the email kept, through a forward, not a redirect. */
    private static AuthenticationFailureHandler failureHandler(SignInThrottle throttle) {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            throttle.recordFailure(request.getParameter("email"), request.getRemoteAddr());
            log.info("event=sign_in_failed");
            request.getRequestDispatcher("/sign-in/failed").forward(request, response);
        };
    }

    private static OncePerRequestFilter throttleFilter(SignInThrottle throttle) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && "/sign-in".equals(request.getServletPath())) {
                    long wait = throttle.secondsToWait(request.getParameter("email"), request.getRemoteAddr());
                    if (wait > 0) {
                        log.info("event=sign_in_throttled wait_seconds={}", wait);
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
