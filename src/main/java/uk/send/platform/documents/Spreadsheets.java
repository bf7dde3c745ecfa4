package uk.send.platform.documents;

import java.util.List;
import uk.send.platform.documents.internal.CsvTable;
import uk.send.platform.documents.internal.XlsxWorkbook;

/** Writes tables as CSV or as an XLSX workbook, the same way for every export. */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /**
     * UTF-8 with a byte order mark (so spreadsheets read it as UTF-8), the header then the rows. Text that a
     * spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return, and not a number) is written
     * with a leading apostrophe.
     */
    public static byte[] csv(TableFile table) {
        return CsvTable.write(table);
    }

    /** One worksheet per table, in order, each with a bold header row and columns wide enough to read. */
    public static byte[] xlsx(List<TableFile> sheets) {
        return XlsxWorkbook.write(sheets);
    }
}
