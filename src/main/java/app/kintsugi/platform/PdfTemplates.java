package app.kintsugi.platform;

import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A PDF made from a Thymeleaf template, entirely in memory: the template (well-formed XHTML) is
 * rendered in the reader's language with the one object it shows, then laid out by
 * {@link PdfDocuments}. The session-prep report and a person's export are both made this way.
 */
@Component
@RequiredArgsConstructor
public class PdfTemplates {

    private final ITemplateEngine templates;
    private final PdfDocuments pdf;

    /**
     * @param template the template's name, such as {@code help/report}
     * @param name     the name the template knows the document by
     * @param document what the template shows
     * @param purpose  a word for the logs, such as {@code session_prep}
     */
    public byte[] render(String template, String name, Object document, Locale locale, String purpose) {
        return pdf.render(templates.process(template, new Context(locale, Map.of(name, document))), purpose);
    }
}
