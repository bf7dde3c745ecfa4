package uk.send.platform.documents;

import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Responses that deliver a document: its content type and a Content-Disposition with its file name. */
public final class Downloads {

    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    public static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    /** A PDF the browser shows (Content-Disposition inline). */
    public static ResponseEntity<byte[]> inlinePdf(byte[] pdf, String fileName) {
        return response(pdf, MediaType.APPLICATION_PDF, ContentDisposition.inline(), fileName);
    }

    /** A PDF the browser saves (Content-Disposition attachment). */
    public static ResponseEntity<byte[]> attachedPdf(byte[] pdf, String fileName) {
        return attachment(pdf, MediaType.APPLICATION_PDF, fileName);
    }

    /** A file the browser saves (Content-Disposition attachment). */
    public static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String fileName) {
        return response(body, type, ContentDisposition.attachment(), fileName);
    }

    /** The table as CSV, saved as {@code baseName.csv}. */
    public static ResponseEntity<byte[]> csv(TableFile table, String baseName) {
        return attachment(Spreadsheets.csv(table), CSV, baseName + ".csv");
    }

    /** The tables as one workbook, saved as {@code baseName.xlsx}. */
    public static ResponseEntity<byte[]> xlsx(List<TableFile> sheets, String baseName) {
        return attachment(Spreadsheets.xlsx(sheets), XLSX, baseName + ".xlsx");
    }

    private static ResponseEntity<byte[]> response(byte[] body, MediaType type, ContentDisposition.Builder disposition,
            String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(fileName).build().toString())
                .body(body);
    }
}
