package uk.send.platform.advice.internal;

import java.time.LocalDate;

/**
 * The two things the advice module asks of casework, behind one narrow port so the module adapts to whatever
 * casework offers: record that advice came back, and say whether the signed-in user may read a case.
 */
interface CaseworkPort {

    /** Records ADVICE_RECEIVED on the case for a provider's submission; a refusal throws and nothing is stored. */
    void recordAdviceReceived(String caseId, String adviceId, LocalDate receivedOn, String providerUsername);

    /** Throws AccessDeniedException (403) or RecordNotFound (404) unless the signed-in user may read the case. */
    void requireCaseReader(String caseId);
}
