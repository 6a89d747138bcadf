package app.kintsugi.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Lays out well-formed XHTML as a tagged PDF on A4, entirely in memory, for every PDF Kintsugi makes
 * (the session-prep report, a person's export). The fonts are embedded (Noto Sans for Latin, Greek
 * and Cyrillic, Noto Emoji for emoji), so what people wrote prints in any of those scripts; the PDF's
 * built-in fonts would drop most of it. The renderer may load nothing from anywhere, even if a
 * template ever gained a link. Its own log is off, because its messages can quote the document: only
 * the kind of a problem is logged.
 */
@Component
public class PdfDocuments {

    private static final String FAMILY = "Noto Sans";
    private static final String EMOJI = "Noto Emoji";
    private static final Logger log = LoggerFactory.getLogger(PdfDocuments.class);

    private final byte[] regular;
    private final byte[] bold;
    private final byte[] emoji;

    PdfDocuments() {
        XRLog.setLoggingEnabled(false);
        this.regular = font("NotoSans-Regular.ttf");
        this.bold = font("NotoSans-Bold.ttf");
        this.emoji = font("NotoEmoji-Regular.ttf");
    }

    /**
     * @param html    the document, well-formed XHTML
     * @param purpose a word for the logs, such as {@code session_prep}
     */
    public byte[] render(String html, String purpose) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(emoji), EMOJI, 400, FontStyle.NORMAL, true);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withDiagnosticConsumer(d -> {
                if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                    log.warn("event=pdf_render_problem purpose={} kind={}", purpose, d.getLogMessageId());
                }
            });
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfDocuments.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: fonts/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
