package uk.send.platform.insight.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes a dashboard table as CSV (UTF-8 with a byte order mark, so spreadsheets read it) or as an XLSX workbook. */
final class TableExport {

    static final String CSV = "text/csv;charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int SHEET_NAME_LIMIT = 31;

    private TableExport() {
    }

    static void csv(Table table, OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
                printer.printRecord(table.headers());
                for (List<String> row : table.rows()) {
                    printer.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numbers are written as numbers, so the workbook can add them up; everything else as text. */
    static void xlsx(Table table, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "SEND Platform", "1.0");
            String name = table.caption().replaceAll("[\\[\\]*?/\\\\:]", " ");
            Worksheet sheet = workbook.newWorksheet(name.length() > SHEET_NAME_LIMIT ? name.substring(0, SHEET_NAME_LIMIT) : name);
            for (int c = 0; c < table.headers().size(); c++) {
                sheet.value(0, c, table.headers().get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<String> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    write(sheet, r + 1, c, row.get(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Worksheet sheet, int row, int column, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String plain = text.replace(",", "");
        if (plain.matches("-?\\d+(\\.\\d+)?")) {
            sheet.value(row, column, new BigDecimal(plain));
        } else {
            sheet.value(row, column, text);
        }
    }
}
