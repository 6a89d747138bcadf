package app.kintsugi.platform;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the web layer protects the people who use it. See decision 32.
 *
 * @param insecureCookies  {@code true} only for plain-http development and tests: cookies lose the
 *                         {@code Secure} attribute and the session cookie its {@code __Host-} prefix,
 *                         which browsers accept only over HTTPS
 * @param writesPerMinute  how many changes (form posts) one signed-in person may send a minute before
 *                         being asked to wait a moment
 */
@Validated
@ConfigurationProperties("kintsugi.web")
public record WebProperties(@DefaultValue("false") boolean insecureCookies,
        @DefaultValue("60") @Min(1) int writesPerMinute) {
}
