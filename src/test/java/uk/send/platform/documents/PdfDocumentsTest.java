package uk.send.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** Every PDF the platform hands out is a real PDF, titled, A4 unless its page says otherwise, with text to select. */
class PdfDocumentsTest {

    private static final String LETTER = """
            <!DOCTYPE html>
            <html lang="en" xmlns:th="http://www.thymeleaf.org">
            <head><title th:text="${title}">Letter</title></head>
            <body><h1 th:text="${title}">Title</h1><p th:text="${body}">Body</p><p th:text="${missing}">gone</p></body>
            </html>
            """;

    /** With Thymeleaf's string resolver the template name is the template itself. */
    private final PdfDocuments documents = new PdfDocuments(new SpringTemplateEngine());

    @Test
    void a_template_renders_to_a_pdf_whose_title_and_text_are_the_model_s() throws Exception {
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("title", "Decision not to assess");
        model.put("body", "Mediation is available within 2 months.");
        model.put("missing", null);

        byte[] pdf = documents.render(LETTER, model);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Decision not to assess");
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("SEND Platform");
            assertThat(new PDFTextStripper().getText(document)).contains("Mediation is available within 2 months.");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(),
                    org.assertj.core.data.Offset.offset(1f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(),
                    org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void a_page_that_sets_its_own_size_keeps_it() throws Exception {
        byte[] pdf = documents.fromXhtml("<html><head><title>Wide</title><style>@page { size: A4 landscape; }</style>"
                + "</head><body><p>Across</p></body></html>");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(
                    document.getPage(0).getMediaBox().getHeight());
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Wide");
        }
    }
}
