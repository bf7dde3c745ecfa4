package uk.send.platform.advice.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import uk.send.platform.documents.TableFile;

/** A month's figures per service, and the requests behind them, as the tables the CSV and XLSX exports write. */
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

    static TableFile figures(List<ServiceMonth> rows) {
        return TableFile.of("Figures", HEADERS, rows.stream().map(PerformanceExport::values).toList());
    }

    static TableFile requests(List<RecordLine> records) {
        return TableFile.of("Requests", RECORD_HEADERS, records.stream().map(RecordLine::values).toList());
    }

    /** A request behind the figures, by reference only. */
    record RecordLine(String requestId, String reference, String service, String kind, LocalDate requestedOn,
            LocalDate dueOn, LocalDate receivedOn, long daysLate, String reason, boolean planDelayed) {

        List<Object> values() {
            return Arrays.asList(reference, service, kind, requestedOn, dueOn, receivedOn, daysLate, reason,
                    planDelayed ? "Yes" : "No");
        }
    }

    private static List<Object> values(ServiceMonth m) {
        return Arrays.asList(m.month().toString(), m.serviceName(), m.due(), m.onTime(), m.returnedLate(),
                m.overdue(), m.notYetDue(), m.late(), m.lateExcused(), m.withinSixWeeksPercent(), m.averageDaysLate(),
                m.childrenAffected(), m.plansDelayed(), m.asOf());
    }

    /** Each figure's name and what it counts, so the month's figures are not read as the dashboard's measure. */
    static TableFile definitions() {
        return TableFile.of("Definitions", DEFINITION_HEADERS, Arrays.stream(TimelinessFigure.values())
                .map(f -> List.<Object>of(f.label(), f.key(), f.definition())).toList());
    }
}
