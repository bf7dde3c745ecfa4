package uk.send.platform.insight.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import uk.send.platform.documents.TableFile;

/**
 * A table as the dashboard shows it and exports it: the same headers and text in the page, the CSV and the XLSX.
 * name identifies it in the export address.
 */
record Table(String name, String caption, List<String> headers, List<List<String>> rows) {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The table to export as the page shows it, its caption naming it (CSV). */
    TableFile asShown() {
        return TableFile.of(caption, headers, rows);
    }

    /** The table to export with figures shown as "1,234" as numbers, so a workbook can add them up (XLSX). */
    TableFile withNumbers() {
        return TableFile.of(caption, headers, rows.stream().map(row -> row.stream().map(Table::cell).toList()).toList());
    }

    private static Object cell(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String plain = text.replace(",", "");
        return NUMBER.matcher(plain).matches() ? new BigDecimal(plain) : text;
    }
}
