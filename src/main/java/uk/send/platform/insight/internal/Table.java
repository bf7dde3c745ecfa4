package uk.send.platform.insight.internal;

import java.util.List;

/**
 * A table as the dashboard shows it and exports it: the same headers and text in the page, the CSV and the XLSX.
 * name identifies it in the export address.
 */
record Table(String name, String caption, List<String> headers, List<List<String>> rows) {

    Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
