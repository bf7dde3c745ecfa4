package uk.send.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** Exports open in a spreadsheet as the page shows them, and a cell can never run as a formula there. */
class SpreadsheetsTest {

    private static final TableFile FIGURES = new TableFile("Figures: March/April [draft]",
            List.of("Service", "Due", "Within 6 weeks (%)", "Requested"),
            List.of(Arrays.asList("Speech, language \"and\" communication", 12, new BigDecimal("33.3"),
                            LocalDate.of(2024, 3, 4)),
                    Arrays.asList("Line one\nline two", 0, null, null)));

    @Test
    void a_csv_is_utf8_with_a_byte_order_mark_quotes_what_needs_quoting_and_writes_dates_as_iso_text() {
        byte[] csv = Spreadsheets.csv(FIGURES);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).isEqualTo("""
                Service,Due,Within 6 weeks (%),Requested\r
                "Speech, language ""and"" communication",12,33.3,2024-03-04\r
                "Line one
                line two",0,,\r
                """);
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_written_with_an_apostrophe_but_numbers_are_left_alone() {
        TableFile table = TableFile.of("Names", List.of("Name"), List.of(List.of("=HYPERLINK(\"http://x\")"),
                List.of("+1+cmd|' /C calc'!A0"), List.of("-2+3"), List.of("@SUM(A1)"), List.of("\tTab"),
                List.of("-3"), List.of("+4.5"), List.of("-1,234"), List.of("12%"), List.of("Ordinary, text")));

        String csv = new String(Spreadsheets.csv(table), StandardCharsets.UTF_8).substring(1);

        assertThat(csv.split("\r\n")).containsExactly("Name", "\"'=HYPERLINK(\"\"http://x\"\")\"",
                "'+1+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1)", "'\tTab", "-3", "+4.5", "\"-1,234\"", "12%",
                "\"Ordinary, text\"");
    }

    @Test
    void a_workbook_writes_formula_like_text_as_guarded_text_cells_and_never_as_a_formula() throws IOException {
        TableFile table = TableFile.of("Names", List.of("=Name"), List.of(List.of("=HYPERLINK(\"http://x\")"),
                List.of("@SUM(A1)"), List.of("-3")));

        Map<String, String> parts = unzip(Spreadsheets.xlsx(List.of(table)));

        assertThat(parts.get("xl/worksheets/sheet1.xml")).doesNotContain("<f>").doesNotContain("<f ");
        assertThat(parts.get("xl/sharedStrings.xml")).contains("&apos;=HYPERLINK(&quot;http://x&quot;)")
                .contains("&apos;@SUM(A1)").contains("&apos;=Name").contains(">-3<")
                .doesNotContain(">=HYPERLINK");
    }

    @Test
    void a_workbook_has_a_sheet_per_table_a_bold_header_column_widths_numbers_as_numbers_and_dates_as_dates()
            throws IOException {
        TableFile second = TableFile.of("Figures: March/April [draft]", List.of("Reference"), List.of(List.of("A-1")));

        Map<String, String> parts = unzip(Spreadsheets.xlsx(List.of(FIGURES, second)));

        assertThat(parts).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml",
                "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");
        assertThat(parts.get("xl/workbook.xml")).contains("name=\"Figures  March April  draft \"")
                .contains("name=\"Figures  March April  draft (2)\"");
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<col min=\"1\" max=\"1\" width=\"38.0\"")
                .contains("<col min=\"2\" max=\"2\" width=\"8.0\"");
        assertThat(sheet).contains("<c r=\"A1\" s=\"1\" t=\"s\">").contains("<c r=\"B2\" t=\"n\"><v>12</v></c>")
                .contains("<c r=\"C2\" t=\"n\"><v>33.3</v></c>").contains("<c r=\"D2\" s=\"2\" t=\"n\"><v>45355.0</v></c>");
        assertThat(parts.get("xl/styles.xml")).contains("formatCode=\"yyyy-mm-dd\"").contains("<b/>");
        assertThat(parts.get("xl/sharedStrings.xml")).contains("Speech, language &quot;and&quot; communication")
                .contains("Within 6 weeks (%)").contains("A-1");
    }

    @Test
    void downloads_carry_the_content_type_and_the_file_name() {
        ResponseEntity<byte[]> csv = Downloads.csv(FIGURES, "advice-performance-2024-03");
        ResponseEntity<byte[]> xlsx = Downloads.xlsx(List.of(FIGURES), "trend");
        ResponseEntity<byte[]> letter = Downloads.inlinePdf(new byte[] {'%'}, "decision-2024-03-04.pdf");
        ResponseEntity<byte[]> report = Downloads.attachedPdf(new byte[] {'%'}, "report.pdf");

        assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"advice-performance-2024-03.csv\"");
        assertThat(xlsx.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"trend.xlsx\"");
        assertThat(xlsx.getBody()).startsWith('P', 'K');
        assertThat(letter.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/pdf");
        assertThat(letter.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"decision-2024-03-04.pdf\"");
        assertThat(report.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"report.pdf\"");
    }

    /** The workbook's parts by name, read the way a spreadsheet reads them (the zip's central directory). */
    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Path file = Files.createTempFile("table", ".xlsx");
        try {
            Files.write(file, zip);
            Map<String, String> parts = new HashMap<>();
            try (ZipFile workbook = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(workbook.entries())) {
                    parts.put(entry.getName(), new String(workbook.getInputStream(entry).readAllBytes(),
                            StandardCharsets.UTF_8));
                }
            }
            return parts;
        } finally {
            Files.delete(file);
        }
    }
}
