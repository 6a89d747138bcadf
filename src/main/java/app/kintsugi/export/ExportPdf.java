package app.kintsugi.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * The export as a readable PDF, made in memory the way the session-prep report is: the Thymeleaf
 * template {@code export/document} (well-formed XHTML) laid out by openhtmltopdf on A4, with the
 * fonts embedded so what people wrote prints in any Latin, Greek or Cyrillic script and emoji. The
 * renderer may load nothing from anywhere, and its own log stays off (it can quote the document).
 */
@Component
class ExportPdf {

    static final String TEMPLATE = "export/document";
    private static final String FAMILY = "Noto Sans";
    private static final String EMOJI = "Noto Emoji";
    private static final Logger log = LoggerFactory.getLogger(ExportPdf.class);

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;
    private final byte[] emoji;

    ExportPdf(ITemplateEngine templates) {
        XRLog.setLoggingEnabled(false);
        this.templates = templates;
        this.regular = font("NotoSans-Regular.ttf");
        this.bold = font("NotoSans-Bold.ttf");
        this.emoji = font("NotoEmoji-Regular.ttf");
    }

    String html(ExportDocument document, Locale locale) {
        return templates.process(TEMPLATE, new Context(locale, Map.of("d", document)));
    }

    byte[] render(ExportDocument document, Locale locale) {
        String html = html(document, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
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
                    log.warn("event=export_render_problem kind={}", d.getLogMessageId());
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
        try (InputStream in = ExportPdf.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: fonts/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
