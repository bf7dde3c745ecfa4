package uk.send.platform.advice.internal;

import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.AccessLog;
import uk.send.platform.access.Actions;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.access.Scope;
import uk.send.platform.kernel.RecordNotFound;

/**
 * Who may see which advice request. An advice provider (advice.respond, scope SERVICE) reaches only the requests
 * addressed to their own service; a request of another service is "not found", so its existence is not given away.
 * A caseworker (cases.read) reads a request, read-only, when casework lets them read its case. Every read of a
 * request, which shows a child's details, is written to the access log.
 */
@Component
class AdviceAccess {

    static final String RECORD_TYPE = "ADVICE_REQUEST";

    enum Role { PROVIDER, CASE_READER }

    record Reading(AdviceRequest request, Role role, Optional<Provider> provider) {
    }

    private final AccessControl access;
    private final AccessLog accessLog;
    private final PartnerServices services;
    private final AdviceRequests requests;
    private final CaseworkPort casework;

    AdviceAccess(AccessControl access, AccessLog accessLog, PartnerServices services, AdviceRequests requests,
            CaseworkPort casework) {
        this.access = access;
        this.accessLog = accessLog;
        this.services = services;
        this.requests = requests;
        this.casework = casework;
    }

    /** The signed-in provider; empty when their account names no partner service the Local Area holds. */
    Optional<Provider> provider() {
        CurrentUser user = access.require(Actions.ADVICE_RESPOND, Scope.SERVICE);
        return services.byMemberService(user.service()).map(s -> new Provider(user, s));
    }

    Provider requireProvider() {
        return provider().orElseThrow(() -> new AccessDeniedException("Your account is not linked to a partner service"));
    }

    /** A request the signed-in provider may act on; another service's request is not found. */
    AdviceRequest providerRequest(Provider provider, String id) {
        return requests.find(id).filter(r -> Objects.equals(r.serviceId(), provider.service().id()))
                .orElseThrow(() -> new RecordNotFound("Advice request " + id));
    }

    /** Opens a request for reading, as its provider or as a reader of its case; the read is logged. */
    Reading read(String id) {
        Reading reading = reader(requests.find(id).orElseThrow(() -> new RecordNotFound("Advice request " + id)));
        accessLog.recordRead(RECORD_TYPE, id);
        return reading;
    }

    /** The request a case's advice id names, if the signed-in user may read it (for the link on a case page). */
    AdviceRequest readableByCase(String caseId, String adviceId) {
        return reader(byCase(caseId, adviceId)).request();
    }

    private Reading reader(AdviceRequest request) {
        CurrentUser user = access.requireUser();
        if (user.may(Actions.ADVICE_RESPOND, Scope.SERVICE)) {
            Optional<Provider> provider = provider().filter(p -> Objects.equals(request.serviceId(), p.service().id()));
            if (provider.isPresent()) {
                return new Reading(request, Role.PROVIDER, provider);
            }
        }
        if (user.may(Actions.CASES_READ, Scope.OWN)) {
            casework.requireCaseReader(request.caseId());
            return new Reading(request, Role.CASE_READER, Optional.empty());
        }
        throw new RecordNotFound("Advice request " + request.id());
    }

    /** The request a case's advice id names, for the link on a case page. */
    AdviceRequest byCase(String caseId, String adviceId) {
        return requests.findByCase(caseId, adviceId)
                .orElseThrow(() -> new RecordNotFound("Advice " + adviceId + " on case " + caseId));
    }

    void logged(String id, String action) {
        accessLog.record(RECORD_TYPE, id, action);
    }
}
