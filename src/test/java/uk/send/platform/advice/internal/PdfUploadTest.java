package uk.send.platform.advice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.send.platform.kernel.InvalidInput;

class PdfUploadTest {

    static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void a_pdf_keeps_a_safe_file_name_without_any_path() {
        assertThat(PdfUpload.check("C:\\Users\\me\\Clinic letter (final).pdf", "application/pdf", PDF))
                .isEqualTo("Clinic letter (final).pdf");
        assertThat(PdfUpload.check("../../etc/passwd", "application/pdf", PDF)).isEqualTo("passwd.pdf");
        assertThat(PdfUpload.check(null, "application/pdf; charset=binary", PDF)).isEqualTo("attachment.pdf");
    }

    @Test
    void anything_but_a_pdf_under_ten_megabytes_is_refused_with_a_clear_message() {
        assertRefused("report.docx", "application/msword", PDF, "The selected file must be a PDF");
        assertRefused("report.pdf", "application/pdf", "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1),
                "The selected file is not a PDF: save or export it as a PDF and try again");
        assertRefused("empty.pdf", "application/pdf", new byte[0],
                "Choose a PDF file to attach; the selected file is empty");
        byte[] big = new byte[(int) PdfUpload.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertRefused("big.pdf", "application/pdf", big, "The file must be smaller than 10 MB");
    }

    private static void assertRefused(String name, String type, byte[] content, String message) {
        assertThatThrownBy(() -> PdfUpload.check(name, type, content)).isInstanceOf(InvalidInput.class)
                .hasMessage(message);
    }
}
