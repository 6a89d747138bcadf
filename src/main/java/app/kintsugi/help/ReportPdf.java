package app.kintsugi.help;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import app.kintsugi.platform.PdfDocuments;

/**
 * Turns a {@link PrepReport} into a PDF, entirely in memory: the Thymeleaf template
 * {@code help/report} (well-formed XHTML) is rendered, then laid out by {@link PdfDocuments}.
 */
@Component
class ReportPdf {

    static final String TEMPLATE = "help/report";

    private final ITemplateEngine templates;
    private final PdfDocuments pdf;

    ReportPdf(ITemplateEngine templates, PdfDocuments pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    /** The document's XHTML, as the PDF renderer reads it. */
    String html(PrepReport report, Locale locale) {
        return templates.process(TEMPLATE, new Context(locale, Map.of("r", report)));
    }

    byte[] render(PrepReport report, Locale locale) {
        return pdf.render(html(report, locale), "session_prep");
    }
}
