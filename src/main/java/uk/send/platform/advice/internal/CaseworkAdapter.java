package uk.send.platform.advice.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.send.platform.casework.Cases;

/** Casework's public calls behind the advice module's port: a provider's submission, and who may read a case. */
@Component
class CaseworkAdapter implements CaseworkPort {

    private final Cases cases;

    CaseworkAdapter(Cases cases) {
        this.cases = cases;
    }

    @Override
    public void recordAdviceReceived(String caseId, String adviceId, LocalDate receivedOn, String providerUsername) {
        cases.recordAdviceReceived(caseId, adviceId, receivedOn, providerUsername);
    }

    @Override
    public void requireCaseReader(String caseId) {
        cases.get(caseId);
    }
}
