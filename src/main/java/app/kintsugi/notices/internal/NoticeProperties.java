package app.kintsugi.notices.internal;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How notices go out. The SMTP server itself is set with the standard {@code spring.mail.*}
 * settings; without {@code spring.mail.host} nothing is sent.
 *
 * @param from            the sender's address
 * @param neutralFrom     the sender's address of mails in a neutral look, which should name nothing
 * @param publicUrl       the address people open Kintsugi at, for the links in a mail
 * @param interval        how often the job looks for something to tell
 * @param confirmLifetime how long a confirmation link works
 * @param linksInterval   how often the job looks for links to send (confirmations, registrations)
 */
@Validated
@ConfigurationProperties("kintsugi.notices")
public record NoticeProperties(@DefaultValue("kintsugi@localhost") @NotBlank String from,
        @DefaultValue("notifications@localhost") @NotBlank String neutralFrom,
        @DefaultValue("http://localhost:8080") @NotBlank String publicUrl,
        @DefaultValue("5m") @NotNull Duration interval,
        @DefaultValue("48h") @NotNull Duration confirmLifetime,
        @DefaultValue("15s") @NotNull Duration linksInterval) {

    public String link(String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + path;
    }
}
