package uk.send.platform.advice.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.advice.AdviceHistories;

/** {@link AdviceHistories}: the advice module's writes for loading histories, through its own repositories. */
@Service
class HistoryLoading implements AdviceHistories {

    private final AdviceRequests requests;
    private final AdviceResponses responses;
    private final AdviceForms forms;
    private final PartnerServices services;
    private final MonthlyReports reports;

    HistoryLoading(AdviceRequests requests, AdviceResponses responses, AdviceForms forms, PartnerServices services,
            MonthlyReports reports) {
        this.requests = requests;
        this.responses = responses;
        this.forms = forms;
        this.services = services;
        this.reports = reports;
    }

    @Override
    public List<HistoricRequest> returnedSince(LocalDate since, String afterId, int limit) {
        return historic(requests.returnedSince(since, afterId, limit));
    }

    @Override
    public List<HistoricRequest> openAfter(String afterId, int limit) {
        return historic(requests.openAfter(afterId, limit));
    }

    @Override
    public List<FormQuestion> currentQuestions(String kind) {
        return forms.current(AdviceKind.valueOf(kind)).questions().stream()
                .map(q -> new FormQuestion(q.key(), q.required(), q.provision())).toList();
    }

    @Override
    @Transactional
    public void submitted(HistoricRequest request, String author, String lateReason, WrittenAdvice advice, Instant at) {
        LateReason reason = lateReason == null ? null : LateReason.valueOf(lateReason);
        if (requests.returnedThroughPortal(request.id(), author, reason, at)) {
            responses.save(request.id(), form(request), true, answers(advice), author, at);
        }
    }

    @Override
    @Transactional
    public void taken(HistoricRequest request, String provider, WrittenAdvice draft, Instant at) {
        if (requests.assign(request.id(), request.version(), provider, at) && draft != null) {
            responses.save(request.id(), form(request), false, answers(draft), provider, at);
        }
    }

    @Override
    public int storeMissingReports(YearMonth month) {
        return reports.generateMissing(month);
    }

    private AdviceForm form(HistoricRequest request) {
        return forms.current(AdviceKind.valueOf(request.kind()));
    }

    private List<HistoricRequest> historic(List<AdviceRequest> batch) {
        Map<Long, String> names = new LinkedHashMap<>();
        services.all().forEach(s -> names.put(s.id(), s.name()));
        return batch.stream().map(r -> new HistoricRequest(r.id(), r.kind().name(),
                r.serviceId() == null ? null : names.get(r.serviceId()), r.receivedOn(), r.returnedLate(),
                r.version())).toList();
    }

    private static AdviceAnswers answers(WrittenAdvice advice) {
        Map<String, List<ProvisionRow>> provision = new LinkedHashMap<>();
        if (advice.provision() != null) {
            advice.provision().forEach((key, lines) -> provision.put(key, lines.stream()
                    .map(l -> new ProvisionRow(l.what(), l.frequency(), l.who())).toList()));
        }
        return new AdviceAnswers(advice.answers(), provision);
    }
}
