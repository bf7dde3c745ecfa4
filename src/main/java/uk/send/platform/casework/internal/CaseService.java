package uk.send.platform.casework.internal;

import uk.send.platform.kernel.LocalArea;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.access.AccessLog;
import uk.send.platform.access.Actions;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.casework.CaseFilter;
import uk.send.platform.casework.CaseReassigned;
import uk.send.platform.casework.CaseSummary;
import uk.send.platform.casework.CaseView;
import uk.send.platform.casework.CaseworkerLoad;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.Cases;
import uk.send.platform.casework.HistoricCase;
import uk.send.platform.casework.NewCase;
import uk.send.platform.casework.NewEvent;
import uk.send.platform.casework.RecordedEvent;
import uk.send.platform.casework.Stage;
import uk.send.platform.children.ChildSummary;
import uk.send.platform.children.Children;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;
import uk.send.platform.kernel.RecordNotFound;

/** The casework module's service: access checks and transactions around the journal, the views and the lists. */
@Service
class CaseService implements Cases {

    static final String RECORD_TYPE = "CASE";

    private final CaseRecords records;
    private final CaseJournal journal;
    private final CaseQueries queries;
    private final CaseAccess access;
    private final NewCaseCheck check;
    private final Children children;
    private final AccessLog accessLog;
    private final StatutoryClock clock;
    private final ApplicationEventPublisher publisher;
    private final String la;

    CaseService(CaseRecords records, CaseJournal journal, CaseQueries queries, CaseAccess access, NewCaseCheck check,
            Children children, AccessLog accessLog, StatutoryClock clock,
            ApplicationEventPublisher publisher,
            LocalArea localArea) {
        this.records = records;
        this.journal = journal;
        this.queries = queries;
        this.access = access;
        this.check = check;
        this.children = children;
        this.accessLog = accessLog;
        this.clock = clock;
        this.publisher = publisher;
        this.la = localArea.code();
    }

    @Override
    @Transactional
    public CaseView open(NewCase request) {
        CurrentUser user = access.requireUser(Actions.CASES_WRITE);
        ChildSummary child = check.child(request.childId());
        check.request(request.requestReceivedOn(), request.requestSource(), clock.today());
        CaseAccess.Assignee assignee = access.assignee(user, request.caseworker());
        CaseHeader header = new CaseHeader(UUID.randomUUID().toString(), child.id(), request.requestReceivedOn(),
                request.requestSource(), assignee.username(), assignee.team(), Stage.REQUEST_RECEIVED, 0,
                clock.clock().instant());
        journal.start(header, child.settingUrn(), child.settingType(), user.username());
        accessLog.record(RECORD_TYPE, header.id(), "CREATE");
        return view(header.id(), child);
    }

    @Override
    @Transactional
    public RecordedEvent record(String caseId, NewEvent event, Integer expectedVersion) {
        access.requireUser(Actions.CASES_WRITE);
        CaseHeader header = records.lock(la, caseId).orElseThrow(() -> new RecordNotFound("Case " + caseId));
        CurrentUser user = access.requireWrite(header);
        requireVersion(header, expectedVersion);
        return journal.append(header, event, user.username());
    }

    @Override
    @Transactional
    public RecordedEvent recordAdviceReceived(String caseId, String adviceId, LocalDate on, String by) {
        access.requireUser(Actions.ADVICE_RESPOND);
        CaseHeader header = records.lock(la, caseId).orElseThrow(() -> new RecordNotFound("Case " + caseId));
        return journal.append(header, NewEvent.of(EventType.ADVICE_RECEIVED, on).with("adviceId", adviceId), by);
    }

    /** Not read-only: the read itself is written to the access log. */
    @Override
    @Transactional
    public CaseView get(String caseId) {
        CaseHeader header = records.header(la, caseId).orElseThrow(() -> new RecordNotFound("Case " + caseId));
        access.requireRead(header);
        accessLog.recordRead(RECORD_TYPE, caseId);
        return CaseViews.assemble(header, records.events(la, caseId), children.summary(header.childId()).orElse(null),
                clock.rules(), clock.today());
    }

    @Override
    @Transactional
    public CaseView getAsAt(String caseId, LocalDate asAt) {
        CaseHeader header = records.header(la, caseId).orElseThrow(() -> new RecordNotFound("Case " + caseId));
        access.requireRead(header);
        if (asAt.isBefore(header.requestReceivedOn())) {
            throw new RecordNotFound("Case " + caseId + " as at " + asAt + " (the request was received later)");
        }
        accessLog.recordRead(RECORD_TYPE, caseId);
        List<CaseEvent> upToTheDay = records.events(la, caseId).stream().filter(e -> !e.on().isAfter(asAt)).toList();
        return CaseViews.assemble(header, upToTheDay, children.summary(header.childId()).orElse(null), clock.rules(),
                asAt);
    }

    @Override
    @Transactional(readOnly = true)
    public Paged<CaseSummary> list(CaseFilter filter, int page, int size) {
        CurrentUser user = access.requireUser(Actions.CASES_READ);
        Paged.check(page, size);
        CaseFilter scoped = access.restrict(user, filter);
        LocalDate today = clock.today();
        List<CaseQueries.Row> rows = queries.page(la, scoped, today, page, size);
        Map<String, ChildSummary> names = children.summaries(rows.stream().map(CaseQueries.Row::childId).toList())
                .stream().collect(Collectors.toMap(ChildSummary::id, Function.identity(), (a, b) -> a));
        List<CaseSummary> items = rows.stream().map(r -> CaseSummaries.of(r, names.get(r.childId()), today)).toList();
        return new Paged<>(items, page, size, queries.count(la, scoped, today));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseworkerLoad> workload(String team) {
        access.requireUser(Actions.CASES_ASSIGN);
        return queries.workload(la, team, clock.today());
    }

    /** Teams that hold cases, for choosing a team's workload. */
    List<String> teams() {
        access.requireUser(Actions.CASES_ASSIGN);
        return queries.teams(la);
    }

    @Override
    @Transactional
    public CaseSummary reassign(String caseId, String caseworker, Integer expectedVersion) {
        CaseHeader header = records.lock(la, caseId).orElseThrow(() -> new RecordNotFound("Case " + caseId));
        CurrentUser user = access.requireAssign(header);
        requireVersion(header, expectedVersion);
        CaseAccess.Assignee to = access.assignee(user, caseworker);
        if (!records.reassign(la, caseId, header.version(), to.username(), to.team(), clock.clock().instant())) {
            throw new ConflictingChange(409, "This case changed while it was being reassigned; reload it");
        }
        accessLog.record(RECORD_TYPE, caseId, "REASSIGN");
        publisher.publishEvent(new CaseReassigned(caseId, header.caseworker(), to.username(), to.team()));
        CaseQueries.Row row = queries.row(la, caseId).orElseThrow();
        return CaseSummaries.of(row, children.summary(row.childId()).orElse(null), clock.today());
    }

    @Override
    @Transactional
    public String importHistory(HistoricCase history) {
        return importOne(history);
    }

    @Override
    @Transactional
    public List<String> importHistories(List<HistoricCase> histories) {
        return histories.stream().map(this::importOne).toList();
    }

    private String importOne(HistoricCase history) {
        if (history.caseworker() == null || history.caseworker().isBlank()) {
            throw InvalidInput.of("caseworker", "An imported case needs its caseworker");
        }
        ChildSummary child = check.child(history.childId());
        check.request(history.requestReceivedOn(), history.requestSource(), clock.today());
        CaseHeader header = new CaseHeader(UUID.randomUUID().toString(), child.id(), history.requestReceivedOn(),
                history.requestSource(), history.caseworker(), history.team(), Stage.REQUEST_RECEIVED, 0,
                history.requestReceivedOn().atTime(9, 0).atZone(clock.clock().getZone()).toInstant());
        journal.start(header, child.settingUrn(), child.settingType(), "import");
        journal.appendAll(header.withVersion(header.version() + 1), history.events(), history.caseworker());
        return header.id();
    }

    private CaseView view(String caseId, ChildSummary child) {
        CaseHeader header = records.header(la, caseId).orElseThrow();
        return CaseViews.assemble(header, records.events(la, caseId), child, clock.rules(), clock.today());
    }

    private static void requireVersion(CaseHeader header, Integer expectedVersion) {
        if (expectedVersion != null && expectedVersion != header.version()) {
            throw new ConflictingChange(409, "The case has changed since you read it (you read version "
                    + expectedVersion + ", it is now " + header.version() + "); reload it and try again");
        }
    }
}
