package app.kintsugi.platform;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.config.MeterFilter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlatformConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    /** SQLite's one writer: writers wait their turn in Java rather than pinned in SQLite's busy handler. */
    @Bean
    static SqliteWriteGate sqliteWriteGate() {
        return new SqliteWriteGate();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Request metrics must not show when someone used the safety or help pages (feeling overwhelmed,
     * looking for a counselor): those paths share one neutral tag.
     */
    @Bean
    MeterFilter hideSafetyPaths() {
        return MeterFilter.replaceTagValues("uri", uri -> uri.startsWith("/safety") || uri.startsWith("/help") ? "/private" : uri);
    }

    /**
     * Replaces Spring Boot's message source (same {@code spring.messages.*} settings) with one that
     * understands ICU plural forms and discreet mode.
     */
    @Bean
    IcuMessageSource messageSource(
            @org.springframework.beans.factory.annotation.Value("${spring.messages.basename:messages}") String basenames,
            @org.springframework.beans.factory.annotation.Value("${spring.messages.encoding:UTF-8}") String encoding) {
        IcuMessageSource source = new IcuMessageSource();
        source.setBasenames(org.springframework.util.StringUtils.commaDelimitedListToStringArray(
                org.springframework.util.StringUtils.trimAllWhitespace(basenames)));
        source.setDefaultEncoding(encoding);
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedLocaleResolver(SUPPORTED);
        resolver.setDefaultLocaleFunction(request -> {
            Locale requested = request.getLocale();
            return SUPPORTED.stream()
                    .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                    .findFirst()
                    .orElse(Locale.ENGLISH);
        });
        return resolver;
    }

    /**
     * The page links its style sheet and script under neutral names, so a page never names the
     * application, not even in its source; the files keep their names in the project.
     */
    @Override
    public void addViewControllers(org.springframework.web.servlet.config.annotation.ViewControllerRegistry registry) {
        registry.addViewController("/css/site.css").setViewName("forward:/css/kintsugi.css");
        registry.addViewController("/js/site.js").setViewName("forward:/js/kintsugi.js");
    }

    /** Named so the dispatcher servlet uses it: flash attributes, without a session read for static files. */
    @Bean(name = "flashMapManager")
    org.springframework.web.servlet.FlashMapManager flashMapManager() {
        return new StaticFiles.FlashMaps();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(
            @org.springframework.beans.factory.annotation.Value("${kintsugi.quick-exit-url}") String quickExitUrl,
            @org.springframework.beans.factory.annotation.Value("${server.tomcat.max-http-form-post-size:2MB}")
            org.springframework.util.unit.DataSize maxPost,
            PublicAddress address, WebProperties web) {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter(
                quickExitUrl, address, !web.insecureCookies(), WebHardening.maxPostBytes(maxPost)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Only ever stores a language the application speaks, so a crafted cookie cannot pick another. */
    static final class SupportedLocaleResolver extends CookieLocaleResolver {

        private final List<Locale> supported;

        SupportedLocaleResolver(List<Locale> supported) {
            super(BrowserPreferences.LANGUAGE_COOKIE);
            this.supported = supported;
            setCookieMaxAge(java.time.Duration.ofDays(365));
            setCookieSameSite("Lax");
        }

        @Override
        public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
            useFormerCookie(request);
            return pick(super.resolveLocale(request));
        }

        @Override
        public org.springframework.context.i18n.LocaleContext resolveLocaleContext(jakarta.servlet.http.HttpServletRequest request) {
            useFormerCookie(request);
            return super.resolveLocaleContext(request);
        }

        /** A choice still stored under the cookie's former name counts, on the request that moves it. */
        private void useFormerCookie(jakarta.servlet.http.HttpServletRequest request) {
            if (request.getAttribute(LOCALE_REQUEST_ATTRIBUTE_NAME) == null
                    && org.springframework.web.util.WebUtils.getCookie(request, BrowserPreferences.LANGUAGE_COOKIE) == null) {
                String former = BrowserPreferences.value(request, BrowserPreferences.LANGUAGE_COOKIE);
                if (former != null && !former.isBlank()) {
                    request.setAttribute(LOCALE_REQUEST_ATTRIBUTE_NAME, pick(Locale.forLanguageTag(former)));
                }
            }
        }

        @Override
        public void setLocale(jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, locale == null ? null : pick(locale));
        }

        private Locale pick(Locale locale) {
            return supported.stream()
                    .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                    .findFirst()
                    .orElse(Locale.ENGLISH);
        }
    }
}
