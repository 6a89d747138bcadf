package app.kintsugi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One real SMTP server (GreenMail) for the whole test JVM, started before the application and
 * reached through the standard {@code spring.mail.*} settings, exactly as a real server would be.
 */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    static Map<String, String> properties() {
        return Map.of("spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(server().getSmtp().getPort()));
    }

    /** Every mail received for this address so far, oldest first. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Everything a reader sees of a mail: sender, subject, plain text and HTML. */
    public static String everything(MimeMessage mail) {
        try {
            return mail.getFrom()[0] + "\n" + mail.getSubject() + "\n" + textOf(mail, "text/plain") + "\n" + textOf(mail, "text/html");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of a mail. */
    public static String plainText(MimeMessage mail) {
        try {
            return textOf(mail, "text/plain");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String textOf(jakarta.mail.Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        StringBuilder out = new StringBuilder();
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                out.append(textOf(multipart.getBodyPart(i), type));
            }
        }
        return out.toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
