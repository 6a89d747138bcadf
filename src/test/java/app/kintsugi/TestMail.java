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

    public static Map<String, String> properties() {
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

    private static int checked;
    private static java.util.Set<String> allowed;

    /**
     * Every mail received since the last look, checked line by line: once links are taken out, each
     * line of the sender's name, the subject, the plain text and the HTML text must be one of the
     * mail sentences of the message bundles, word for word. Whatever anyone wrote in a test (a
     * question, a name, a commitment) can therefore never be in a mail without failing the suite.
     *
     * @return what is wrong, one line per mail; empty when every mail is as it should be
     */
    public static synchronized List<String> foreignWordsSinceLastLook() {
        MimeMessage[] all = server().getReceivedMessages();
        List<String> problems = new java.util.ArrayList<>();
        for (int i = checked; i < all.length; i++) {
            try {
                String sender = ((jakarta.mail.internet.InternetAddress) all[i].getFrom()[0]).getPersonal();
                String html = textOf(all[i], "text/html").replaceAll("(?s)<head>.*?</head>", "")
                        .replaceAll("<[^>]+>", "\n");
                String text = (sender == null ? "" : sender) + "\n" + all[i].getSubject() + "\n" + textOf(all[i], "text/plain") + "\n"
                        + org.springframework.web.util.HtmlUtils.htmlUnescape(html);
                for (String line : text.split("\n")) {
                    String words = line.replaceAll("https?://\\S+", "").replace("·", "").strip();
                    if (!words.isEmpty() && !allowed().contains(words)) {
                        problems.add("mail " + i + " to " + java.util.Arrays.toString(all[i].getAllRecipients())
                                + " has words no mail may have: " + words);
                    }
                }
            } catch (MessagingException | IOException e) {
                problems.add("mail " + i + " could not be read: " + e);
            }
        }
        checked = all.length;
        return problems;
    }

    /** The sentences a mail may hold: the values of the mail messages in every bundle. */
    private static java.util.Set<String> allowed() {
        if (allowed == null) {
            java.util.Set<String> sentences = new java.util.HashSet<>();
            for (String bundle : List.of("messages.properties", "messages_es.properties")) {
                java.util.Properties messages = new java.util.Properties();
                try (var in = TestMail.class.getClassLoader().getResourceAsStream(bundle)) {
                    messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                messages.forEach((key, value) -> {
                    if (key.toString().startsWith("notices.mail.")) {
                        sentences.add(value.toString().strip());
                    }
                });
            }
            allowed = java.util.Set.copyOf(sentences);
        }
        return allowed;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
