package uk.send.platform.advice.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.children.Children;

/** Assembles a request for its page and for the API, after AdviceAccess has said who is reading. */
@Component
class RequestViews {

    private final AdviceAccess access;
    private final AdviceTray tray;
    private final AdviceSubmissions submissions;
    private final AdviceResponses responses;
    private final AdviceAttachments attachments;
    private final PartnerServices services;
    private final Children children;
    private final AdviceClock clock;
    private final CaseDeadlines deadlines;

    RequestViews(AdviceAccess access, AdviceTray tray, AdviceSubmissions submissions, AdviceResponses responses,
            AdviceAttachments attachments, PartnerServices services, Children children, AdviceClock clock, CaseDeadlines deadlines) {
        this.access = access;
        this.tray = tray;
        this.submissions = submissions;
        this.responses = responses;
        this.attachments = attachments;
        this.services = services;
        this.children = children;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    @Transactional
    public RequestView view(String id) {
        AdviceAccess.Reading reading = access.read(id);
        AdviceRequest request = reading.request();
        boolean provider = reading.role() == AdviceAccess.Role.PROVIDER;
        StoredResponse response = responses.find(id).filter(r -> provider || r.submitted()).orElse(null);
        return new RequestView(request, provider,
                ChildDetails.of(children.summary(request.childId()).orElse(null)),
                request.serviceId() == null ? null : services.find(request.serviceId()).orElse(null),
                deadlines.adviceCitation(request.caseId(), request.adviceId()).orElse(null), new TrayItem(request, null, clock.today()).timing(),
                attachments.list(id), response, submissions.formFor(request),
                reading.provider().map(tray::colleagues).orElse(List.of()),
                reading.provider().map(Provider::username).orElse(null));
    }
}
