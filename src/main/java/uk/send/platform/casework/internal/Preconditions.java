package uk.send.platform.casework.internal;

import static uk.send.platform.calendar.RuleKeys.REASSESSMENT_DECISION;
import static uk.send.platform.calendar.RuleKeys.REPRESENTATIONS;
import static uk.send.platform.calendar.RuleKeys.REVIEW_ADVICE_CIRCULATED;
import static uk.send.platform.calendar.RuleKeys.REVIEW_REPORT;

import java.util.Optional;
import uk.send.platform.casework.DecisionSubject;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.SettingConsultation;

/** What a journey must already hold, beyond its stage, for an event to make sense; the reason when it does not. */
final class Preconditions {

    private Preconditions() {
    }

    static Optional<String> refusal(EhcJourney j, EventType type) {
        String reason = switch (type) {
            case ADVICE_RECEIVED -> j.hasOutstandingAdvice() ? null : "No advice request is outstanding on this case";
            case EXCEPTION_ENDED -> j.hasOpenException() ? null : "No exception is open on this case";
            case REPRESENTATIONS_RECEIVED -> j.obligations.isOpen(REPRESENTATIONS) ? null
                    : "Representations on this draft are already recorded";
            case SETTING_RESPONDED -> j.consultations.values().stream().anyMatch(SettingConsultation::outstanding) ? null
                    : "No school or setting consultation is awaiting an answer";
            case REVIEW_ADVICE_CIRCULATED -> j.obligations.isOpen(REVIEW_ADVICE_CIRCULATED) ? null
                    : "Record the review meeting notice, with the meeting date, first (reg 20(3))";
            case REVIEW_REPORT_RECEIVED -> j.obligations.isOpen(REVIEW_REPORT) ? null
                    : "The report of this review is already recorded";
            case AMENDMENTS_PROPOSED -> j.amendmentsPending ? "Amendments proposed on " + j.amendmentsProposedOn
                    + " are awaiting the amended plan" : null;
            case DECIDED_NOT_TO_AMEND -> j.amendmentsPending ? null
                    : "No proposed amendments are awaiting a decision (reg 22(2))";
            case REASSESSMENT_REQUESTED -> j.obligations.isOpen(REASSESSMENT_DECISION)
                    ? "A request for re-assessment is already awaiting a decision" : null;
            case DECIDED_NOT_TO_REASSESS -> j.obligations.isOpen(REASSESSMENT_DECISION) ? null
                    : "No request for re-assessment is awaiting a decision (reg 25)";
            case MEDIATION_REQUESTED -> j.mediationAbout != null ? "Mediation is already under way" : null;
            case MEDIATION_HELD -> j.mediationAbout == null || j.mediationHeld
                    ? "Record the request for mediation first" : null;
            case APPEAL_LODGED -> j.appealAbout != null ? "An appeal is already pending on this case" : null;
            case APPEAL_CONCEDED, APPEAL_DECIDED -> j.appealAbout == null ? "No appeal is pending on this case" : null;
            case PLAN_CEASED -> j.appealAbout == DecisionSubject.CEASE
                    ? "The plan must be maintained until the appeal against ceasing it is decided (CFA 2014 s45)" : null;
            case TRANSFERRED_IN -> j.eventCount > 0 ? "A plan transferred in must be the case's first event" : null;
            default -> null;
        };
        return Optional.ofNullable(reason);
    }
}
