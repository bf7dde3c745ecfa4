package uk.send.platform.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table to export: a title (the worksheet's name in a workbook), a header row and the rows beneath it. A cell is
 * text, a number, a {@link java.time.LocalDate} or null (empty); a CSV writes each as text (dates as yyyy-mm-dd), a
 * workbook keeps numbers as numbers and dates as dates.
 */
public record TableFile(String title, List<String> headers, List<List<Object>> rows) {

    public TableFile {
        headers = List.copyOf(headers);
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<Object>(row))).toList();
    }

    /** Rows of any cell type, e.g. {@code List<List<String>>}. */
    public static TableFile of(String title, List<String> headers, List<? extends List<?>> rows) {
        return new TableFile(title, headers, rows.stream().<List<Object>>map(ArrayList::new).toList());
    }
}
