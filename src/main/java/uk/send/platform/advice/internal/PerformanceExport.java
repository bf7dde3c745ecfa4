package uk.send.platform.advice.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A month's figures per service as CSV or as an XLSX workbook (figures, and the requests behind them). */
final class PerformanceExport {

    /** The figures per service count the requests due in the month (TimelinessFigure.DUE_IN_MONTH), and say so. */
    static final List<String> HEADERS = List.of("Month", "Service", "Advice due", "Advice due: returned within 6 weeks",
            "Advice due: returned late", "Advice due: outstanding after due date", "Advice due: not yet due",
            "Advice due: late", "Advice due: late with reg 8(2) exception", "Advice due: within 6 weeks (%)",
            "Average days late", "Children affected", "Children whose plans were delayed", "Figures as at");
    static final List<String> DEFINITION_HEADERS = List.of("Figure", "Key", "What it counts");
    static final List<String> RECORD_HEADERS = List.of("Reference", "Service", "Kind", "Requested", "Due", "Returned",
            "Days late", "Reg 8(2) reason", "Plan delayed");

    private PerformanceExport() {
    }

    static byte[] csv(List<ServiceMonth> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(HEADERS.toArray(String[]::new)).get())) {
            for (ServiceMonth m : rows) {
                csv.printRecord(values(m));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(List<ServiceMonth> rows, List<RecordLine> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "SEND Platform", "1.0");
            Worksheet figures = workbook.newWorksheet("Figures");
            header(figures, HEADERS);
            for (int r = 0; r < rows.size(); r++) {
                List<Object> values = values(rows.get(r));
                for (int c = 0; c < values.size(); c++) {
                    write(figures, r + 1, c, values.get(c));
                }
            }
            Worksheet behind = workbook.newWorksheet("Requests");
            header(behind, RECORD_HEADERS);
            for (int r = 0; r < records.size(); r++) {
                List<Object> values = records.get(r).values();
                for (int c = 0; c < values.size(); c++) {
                    write(behind, r + 1, c, values.get(c));
                }
            }
            definitions(workbook.newWorksheet("Definitions"));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A request behind the figures, by reference only. */
    record RecordLine(String requestId, String reference, String service, String kind, java.time.LocalDate requestedOn,
            java.time.LocalDate dueOn, java.time.LocalDate receivedOn, long daysLate, String reason,
            boolean planDelayed) {

        List<Object> values() {
            return java.util.Arrays.asList(reference, service, kind, text(requestedOn), text(dueOn), text(receivedOn),
                    daysLate, reason, planDelayed ? "Yes" : "No");
        }
    }

    private static List<Object> values(ServiceMonth m) {
        return java.util.Arrays.asList(m.month().toString(), m.serviceName(), m.due(), m.onTime(), m.returnedLate(),
                m.overdue(), m.notYetDue(), m.late(), m.lateExcused(), m.withinSixWeeksPercent(), m.averageDaysLate(),
                m.childrenAffected(), m.plansDelayed(), m.asOf().toString());
    }

    /** Each figure's name and what it counts, so the month's figures are not read as the dashboard's measure. */
    private static void definitions(Worksheet sheet) {
        header(sheet, DEFINITION_HEADERS);
        TimelinessFigure[] figures = TimelinessFigure.values();
        for (int r = 0; r < figures.length; r++) {
            sheet.value(r + 1, 0, figures[r].label());
            sheet.value(r + 1, 1, figures[r].key());
            sheet.value(r + 1, 2, figures[r].definition());
        }
    }

    private static void header(Worksheet sheet, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
        }
    }

    private static void write(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof Number n) {
            sheet.value(row, column, n instanceof BigDecimal b ? b.doubleValue() : n);
        } else if (value != null) {
            sheet.value(row, column, value.toString());
        }
    }

    private static String text(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }
}
