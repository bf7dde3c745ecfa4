package uk.send.platform.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import uk.send.platform.documents.TableFile;

/**
 * Tables as an XLSX workbook (fastexcel): a worksheet each, bold header, widths to fit, numbers and dates typed. Text
 * is written as text cells (never formulas) and guarded as in CSV, so it stays inert when copied or saved as CSV.
 */
public final class XlsxWorkbook {

    static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final int SHEET_NAME_LIMIT = 31;
    private static final int NARROWEST = 8;
    private static final int WIDEST = 60;
    private static final int DATE_WIDTH = 11;

    private XlsxWorkbook() {
    }

    public static byte[] write(List<TableFile> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "SEND Platform", "1.0");
            Set<String> names = new HashSet<>();
            for (TableFile table : tables) {
                sheet(workbook.newWorksheet(sheetName(table.title(), names)), table);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(Worksheet sheet, TableFile table) {
        int[] widths = new int[table.headers().size()];
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.value(0, c, FormulaGuard.guarded(table.headers().get(c)).toString());
            sheet.style(0, c).bold().set();
            widths[c] = table.headers().get(c).length();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                int width = cell(sheet, r + 1, c, row.get(c));
                if (c < widths.length) {
                    widths[c] = Math.max(widths[c], width);
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, Math.min(WIDEST, Math.max(NARROWEST, widths[c] + 2)));
        }
    }

    /** Writes one cell and says how many characters wide it reads. */
    private static int cell(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof BigDecimal decimal) {
            sheet.value(row, column, decimal.doubleValue());
        } else if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else if (value instanceof LocalDate date) {
            sheet.value(row, column, date);
            sheet.style(row, column).format(DATE_FORMAT).set();
            return DATE_WIDTH;
        } else if (value != null) {
            sheet.value(row, column, FormulaGuard.guarded(value.toString()).toString());
        }
        return value == null ? 0 : value.toString().length();
    }

    /** Excel's rules: at most 31 characters, none of []*?/\: and unique in the workbook. */
    static String sheetName(String title, Set<String> taken) {
        String name = title == null || title.isBlank() ? "Sheet" : title.replaceAll("[\\[\\]*?/\\\\:]", " ");
        name = name.length() > SHEET_NAME_LIMIT ? name.substring(0, SHEET_NAME_LIMIT) : name;
        String unique = name;
        for (int n = 2; !taken.add(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            unique = name.substring(0, Math.min(name.length(), SHEET_NAME_LIMIT - suffix.length())) + suffix;
        }
        return unique;
    }
}
