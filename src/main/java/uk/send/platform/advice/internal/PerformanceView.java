package uk.send.platform.advice.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The requests behind a month's figures, as lines for the drill-down page and the workbook. */
@Component
class PerformanceView {

    private final AdvicePerformance performance;
    private final PartnerServices services;
    private final AdviceClock clock;

    PerformanceView(AdvicePerformance performance, PartnerServices services, AdviceClock clock) {
        this.performance = performance;
        this.services = services;
        this.clock = clock;
    }

    /** The requests due in the month of every visible service whose requests the user may list. */
    List<PerformanceExport.RecordLine> lines(YearMonth month) {
        Map<Long, String> names = names();
        return performance.visibleServices().stream().filter(performance::mayListRecords)
                .flatMap(s -> performance.records(month, s.code()).stream())
                .map(r -> line(r, names.get(r.serviceId())))
                .toList();
    }

    List<PerformanceExport.RecordLine> lines(YearMonth month, String serviceCode) {
        Map<Long, String> names = names();
        return performance.records(month, serviceCode).stream().map(r -> line(r, names.get(r.serviceId()))).toList();
    }

    private Map<Long, String> names() {
        return services.all().stream().collect(Collectors.toMap(PartnerService::id, PartnerService::name));
    }

    private PerformanceExport.RecordLine line(PerformanceRecord r, String service) {
        var asOf = clock.today();
        boolean returned = r.receivedOn() != null && !r.receivedOn().isAfter(asOf);
        String reason = r.lateReason() != null ? r.lateReason().shortText() : null;
        return new PerformanceExport.RecordLine(r.requestId(), AdviceRequest.reference(r.requestId()), service, r.kind().label(),
                r.requestedOn(), r.dueOn(), returned ? r.receivedOn() : null, r.daysLate(asOf), reason,
                r.planDelayed(asOf));
    }
}
