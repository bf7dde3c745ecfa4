package uk.send.platform.advice.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.send.platform.documents.PdfDocuments;

/** A monthly report as PDF: the {@code advice/report-pdf} template, laid out by the documents module. */
@Component
class ReportRenderer {

    static final String TEMPLATE = "advice/report-pdf";

    private final PdfDocuments documents;

    ReportRenderer(PdfDocuments documents) {
        this.documents = documents;
    }

    byte[] pdf(MonthlyReport report) {
        return documents.render(TEMPLATE, Map.of("report", report));
    }
}
