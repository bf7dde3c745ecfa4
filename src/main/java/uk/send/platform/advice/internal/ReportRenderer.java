package uk.send.platform.advice.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders a monthly report to PDF: a Thymeleaf XHTML template laid out by openhtmltopdf. */
@Component
class ReportRenderer {

    private final ITemplateEngine templates;

    ReportRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] pdf(MonthlyReport report) {
        Context context = new Context(java.util.Locale.UK);
        context.setVariable("report", report);
        String html = templates.process("advice/report-pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
