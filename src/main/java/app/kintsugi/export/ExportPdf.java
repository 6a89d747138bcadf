package app.kintsugi.export;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import app.kintsugi.platform.PdfDocuments;

/**
 * The export as a readable PDF, made in memory the way the session-prep report is: the Thymeleaf
 * template {@code export/document} (well-formed XHTML), laid out by {@link PdfDocuments}.
 */
@Component
class ExportPdf {

    static final String TEMPLATE = "export/document";

    private final ITemplateEngine templates;
    private final PdfDocuments pdf;

    ExportPdf(ITemplateEngine templates, PdfDocuments pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    /** The document's XHTML, as the PDF renderer reads it. */
    String html(ExportDocument document, Locale locale) {
        return templates.process(TEMPLATE, new Context(locale, Map.of("d", document)));
    }

    byte[] render(ExportDocument document, Locale locale) {
        return pdf.render(html(document, locale), "export");
    }
}
