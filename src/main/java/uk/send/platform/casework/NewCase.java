package uk.send.platform.casework;

import java.time.LocalDate;

/**
 * A request for an EHC needs assessment (CFA 2014 s36(1)) that opens a journey. The caseworker is optional:
 * without one the case is the opener's; naming someone else needs cases.assign.
 */
public record NewCase(String childId, LocalDate requestReceivedOn, RequestSource requestSource, String caseworker) {

    public NewCase(String childId, LocalDate requestReceivedOn, RequestSource requestSource) {
        this(childId, requestReceivedOn, requestSource, null);
    }
}
