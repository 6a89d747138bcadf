package app.kintsugi.notices.internal;

import java.io.UnsupportedEncodingException;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import app.kintsugi.notices.MailLook;
import app.kintsugi.platform.IcuMessageSource;

/**
 * Writes and hands over the two mails Kintsugi sends: the link that confirms an address and the
 * neutral notice. Their words come from the message bundles in the person's language; in discreet
 * mode the neutral variants, which never name the application. Nothing anyone wrote, no name, no
 * kind of entry and no topic is ever part of a mail: the mail's words take no arguments but links.
 */
@Component
@RequiredArgsConstructor
public class NoticeMail {

    /** The mails, each with its words under {@code notices.mail.<prefix>.*}. */
    public enum Kind {
        /** The link that confirms an address for notices. */
        CONFIRM("confirm", false),
        /** Something waits from the partner. */
        NOTICE("notice", true),
        /** Something of one's own is due today. */
        REMINDER("reminder", true),
        /** A planned conversation starts in about an hour. */
        SOON("soon", true),
        /** The link that finishes creating an account. */
        REGISTER("register", false),
        /** Someone tried to create an account with an address that already has one. */
        EXISTING("existing", false),
        /** The link that sets a new password. */
        RESET("reset", false),
        /** How the account signs in changed (a second step turned on or off). */
        SIGN_IN_CHANGED("signInChanged", false),
        /** The link that signs in once, instead of the password. */
        SIGN_IN_LINK("signInLink", false);

        final String prefix;
        /** Notices and reminders carry the subject of the person's look; the rest keep their own. */
        final boolean lookSubject;

        Kind(String prefix, boolean lookSubject) {
            this.prefix = "notices.mail." + prefix + ".";
            this.lookSubject = lookSubject;
        }

        /** Mails a person chose, with a way out; the others were asked for once and need none. */
        public boolean chosen() {
            return this != REGISTER && this != EXISTING && this != RESET && this != SIGN_IN_CHANGED && this != SIGN_IN_LINK;
        }
    }

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final NoticeProperties properties;

    /** True when an SMTP server is configured ({@code spring.mail.host}). */
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Sends one mail.
     *
     * @param locale           the language of the mail
     * @param look             the look the mail carries (already {@link MailLook#effective effective})
     * @param link             the one link the mail is about
     * @param unsubscribeToken the one-click token of this mail, or null for a mail nobody chose
     * @throws org.springframework.mail.MailException when the server cannot be reached or refuses it
     */
    public void send(Kind kind, Locale locale, MailLook look, String address, String link, String unsubscribeToken) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        boolean neutral = look.neutral();
        String subject = kind.lookSubject && neutral ? text("notices.mail.look." + look + ".subject", locale, false)
                : text(kind.prefix + "subject", locale, neutral);
        String senderName = neutral ? text("notices.mail.look." + look + ".sender", locale, false)
                : text("notices.mail.sender", locale, false);
        String unsubscribe = unsubscribeToken == null ? null : properties.link("/notices/unsubscribe/" + unsubscribeToken);
        String settings = kind.chosen() ? properties.link("/settings/notices") : null;
        Map<String, String> words = Map.of(
                "subject", subject,
                "lead", text(kind.prefix + "lead", locale, neutral),
                "action", text(kind.prefix + "action", locale, neutral),
                "why", text(kind.prefix + "why", locale, neutral),
                "unsubscribe", text("notices.mail.unsubscribe", locale, neutral),
                "settings", text("notices.mail.settings", locale, neutral));

        Context context = new Context(locale);
        context.setVariable("words", words);
        context.setVariable("link", link);
        context.setVariable("unsubscribeLink", unsubscribe);
        context.setVariable("settingsLink", settings);
        context.setVariable("lang", locale.getLanguage());
        String html = templates.process("notices/mail", context);
        StringBuilder plain = new StringBuilder()
                .append(words.get("lead")).append("\n\n").append(words.get("action")).append('\n').append(link).append("\n\n")
                .append(words.get("why")).append("\n\n");
        if (settings != null) {
            plain.append(words.get("settings")).append('\n').append(settings).append("\n\n");
        }
        if (unsubscribe != null) {
            plain.append(words.get("unsubscribe")).append('\n').append(unsubscribe).append('\n');
        }

        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(new InternetAddress(neutral ? properties.neutralFrom() : properties.from(), senderName, "UTF-8"));
            helper.setTo(address);
            helper.setSubject(subject);
            helper.setText(plain.toString(), html);
            if (unsubscribe != null) {
                // RFC 8058: a mail program may offer "unsubscribe" and post to this address in one click.
                message.addHeader("List-Unsubscribe", "<" + unsubscribe + ">");
                message.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            message.addHeader("Auto-Submitted", "auto-generated");
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("notice could not be written", e);
        }
        mail.send(message);
    }

    /** The language of a person's mails: theirs, or English when they never chose one. */
    public static Locale localeOf(String language) {
        return language == null || language.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(language);
    }

    /** The neutral variant in discreet mode when the message has one, else the message itself. */
    private String text(String key, Locale locale, boolean discreet) {
        if (discreet) {
            try {
                return messages.getMessage(key + IcuMessageSource.DISCREET_SUFFIX, null, locale);
            } catch (NoSuchMessageException noNeutralVariant) {
                // The message names nothing; it is neutral as written.
            }
        }
        return messages.getMessage(key, null, locale);
    }
}
