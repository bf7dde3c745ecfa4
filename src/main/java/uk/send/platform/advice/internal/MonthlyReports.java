package uk.send.platform.advice.internal;

import uk.send.platform.kernel.LocalArea;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.AccessLog;
import uk.send.platform.notifications.NewNotification;
import uk.send.platform.notifications.Notifications;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;
import uk.send.platform.kernel.RecordNotFound;

/**
 * The monthly advice timeliness report each partner service receives (IP8: "performance report to all statutory
 * advice providers ... highlighting timeliness of submission and number of CYP this impacts on"). Generated for
 * the previous month on the 1st of each month, and on demand; stored, and the service's contact told it is ready.
 */
@Service
class MonthlyReports {

    static final String TEMPLATE = "advice-report";
    static final int TREND_MONTHS = 6;
    private static final Logger log = LoggerFactory.getLogger(MonthlyReports.class);

    private final AdvicePerformance performance;
    private final ReportRenderer renderer;
    private final ReportArchive archive;
    private final PartnerServices services;
    private final Notifications notifications;
    private final AccessControl access;
    private final AccessLog accessLog;
    private final TransactionTemplate transactions;
    private final AdviceClock clock;
    private final String localArea;
    private final String baseUrl;

    MonthlyReports(AdvicePerformance performance, ReportRenderer renderer, ReportArchive archive,
            PartnerServices services, Notifications notifications, AccessControl access, AccessLog accessLog,
            TransactionTemplate transactions, AdviceClock clock,
            LocalArea localArea,
            @Value("${send.base-url:http://localhost:8080}") String baseUrl) {
        this.performance = performance;
        this.renderer = renderer;
        this.archive = archive;
        this.services = services;
        this.notifications = notifications;
        this.access = access;
        this.accessLog = accessLog;
        this.transactions = transactions;
        this.clock = clock;
        this.localArea = localArea.name();
        this.baseUrl = baseUrl;
    }

    /** On demand, by a dashboard reader or a provider of the service: generates (again) and stores the report. */
    @Transactional
    public StoredReport generate(String serviceCode, YearMonth month) {
        PartnerService service = performance.visibleServices().stream().filter(s -> s.code().equals(serviceCode))
                .findFirst().orElseThrow(() -> InvalidInput.of("service", "Choose a service"));
        if (month == null || month.isAfter(YearMonth.from(clock.today()))) {
            throw InvalidInput.of("month", "Choose this month or an earlier one");
        }
        long id = store(service, month, access.requireUser().username());
        return archive.find(id).orElseThrow();
    }

    /** On the 1st of each month: last month's report for every active service that has none yet. */
    @Scheduled(cron = "${send.advice.reports.cron:0 0 6 1 * *}", zone = "Europe/London")
    void generateLastMonth() {
        int generated = generateMissing(YearMonth.from(clock.today()).minusMonths(1));
        log.info("Monthly advice reports generated: {}", generated);
    }

    /** Every active service's report for the month, where none is stored; each in its own transaction. */
    int generateMissing(YearMonth month) {
        int generated = 0;
        for (PartnerService service : services.active()) {
            Boolean done = transactions.execute(tx -> {
                if (archive.exists(service.id(), month)) {
                    return false;
                }
                long id = store(service, month, "scheduled");
                tellService(service, month, id);
                return true;
            });
            generated += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return generated;
    }

    Paged<StoredReport> list(int page, int size) {
        Paged.check(page, size);
        return archive.list(performance.visibleServices().stream().map(PartnerService::id).toList(), page, size);
    }

    /** A stored report for someone who may see its service's figures. */
    StoredReport find(long id) {
        List<Long> visible = performance.visibleServices().stream().map(PartnerService::id).toList();
        return archive.find(id).filter(r -> visible.contains(r.serviceId()))
                .orElseThrow(() -> new RecordNotFound("Report " + id));
    }

    /** The stored PDF lists late requests one by one: record-level, so checked and logged as such. */
    byte[] pdf(long id) {
        StoredReport report = find(id);
        services.all().stream().filter(s -> s.id() == report.serviceId()).findFirst()
                .ifPresent(performance::requireRecordLevel);
        accessLog.record("ADVICE_REPORT", String.valueOf(id), "READ");
        return archive.pdf(id);
    }

    /** Renders the report as it stands today, without storing it. */
    byte[] render(PartnerService service, YearMonth month) {
        return renderer.pdf(report(service, month, clock.today()));
    }

    private long store(PartnerService service, YearMonth month, String by) {
        return archive.store(service.id(), month, render(service, month), by, clock.clock().instant());
    }

    MonthlyReport report(PartnerService service, YearMonth month, LocalDate asOf) {
        ServiceMonth figures = performance.forReport(service, month, asOf);
        List<ServiceMonth> trend = java.util.stream.IntStream.rangeClosed(0, TREND_MONTHS - 1)
                .mapToObj(i -> month.minusMonths(TREND_MONTHS - 1 - i))
                .map(m -> m.equals(month) ? figures : performance.forReport(service, m, asOf)).toList();
        List<MonthlyReport.LateLine> late = performance.recordsForReport(service, month).stream()
                .filter(r -> r.late(asOf))
                .map(r -> {
                    boolean returned = r.outcome(asOf) == PerformanceRecord.Outcome.RETURNED_LATE;
                    LateReason reason = !returned ? null : r.lateReason() == null ? LateReason.NONE : r.lateReason();
                    return new MonthlyReport.LateLine(AdviceRequest.reference(r.requestId()), r.requestedOn(),
                            r.dueOn(), returned ? r.receivedOn() : null, r.daysLate(asOf), reason, r.planDelayed(asOf));
                })
                .toList();
        return new MonthlyReport(localArea, service, figures, trend, late, asOf);
    }

    private void tellService(PartnerService service, YearMonth month, long id) {
        if (service.contactEmail() == null || service.contactEmail().isBlank()) {
            return;
        }
        String link = baseUrl + "/advice/reports/" + id;
        notifications.queue(new NewNotification(service.contactEmail(), TEMPLATE,
                "Advice timeliness report for " + service.name() + ": " + Dates.format(month),
                "Your service's advice timeliness report for " + Dates.format(month) + " is ready. It shows the advice "
                        + "requests due that month, how many came back within 6 weeks (SEND Regulations 2014, "
                        + "regulation 8(1)), and how many children were affected by late advice.\n\nSign in to read it: "
                        + link,
                Map.of("service", service.name(), "month", Dates.format(month), "link", link),
                "advice-report:" + service.id() + ":" + month));
    }
}
