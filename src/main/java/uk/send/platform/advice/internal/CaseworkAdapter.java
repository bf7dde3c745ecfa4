package uk.send.platform.advice.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.access.Scope;
import uk.send.platform.casework.Cases;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.NewEvent;

/**
 * Adapts to casework as it is today. Casework records events only for users holding cases.write over the case,
 * which advice providers never have; until it offers a call for a provider's submission, the submission is recorded
 * through {@link Cases#record} as the provider acting for the advice portal, with cases.write for that one call.
 */
@Component
class CaseworkAdapter implements CaseworkPort {

    private final Cases cases;
    private final AccessControl access;

    CaseworkAdapter(Cases cases, AccessControl access) {
        this.cases = cases;
        this.access = access;
    }

    @Override
    public void recordAdviceReceived(String caseId, String adviceId, LocalDate receivedOn, String providerUsername) {
        CurrentUser provider = access.requireUser();
        CurrentUser portal = new CurrentUser(provider.id(), providerUsername, provider.displayName() + " (advice portal)",
                null, provider.service(), Set.of("ADVICE_PORTAL"), Map.of(Actions.CASES_WRITE, Scope.ALL));
        ActingAs.run(portal, () -> cases.record(caseId,
                NewEvent.of(EventType.ADVICE_RECEIVED, receivedOn).with("adviceId", adviceId), null));
    }

    @Override
    public void requireCaseReader(String caseId) {
        cases.get(caseId);
    }
}
