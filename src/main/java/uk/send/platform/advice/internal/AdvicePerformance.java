package uk.send.platform.advice.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.AccessLog;
import uk.send.platform.children.Children;
import uk.send.platform.access.Actions;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.access.Scope;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;

/**
 * Provider performance per service and month (IP8: "performance report to all statutory advice providers ...
 * highlighting timeliness of submission and number of CYP this impacts on"). The dashboard counts the measure advice-within-6-weeks (decision 0071).
 * Readers with dashboard.read see every service; an advice provider sees only their own.
 */
@Service
class AdvicePerformance {

    static final String ALL_SERVICES = "All services";
    static final String ALL_CODE = "all";
    static final String LISTED = "ADVICE_PERFORMANCE_RECORDS";

    private final PerformanceQueries queries;
    private final PartnerServices services;
    private final AccessControl access;
    private final AdviceClock clock;
    private final AccessLog accessLog;

    AdvicePerformance(PerformanceQueries queries, PartnerServices services, AccessControl access, AdviceClock clock,
            AccessLog accessLog) {
        this.queries = queries;
        this.services = services;
        this.access = access;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /** The services the signed-in user may see figures for. */
    List<PartnerService> visibleServices() {
        CurrentUser user = access.requireUser();
        if (user.may(Actions.DASHBOARD_READ, Scope.ALL)) {
            return services.all();
        }
        if (user.may(Actions.ADVICE_RESPOND, Scope.SERVICE)) {
            return services.byMemberService(user.service()).map(List::of).orElse(List.of());
        }
        throw new AccessDeniedException("Advice performance is for dashboard readers and advice providers");
    }

    boolean seesEveryService() {
        return access.requireUser().may(Actions.DASHBOARD_READ, Scope.ALL);
    }

    /** One row per visible service with requests due in the month, then (for dashboard readers) all services. */
    @Transactional(readOnly = true)
    public List<ServiceMonth> month(YearMonth month) {
        List<PartnerService> visible = visibleServices();
        return month(month, visible, seesEveryService(), clock.today());
    }

    List<ServiceMonth> month(YearMonth month, List<PartnerService> visible, boolean withTotal, LocalDate asOf) {
        List<PerformanceRecord> records = queries.dueBetween(month.atDay(1), month.atEndOfMonth(), null);
        Map<Long, List<PerformanceRecord>> byService = records.stream().filter(r -> r.serviceId() != null)
                .collect(Collectors.groupingBy(PerformanceRecord::serviceId));
        List<ServiceMonth> rows = new ArrayList<>();
        for (PartnerService s : visible) {
            List<PerformanceRecord> own = byService.getOrDefault(s.id(), List.of());
            if (!own.isEmpty() || s.active()) {
                rows.add(ServiceMonth.of(s.code(), s.name(), month, asOf, own));
            }
        }
        if (withTotal) {
            rows.add(ServiceMonth.of(ALL_CODE, ALL_SERVICES, month, asOf, records));
        }
        return rows;
    }

    /**
     * The requests behind a service's figures for the month: record-level data (each line one child's request, by
     * reference), so only for the service's own advice providers and for casework staff who read cases (decision
     * 0051; a board member sees the figures, not the requests). Each child behind a listed request is logged as read.
     */
    @Transactional
    public List<PerformanceRecord> records(YearMonth month, String serviceCode) {
        PartnerService service = visibleServices().stream().filter(s -> s.code().equals(serviceCode)).findFirst()
                .orElseThrow(() -> new uk.send.platform.kernel.RecordNotFound("Service " + serviceCode));
        requireRecordLevel(service);
        List<PerformanceRecord> records = queries.dueBetween(month.atDay(1), month.atEndOfMonth(), service.id());
        records.stream().map(PerformanceRecord::childId).filter(java.util.Objects::nonNull).distinct()
                .forEach(child -> accessLog.record(Children.RECORD_TYPE, child, LISTED));
        return records;
    }

    /** Whether the signed-in user may see the requests (not only the figures) of a service. */
    boolean mayListRecords(PartnerService service) {
        CurrentUser user = access.requireUser();
        boolean ownService = user.may(Actions.ADVICE_RESPOND, Scope.SERVICE) && service.code() != null
                && services.byMemberService(user.service()).map(s -> s.id() == service.id()).orElse(false);
        return ownService || user.scopeFor(Actions.CASES_READ).isPresent();
    }

    void requireRecordLevel(PartnerService service) {
        if (!mayListRecords(service)) {
            throw new AccessDeniedException("The requests behind the figures are for the service's own providers "
                    + "and for casework staff");
        }
    }

    /** A service's figures for the month, as of a day: the monthly report, generated without a signed-in user. */
    ServiceMonth forReport(PartnerService service, YearMonth month, LocalDate asOf) {
        return ServiceMonth.of(service.code(), service.name(), month, asOf,
                queries.dueBetween(month.atDay(1), month.atEndOfMonth(), service.id()));
    }

    List<PerformanceRecord> recordsForReport(PartnerService service, YearMonth month) {
        return queries.dueBetween(month.atDay(1), month.atEndOfMonth(), service.id());
    }
}
