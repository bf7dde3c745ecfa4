package uk.send.platform.documents;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.send.platform.documents.internal.XhtmlPdf;

/**
 * Renders a Thymeleaf template, or a finished XHTML string, to PDF. Templates are written as well-formed XHTML (no
 * void elements) because the PDF renderer parses them as XML; their {@code <title>} becomes the document title, their
 * {@code @page} rules set margins and page numbers, and a page without a size is A4. Text stays selectable.
 */
@Component
public class PdfDocuments {

    private final ITemplateEngine templates;

    public PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The template (a name under {@code templates/}) filled in with the model, in British English, as PDF bytes. */
    public byte[] render(String template, Map<String, ?> model) {
        return fromXhtml(templates.process(template, new Context(Locale.UK, new HashMap<String, Object>(model))));
    }

    /** A finished XHTML document as PDF bytes. */
    public byte[] fromXhtml(String xhtml) {
        return XhtmlPdf.render(xhtml);
    }
}
