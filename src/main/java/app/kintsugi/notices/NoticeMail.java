package app.kintsugi.notices;

import java.io.UnsupportedEncodingException;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import app.kintsugi.account.Person;
import app.kintsugi.platform.IcuMessageSource;

/**
 * Writes and hands over the two mails Kintsugi sends: the link that confirms an address and the
 * neutral notice. Their words come from the message bundles in the person's language; in discreet
 * mode the neutral variants, which never name the application. Nothing anyone wrote, no name, no
 * kind of entry and no topic is ever part of a mail: the mail's words take no arguments but links.
 */
@Component
class NoticeMail {

    enum Kind { CONFIRM, NOTICE }

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final NoticeProperties properties;

    NoticeMail(ObjectProvider<JavaMailSender> sender, MessageSource messages, ITemplateEngine templates,
            NoticeProperties properties) {
        this.sender = sender;
        this.messages = messages;
        this.templates = templates;
        this.properties = properties;
    }

    /** True when an SMTP server is configured ({@code spring.mail.host}). */
    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Sends one mail to the person's address.
     *
     * @param link             the confirmation link (CONFIRM) or the address of Kintsugi (NOTICE)
     * @param unsubscribeToken the one-click token of this mail
     * @throws org.springframework.mail.MailException when the server cannot be reached or refuses it
     */
    void send(Kind kind, Person person, String address, String link, String unsubscribeToken) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        Locale locale = person.language() == null ? Locale.ENGLISH : Locale.forLanguageTag(person.language());
        boolean discreet = person.discreetMode();
        String prefix = kind == Kind.CONFIRM ? "notices.mail.confirm." : "notices.mail.notice.";
        String unsubscribe = properties.link("/notices/unsubscribe/" + unsubscribeToken);
        String settings = properties.link("/settings/notices");
        Map<String, String> words = Map.of(
                "subject", text(prefix + "subject", locale, discreet),
                "lead", text(prefix + "lead", locale, discreet),
                "action", text(prefix + "action", locale, discreet),
                "why", text(prefix + "why", locale, discreet),
                "unsubscribe", text("notices.mail.unsubscribe", locale, discreet),
                "settings", text("notices.mail.settings", locale, discreet));

        Context context = new Context(locale);
        context.setVariable("words", words);
        context.setVariable("link", link);
        context.setVariable("unsubscribeLink", unsubscribe);
        context.setVariable("settingsLink", settings);
        context.setVariable("lang", locale.getLanguage());
        String html = templates.process("notices/mail", context);
        String plain = words.get("lead") + "\n\n" + words.get("action") + "\n" + link + "\n\n" + words.get("why") + "\n\n"
                + words.get("settings") + "\n" + settings + "\n\n" + words.get("unsubscribe") + "\n" + unsubscribe + "\n";

        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(new InternetAddress(properties.from(), text("notices.mail.sender", locale, discreet), "UTF-8"));
            helper.setTo(address);
            helper.setSubject(words.get("subject"));
            helper.setText(plain, html);
            // RFC 8058: a mail program may offer "unsubscribe" and post to this address in one click.
            message.addHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.addHeader("Auto-Submitted", "auto-generated");
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("notice could not be written", e);
        }
        mail.send(message);
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
