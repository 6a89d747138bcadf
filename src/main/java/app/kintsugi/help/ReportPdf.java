package app.kintsugi.help;

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
 * Turns a {@link PrepReport} into a PDF, entirely in memory: the Thymeleaf template
 * {@code help/report} (well-formed XHTML) is rendered, then laid out by openhtmltopdf on A4. The
 * fonts are embedded (Noto Sans for Latin, Greek and Cyrillic, Noto Emoji for emoji), so what
 * people wrote prints in any of those scripts; the PDF's built-in fonts would drop most of it. The
 * renderer may load nothing from anywhere: the template has no links, and text people wrote is
 * escaped, but this holds even if that ever changed. The renderer's own log is off: its messages
 * can quote the document, so only the kind of a problem is logged.
 */
@Component
class ReportPdf {

    static final String TEMPLATE = "help/report";
    private static final String FAMILY = "Noto Sans";
    private static final String EMOJI = "Noto Emoji";
    private static final Logger log = LoggerFactory.getLogger(ReportPdf.class);

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;
    private final byte[] emoji;

    ReportPdf(ITemplateEngine templates) {
        XRLog.setLoggingEnabled(false);
        this.templates = templates;
        this.regular = font("NotoSans-Regular.ttf");
        this.bold = font("NotoSans-Bold.ttf");
        this.emoji = font("NotoEmoji-Regular.ttf");
    }

    /** The report's XHTML, as the PDF renderer reads it. */
    String html(PrepReport report, Locale locale) {
        return templates.process(TEMPLATE, new Context(locale, Map.of("r", report)));
    }

    byte[] render(PrepReport report, Locale locale) {
        String html = html(report, locale);
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
                    log.warn("event=session_prep_render_problem kind={}", d.getLogMessageId());
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
        try (InputStream in = ReportPdf.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: fonts/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
